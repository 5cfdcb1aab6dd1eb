import { z } from 'zod';
import { oneLineText, userText } from './text.js';

/*
 * A contact card: what one attendee chose to hand to another, phone to phone. It arrives in a
 * URL fragment anybody can write, so the receiving phone checks it as untrusted input.
 */

/** The card's fields in the order the card, the form and the fragment use. */
export const cardTextFields = ['name', 'org', 'role', 'email', 'phone'] as const;
export type CardTextField = (typeof cardTextFields)[number];
export type CardField = CardTextField | 'topics';
export const cardFields: readonly CardField[] = [...cardTextFields, 'topics'];

export interface ContactCard {
  name: string;
  org: string;
  role: string;
  email: string;
  phone: string;
  topics: string[];
}

export const cardLimits = { name: 80, org: 100, role: 80, email: 100, phone: 40, topic: 40, topics: 8 } as const;

export const emptyCard: ContactCard = { name: '', org: '', role: '', email: '', phone: '', topics: [] };

/** One line of card text: the app's text rule, and no line breaks or runs of white space. */
export const cardLine = oneLineText;

/** Shaped like an address a mail program takes: no spaces, no second @, nothing that ends a URL. */
export const cardEmailPattern = /^[^\s@:/?#<>"]+@[^\s@:/?#<>"]+\.[^\s@:/?#<>"]+$/;
/** Digits and what people write between them ("+49 (631) 365-1234"), at least three digits. */
export const cardPhonePattern = /^\+?[0-9 ()/.-]*$/;

const line = (max: number) => userText(max, { required: false, oneLine: true });

export const contactCardSchema = z
  .object({
    name: line(cardLimits.name),
    org: line(cardLimits.org),
    role: line(cardLimits.role),
    email: line(cardLimits.email).refine((email) => email === '' || cardEmailPattern.test(email), 'not an email address'),
    phone: line(cardLimits.phone).refine(
      (phone) => phone === '' || (cardPhonePattern.test(phone) && (phone.match(/\d/g) ?? []).length >= 3),
      'not a phone number',
    ),
    topics: z
      .array(line(cardLimits.topic))
      .max(cardLimits.topics)
      .transform((topics) => topics.filter((topic) => topic !== '')),
  })
  .refine((card) => !isEmptyCard(card), 'an empty card');

export function isEmptyCard(card: ContactCard): boolean {
  return cardTextFields.every((field) => card[field] === '') && card.topics.length === 0;
}

/** The name a card is listed and saved under: the person's, else the organisation's, else the address. */
export function cardTitle(card: ContactCard): string {
  return card.name || card.org || card.email || card.phone || card.topics.join(', ');
}

/** Topics as a person types them: "Kita-Portal, Glasfaser" → two topics, each one line. */
export function topicsOf(text: string): string[] {
  return text.split(/[,;\n]/).map(cardLine).filter((topic) => topic !== '');
}
