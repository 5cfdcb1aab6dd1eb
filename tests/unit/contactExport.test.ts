import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { contactsCsv, contactsVcard, parseStoredContacts, type Contact } from '../../client/features/contacts/contactList.js';
import { emptyCard, type ContactCard } from '../../shared/contactCard.js';
import { cardToVcard, escapeVcardComponent, escapeVcardText, foldVcardLine } from '../../shared/vcard.js';

const card: ContactCard = {
  name: 'Dr. Jürgen Müller-Weiß',
  org: 'Stadt Kaiserslautern; Referat Digitalisierung, Team Süd',
  role: 'Leitung \\ Koordination',
  email: 'j.mueller@kaiserslautern.de',
  phone: '+49 631 365-1234',
  topics: ['Kita-Portal', 'Glasfaser, Ausbau'],
};

const contact = (over: Partial<Contact> = {}): Contact => ({
  id: 'c1',
  card,
  note: 'Sprach über das Kitaportal;\nMail schicken',
  metAt: { kind: 'stand', id: 'kita', label: 'Digitale Kita' },
  addedAt: '2026-05-14T10:00:00.000Z',
  ...over,
});

const metAtText = (metAt: { label: string }) => `Getroffen: ${metAt.label}`;

describe('a contact as a vCard 4.0', () => {
  it('escapes backslashes, commas and line breaks, and semicolons inside structured values, as RFC 6350 says', () => {
    expect(escapeVcardText('a\\b,c;d\ne')).toBe('a\\\\b\\,c;d\\ne');
    expect(escapeVcardComponent('a\\b,c;d\ne')).toBe('a\\\\b\\,c\\;d\\ne');
  });

  it('folds long lines at 75 octets without cutting an umlaut in half', () => {
    const folded = foldVcardLine(`NOTE:${'ü'.repeat(60)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(`NOTE:${'ü'.repeat(60)}`);
  });

  it('is read back by a vCard parser with every field, umlaut and comma', () => {
    const text = contactsVcard([contact(), contact({ id: 'c2', card: { ...emptyCard, org: 'Kreisverwaltung Kusel' }, note: '', metAt: null })], metAtText);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    // Two cards parse to a list of two jCards.
    const jcards: unknown[] = ICAL.parse(text);
    expect(jcards).toHaveLength(2);
    const [first, second] = jcards.map((jcard) => (Array.isArray(jcard) ? new ICAL.Component(jcard) : null));
    expect(first?.getFirstPropertyValue('version')).toBe('4.0');
    expect(first?.getFirstPropertyValue('fn')).toBe('Dr. Jürgen Müller-Weiß');
    expect(first?.getFirstProperty('n')?.getValues()).toEqual([['Müller-Weiß', 'Dr. Jürgen', '', '', '']]);
    expect(first?.getFirstProperty('org')?.getValues()).toEqual(['Stadt Kaiserslautern; Referat Digitalisierung, Team Süd']);
    expect(first?.getFirstPropertyValue('title')).toBe('Leitung \\ Koordination');
    expect(first?.getFirstPropertyValue('email')).toBe('j.mueller@kaiserslautern.de');
    expect(first?.getFirstPropertyValue('tel')).toBe('+49 631 365-1234');
    expect(first?.getFirstProperty('categories')?.getValues()).toEqual(['Kita-Portal', 'Glasfaser, Ausbau']);
    expect(first?.getFirstPropertyValue('note')).toBe('Getroffen: Digitale Kita\nSprach über das Kitaportal;\nMail schicken');
    expect(second?.getFirstPropertyValue('fn')).toBe('Kreisverwaltung Kusel');
    expect(second?.getFirstPropertyValue('note')).toBeNull();
  });

  it('has no line a stranger’s card could add', () => {
    const text = cardToVcard({ ...emptyCard, name: 'Eve\r\nEMAIL:evil@example.org' });
    expect(text.split('\r\n').filter((line) => line.startsWith('EMAIL'))).toEqual([]);
  });
});

describe('contacts as CSV', () => {
  const headings = ['Name', 'Organisation', 'Rolle', 'E-Mail', 'Telefon', 'Themen', 'Getroffen', 'Notiz'] as const;

  it('quotes separators and line breaks, and a cell a spreadsheet would run as a formula is text', () => {
    const hostile = contact({ card: { ...card, name: '=HYPERLINK("http://evil.example","klick")', role: '@SUM(A1)' }, note: '-1+1' });
    const csv = contactsCsv([hostile], headings);
    const [head, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(head).toBe('Name,Organisation,Rolle,E-Mail,Telefon,Themen,Getroffen,Notiz');
    expect(row).toBe(
      `"'=HYPERLINK(""http://evil.example"",""klick"")","Stadt Kaiserslautern; Referat Digitalisierung, Team Süd",'@SUM(A1),` +
        `j.mueller@kaiserslautern.de,'+49 631 365-1234,"Kita-Portal, Glasfaser, Ausbau",Digitale Kita,'-1+1`,
    );
  });
});

describe('contacts kept on the phone', () => {
  it('come back from storage, and an entry that is not a contact is dropped', () => {
    const stored = JSON.stringify([contact(), { id: 'x', card: { ...card, email: 'javascript:alert(1)' }, note: '', metAt: null, addedAt: '' }, 'junk']);
    expect(parseStoredContacts(stored)).toEqual([contact()]);
    expect(parseStoredContacts('{')).toEqual([]);
    expect(parseStoredContacts(null)).toEqual([]);
  });
});
