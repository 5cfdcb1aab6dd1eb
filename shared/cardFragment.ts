import { cardTextFields, contactCardSchema, type ContactCard } from './contactCard.js';
import { decodeReplyAddress, encodeReplyAddress, replyAddressLength, type ReplyAddress } from './replyAddress.js';

/*
 * A card travels as the fragment of an Ortstermin address (`…/c#1/*ANNA+*SCHMIDT/…`): a browser
 * never sends the fragment to a server, so the card goes from one phone to the other only.
 *
 * The whole address must fit a QR code a phone reads at arm's length: version 10 at error
 * correction M. The fragment therefore uses only the characters of the QR code's alphanumeric
 * mode (0-9, A-Z, $%*+-./:), 5.5 bits each instead of a byte's 8, which makes room for about 45 %
 * more card: lower-case letters are written as capitals, a capital gets a `*` before it, a space is
 * `+`, `@` is `$`, fields are joined by `/` and topics by `:`, digits, `.` and `-` stay, any other
 * character up to U+00FF is `%XX` ("ü" is `%FC`), and one beyond is `*` and its UTF-8 bytes as
 * `%XX`. Every one of these is valid in a URL fragment, so camera apps open the address unchanged.
 *
 * A card that can be sent back to (format `2`) carries its owner's reply address first
 * (`2/<72 characters>/*ANNA…`, replyAddress.ts): the other phone seals its own card to it.
 */

/** The address path of a card; short, because every character of the QR code counts. */
export const cardPath = '/c';
const formatVersion = '1';
const replyFormatVersion = '2';
/** Characters a reply address adds to a card's fragment: itself and its separator. */
export const replyAddressCost = replyAddressLength + 1;
const separator = '/';
const topicSeparator = ':';
/** Bytes a QR code of version 10 at error correction M holds in byte mode. */
export const qrByteCapacity = 213;
/** Data bits of a version 10 QR code at error correction M. */
const qrDataBits = 1728;
/** Longer input is not looked at: no card that fits a QR code is this long. */
const maxFragmentLength = 2000;

const direct: Record<string, string> = { ' ': '+', '@': '$' };
const directBack: Record<string, string> = { '+': ' ', $: '@' };
const hex = (code: number) => `%${code.toString(16).toUpperCase().padStart(2, '0')}`;

function escapeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (/^[a-z]$/.test(char)) return char.toUpperCase();
  if (/^[A-Z]$/.test(char)) return `*${char}`;
  if (/^[0-9.-]$/.test(char)) return char;
  if (Object.hasOwn(direct, char)) return direct[char] ?? '';
  if (code < 0x100) return hex(code);
  return `*${[...new TextEncoder().encode(char)].map(hex).join('')}`;
}

const escapeCardText = (text: string): string => [...text].map(escapeChar).join('');

/** `%XX` sequences from `at` on, as long as they form one UTF-8 character: the character and where it ends. */
function utf8CharAt(escaped: string, at: number): [string, number] | null {
  const run = /^(?:%[0-9A-Fa-f]{2}){1,4}/.exec(escaped.slice(at))?.[0] ?? '';
  for (let bytes = 1; bytes <= run.length / 3; bytes++) {
    const values = Uint8Array.from({ length: bytes }, (_, i) => parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16));
    const char = new TextDecoder('utf-8', { fatal: false }).decode(values);
    if (!char.includes('\uFFFD')) return [char, at + bytes * 3];
  }
  return null;
}

