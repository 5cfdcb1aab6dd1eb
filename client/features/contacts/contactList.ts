import { z } from 'zod';
import { cardTitle, contactCardSchema, type ContactCard } from '../../../shared/contactCard';
import { toCsv } from '../../../shared/csv';
import { cardsToVcard } from '../../../shared/vcard';
import { userText } from '../../../shared/text';
import { sameJson } from '../../../shared/jsonEquality';

/** Where two people met: a stand or a session of the event, with its name as it was then. */
export interface MetAt {
  kind: 'stand' | 'session';
  id: string;
  label: string;
}

/** A card in "Meine Kontakte": kept on this phone only, with the owner's own note. */
export interface Contact {
  id: string;
  card: ContactCard;
  note: string;
  metAt: MetAt | null;
  addedAt: string;
}

export const contactLimits = { note: 500, contacts: 1000 } as const;

const metAtSchema = z.object({ kind: z.enum(['stand', 'session']), id: z.string().max(200), label: z.string().max(300) });
const contactSchema = z.object({
  id: z.string().max(100),
  card: contactCardSchema,
  note: userText(contactLimits.note, { required: false }),
  metAt: metAtSchema.nullable(),
  addedAt: z.string().max(40),
});

/** What this phone stored, checked again: storage is the phone's, but a card inside came from a stranger. */
export function parseStoredContacts(stored: string | null): Contact[] {
  try {
    const list: unknown = JSON.parse(stored ?? '[]');
    if (!Array.isArray(list)) return [];
    return list.flatMap((entry) => {
      const parsed = contactSchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
  } catch {
    return [];
  }
}

/** The contact that already holds this very card, so scanning a card twice keeps one entry. */
export function contactWithCard(contacts: readonly Contact[], card: ContactCard): Contact | undefined {
  return contacts.find((contact) => sameJson(contact.card, card));
}

/** The line in the note of an exported contact that says where the two met. */
export type MetAtWording = (metAt: MetAt) => string;

function exportNote(contact: Contact, metAtText: MetAtWording): string {
  return [contact.metAt ? metAtText(contact.metAt) : '', contact.note].filter((part) => part !== '').join('\n');
}

export function contactsVcard(contacts: readonly Contact[], metAtText: MetAtWording): string {
  return cardsToVcard(contacts.map((contact) => ({ card: contact.card, extras: { note: exportNote(contact, metAtText) } })));
}

/** Column titles in the reader's language, in the order of the columns. */
export type CsvHeadings = readonly [name: string, org: string, role: string, email: string, phone: string, topics: string, metAt: string, note: string];

export function contactsCsv(contacts: readonly Contact[], headings: CsvHeadings): string {
  const rows = contacts.map((contact) => {
    const card = contact.card;
    return [card.name, card.org, card.role, card.email, card.phone, card.topics.join(', '), contact.metAt?.label ?? '', contact.note];
  });
  return toCsv([headings, ...rows]);
}

const germanLetters: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };

/** A file name from a card's title: ASCII letters, digits and dashes only, so every file system takes it. */
export function vcardFileName(card: ContactCard): string {
  const ascii = cardTitle(card).replace(/[äöüÄÖÜß]/g, (letter) => germanLetters[letter] ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const stem = ascii.replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${stem || 'kontakt'}.vcf`;
}
