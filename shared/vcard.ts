import { cardTitle, type ContactCard } from './contactCard.js';

/*
 * vCard 4.0 (RFC 6350), which phones' address books import: values escaped (backslash, comma,
 * line break, and a semicolon inside a structured value), lines folded at 75 octets without splitting a character's
 * UTF-8 bytes, CRLF line ends.
 */

/** What goes into one vCard besides the card: the owner's note and where the two met. */
export interface VcardExtras {
  note?: string;
}

/** A text value (RFC 6350's `text`): backslashes, commas and line breaks escaped. */
export function escapeVcardText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** A part of a structured value (N, ORG: RFC 6350's `component`), where a semicolon separates parts. */
export function escapeVcardComponent(text: string): string {
  return escapeVcardText(text).replace(/;/g, '\\;');
}

const octets = (char: string) => new TextEncoder().encode(char).length;

/** A content line folded at 75 octets: the next line starts with a space, which readers drop. */
export function foldVcardLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const width = octets(char);
    // The continuation's leading space counts towards its 75 octets.
    if (size + width > 75) {
      lines.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += width;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** "Dr. Jürgen Müller" → family "Müller", the rest given: a guess, but address books sort by it. */
function structuredName(name: string): string {
  const words = name.split(' ').filter((word) => word !== '');
  const family = words.pop() ?? '';
  return `${escapeVcardComponent(family)};${escapeVcardComponent(words.join(' '))};;;`;
}

export function cardToVcard(card: ContactCard, extras: VcardExtras = {}): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeVcardText(cardTitle(card))}`];
  if (card.name) lines.push(`N:${structuredName(card.name)}`);
  if (card.org) lines.push(`ORG:${escapeVcardComponent(card.org)}`);
  if (card.role) lines.push(`TITLE:${escapeVcardText(card.role)}`);
  if (card.email) lines.push(`EMAIL;TYPE=work:${escapeVcardText(card.email)}`);
  if (card.phone) lines.push(`TEL;TYPE=work:${escapeVcardText(card.phone)}`);
  if (card.topics.length > 0) lines.push(`CATEGORIES:${card.topics.map(escapeVcardText).join(',')}`);
  if (extras.note) lines.push(`NOTE:${escapeVcardText(extras.note)}`);
  lines.push('END:VCARD');
  return `${lines.map(foldVcardLine).join('\r\n')}\r\n`;
}

/** Several cards in one .vcf file, as address books import them. */
export function cardsToVcard(entries: readonly { card: ContactCard; extras?: VcardExtras }[]): string {
  return entries.map((entry) => cardToVcard(entry.card, entry.extras)).join('');
}