/** The text an escaped field stands for, or null when an escape is broken. */
function unescapeCardText(escaped: string): string | null {
  let text = '';
  let i = 0;
  while (i < escaped.length) {
    const char = escaped.charAt(i);
    const next = escaped.charAt(i + 1);
    if (char === '*' && /^[A-Za-z]$/.test(next)) [text, i] = [text + next.toUpperCase(), i + 2];
    else if (char === '*' && next === '%') {
      const decoded = utf8CharAt(escaped, i + 1);
      if (!decoded) return null;
      [text, i] = [text + decoded[0], decoded[1]];
    } else if (char === '%') {
      const digits = escaped.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(digits)) return null;
      [text, i] = [text + String.fromCharCode(parseInt(digits, 16)), i + 3];
    } else if (char === '*') return null;
    else [text, i] = [text + (directBack[char] ?? char.toLowerCase()), i + 1];
  }
  return text;
}

/** The fragment (without `#`) that carries a card, and the address to send a card back to when there is one. */
export function encodeCardFragment(card: ContactCard, reply: ReplyAddress | null = null): string {
  const texts = cardTextFields.map((field) => escapeCardText(card[field]));
  const topics = card.topics.map(escapeCardText).join(topicSeparator);
  const head = reply ? [replyFormatVersion, encodeReplyAddress(reply)] : [formatVersion];
  return [...head, ...texts, topics].join(separator).replace(/\/+$/, '');
}

/** A card as a QR code offers it: the card, and where its owner takes a card back (null: nowhere). */
export interface CardOffer {
  card: ContactCard;
  reply: ReplyAddress | null;
}

/** The card and reply address a fragment carries, checked as untrusted input; null for anything else. */
export function decodeCardOffer(fragment: string): CardOffer | null {
  const text = fragment.replace(/^#/, '');
  if (text.length > maxFragmentLength) return null;
  const [version, ...rest] = text.split(separator);
  if (version === formatVersion) return offerOf(rest, null);
  if (version !== replyFormatVersion) return null;
  const reply = decodeReplyAddress(rest[0] ?? '');
  return reply ? offerOf(rest.slice(1), reply) : null;
}

/** The card a fragment carries, checked as untrusted input; null for anything else. */
export function decodeCardFragment(fragment: string): ContactCard | null {
  return decodeCardOffer(fragment)?.card ?? null;
}

function offerOf(parts: readonly string[], reply: ReplyAddress | null): CardOffer | null {
  if (parts.length > cardTextFields.length + 1) return null;
  const fields = parts.map(unescapeCardText);
  const topicParts = (parts[cardTextFields.length] ?? '').split(topicSeparator).map(unescapeCardText);
  if (fields.includes(null) || topicParts.includes(null)) return null;
  const raw = Object.fromEntries(cardTextFields.map((field, i) => [field, fields[i] ?? '']));
  const parsed = contactCardSchema.safeParse({ ...raw, topics: topicParts });
  return parsed.success ? { card: parsed.data, reply } : null;
}

/** The address a card's QR code holds: `base` is the event's address (origin and event path). */
export function cardAddress(base: string, card: ContactCard, reply: ReplyAddress | null = null): string {
  return `${base}${cardPath}#${encodeCardFragment(card, reply)}`;
}

/**
 * How many characters of card fit a readable QR code after this event's address: the address in
 * byte mode (4 bits of mode, 16 of length, 8 per byte), then the card in alphanumeric mode (4 and
 * 11 bits, then 11 bits per two characters).
 */
export function cardBudget(base: string): number {
  const addressBits = 4 + 16 + 8 * new TextEncoder().encode(`${base}${cardPath}#`).length;
  const cardBits = qrDataBits - addressBits - 4 - 11;
  return Math.floor(cardBits / 11) * 2 + (cardBits % 11 >= 6 ? 1 : 0);
}

/** A card from what a person pasted or a scanner read: a whole address, or only the card's text. */
export function cardFromText(input: string): ContactCard | null {
  return offerFromText(input)?.card ?? null;
}

export function offerFromText(input: string): CardOffer | null {
  const text = input.trim();
  if (/^https?:\/\//i.test(text)) {
    try {
      return decodeCardOffer(new URL(text).hash);
    } catch {
      return null;
    }
  }
  return decodeCardOffer(text);
}
