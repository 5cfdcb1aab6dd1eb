import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { cardAddress, cardBudget, cardFromText, decodeCardFragment, decodeCardOffer, encodeCardFragment, offerFromText, qrByteCapacity, replyAddressCost } from '../../shared/cardFragment.js';
import { encodeReplyAddress, type ReplyAddress } from '../../shared/replyAddress.js';
import { emptyCard, type ContactCard } from '../../shared/contactCard.js';

/** A full card as a person at the networking day would fill it in. */
const realisticCard: ContactCard = {
  name: 'Dr. Jürgen Müller-Weiß',
  org: 'Verbandsgemeinde Bad Bergzabern',
  role: 'Digitalisierungsbeauftragter',
  email: 'j.mueller@vg-bad-bergzabern.de',
  phone: '+49 6343 701-123',
  topics: ['Kita-Portal', 'Glasfaser', 'Smart City'],
};

/** A long event address: an own domain and an event path. */
const base = 'https://ortstermin.kaiserslautern.de/2026-mai';

const qrVersion = (text: string) => QRCode.create(text, { errorCorrectionLevel: 'M' }).version;

/** A reply address whose every character is the alphabet's widest: a mailbox id and a key's x. */
const reply: ReplyAddress = { mailbox: 'ff'.repeat(16), key: new Uint8Array(32).fill(0xff) };
/** A card as a person fills in the common fields. */
const typicalCard: ContactCard = { ...emptyCard, name: 'Anna Schmidt', org: 'Stadt Kusel', role: 'Digitalisierung', email: 'anna.schmidt@kusel.de', topics: ['Kita-Portal', 'Glasfaser'] };

describe('a card in a URL fragment', () => {
  it('comes back as it went, umlauts, separators and all', () => {
    const tricky: ContactCard = {
      name: 'Zoë O’Brien_~%!',
      org: 'Stadt Köln, Amt 12; „Digitales“',
      role: 'Leitung #1 & 2',
      email: 'zoe_obrien@koeln.de',
      phone: '(0221) 221-0',
      topics: ['E-Akte, digital', 'Straße 🚲'],
    };
    expect(decodeCardFragment(encodeCardFragment(tricky))).toEqual(tricky);
    expect(decodeCardFragment(encodeCardFragment(realisticCard))).toEqual(realisticCard);
    expect(decodeCardFragment(`#${encodeCardFragment(realisticCard)}`)).toEqual(realisticCard);
  });

  it('uses only characters a URL fragment keeps as they are', () => {
    const fragment = encodeCardFragment({ ...realisticCard, name: 'Ä ö "<x>" `y` ß\n' });
    // The QR code's alphanumeric characters, all of them kept as they are in a URL fragment.
    expect(fragment).toMatch(/^[0-9A-Z$%*+./:-]+$/);
    const address = `${base}/c#${fragment}`;
    expect(new URL(address).hash).toBe(`#${fragment}`);
  });

  it('leaves fields that were not ticked out, and short', () => {
    expect(encodeCardFragment({ ...emptyCard, name: 'Anna Schmidt' })).toBe('1/*ANNA+*SCHMIDT');
    expect(encodeCardFragment({ ...emptyCard, email: 'a@b.de' })).toBe('1////A$B.DE');
    expect(decodeCardFragment('1////A$B.DE')).toEqual({ ...emptyCard, email: 'a@b.de' });
  });

  it('is read from a whole address or from the card text alone', () => {
    const address = cardAddress(base, realisticCard);
    expect(address.startsWith(`${base}/c#1/`)).toBe(true);
    expect(cardFromText(`  ${address}\n`)).toEqual(realisticCard);
    expect(cardFromText(encodeCardFragment(realisticCard))).toEqual(realisticCard);
    expect(cardFromText('https://example.org/')).toBeNull();
    expect(cardFromText('Hallo')).toBeNull();
  });
});

describe('a card that can be sent back to', () => {
  it('carries its owner’s reply address first, and both come back as they went', () => {
    const fragment = encodeCardFragment(realisticCard, reply);
    expect(fragment.startsWith(`2/${encodeReplyAddress(reply)}/*`)).toBe(true);
    expect(fragment.length).toBe(encodeCardFragment(realisticCard).length + replyAddressCost);
    expect(decodeCardOffer(fragment)).toEqual({ card: realisticCard, reply });
    expect(decodeCardFragment(fragment)).toEqual(realisticCard);
    expect(offerFromText(cardAddress(base, typicalCard, reply))).toEqual({ card: typicalCard, reply });
    expect(decodeCardOffer(encodeCardFragment(typicalCard))).toEqual({ card: typicalCard, reply: null });
    expect(new URL(cardAddress(base, typicalCard, reply)).hash).toBe(`#${encodeCardFragment(typicalCard, reply)}`);
  });

  it('is refused with a broken reply address', () => {
    const written = encodeReplyAddress(reply);
    expect(decodeCardOffer(`2/${written.slice(1)}/*ANNA`)).toBeNull();
    expect(decodeCardOffer(`2/*ANNA`)).toBeNull();
    expect(decodeCardOffer(`2/${written}`)).toBeNull();
  });
});

describe('a card from a stranger', () => {
  it('is refused when broken, empty, too long or of another format', () => {
    expect(decodeCardFragment('')).toBeNull();
    expect(decodeCardFragment('1')).toBeNull();
    expect(decodeCardFragment('1/////')).toBeNull();
    expect(decodeCardFragment('2/ANNA')).toBeNull();
    expect(decodeCardFragment('1/ANNA///////X')).toBeNull();
    expect(decodeCardFragment('1/ANNA%G1')).toBeNull();
    expect(decodeCardFragment('1/ANNA*%FF')).toBeNull();
    expect(decodeCardFragment('1/ANNA*')).toBeNull();
    expect(decodeCardFragment(`1/${'A'.repeat(81)}`)).toBeNull();
    expect(decodeCardFragment(`1/${'A'.repeat(3000)}`)).toBeNull();
    expect(decodeCardFragment(`1/ANNA/////${Array.from({ length: 9 }, (_, i) => `T${i}`).join(':')}`)).toBeNull();
  });

  it('has no email or phone that could be a link to something else', () => {
    expect(decodeCardFragment('1/ANNA///JAVASCRIPT%3AALERT%281%29')).toBeNull();
    expect(decodeCardFragment('1/ANNA///A$B.DE%3FSUBJECT%3DX')).toBeNull();
    expect(decodeCardFragment('1/ANNA////JAVASCRIPT%3A1')).toBeNull();
    expect(decodeCardFragment('1/ANNA////12')).toBeNull();
    expect(decodeCardFragment('1/ANNA////%2B49+631+1234')?.phone).toBe('+49 631 1234');
  });

  it('loses control characters, bidi overrides and line breaks', () => {
    const card = decodeCardFragment('1/*AN%00NA*%E2%80%AE+%0A*B/*ORG%09X');
    expect(card?.name).toBe('Anna B');
    expect(card?.org).toBe('Org x');
  });
});

describe('the QR code of a card', () => {
  it('holds 213 bytes at version 10, error correction M, and no more', () => {
    expect(qrVersion('x'.repeat(qrByteCapacity))).toBe(10);
    expect(qrVersion('x'.repeat(qrByteCapacity + 1))).toBe(11);
  });

  it('leaves this many characters of card after a long event address, and a full realistic card fits', () => {
    const budget = cardBudget(base);
    // After "https://ortstermin.kaiserslautern.de/2026-mai/c#" (48 bytes): 165 characters were it all bytes.
    expect(budget).toBe(238);
    const fragment = encodeCardFragment(realisticCard);
    expect(fragment.length).toBeLessThanOrEqual(budget);
    console.info(`card budget after ${base}: ${budget} characters; the realistic full card takes ${fragment.length}`);
    expect(qrVersion(cardAddress(base, realisticCard))).toBeLessThanOrEqual(10);
    // A card as long as the budget allows is still version 10 at most.
    expect(qrVersion(`${base}/c#1/${'A'.repeat(budget - 2)}`)).toBeLessThanOrEqual(10);
    expect(qrVersion(`${base}/c#1/${'A'.repeat(budget - 1)}`)).toBe(11);
  });

  it('leaves 165 characters of card beside a reply address: a typical card fits, the longest realistic one goes without', () => {
    const left = cardBudget(base) - replyAddressCost;
    expect(replyAddressCost).toBe(73);
    expect(left).toBe(165);
    const typical = encodeCardFragment(typicalCard).length;
    console.info(`beside a reply address: ${left} characters of card; a typical card takes ${typical}, the realistic full one ${encodeCardFragment(realisticCard).length}`);
    expect(typical).toBeLessThanOrEqual(left);
    expect(qrVersion(cardAddress(base, typicalCard, reply))).toBeLessThanOrEqual(10);
    expect(encodeCardFragment(realisticCard).length).toBeGreaterThan(left);
    // The widest card the budget allows, with the widest reply address, is version 10 still; one character more is not.
    const fits = `${base}/c#${encodeCardFragment({ ...emptyCard, name: 'a'.repeat(left - 2) }, reply)}`;
    expect(qrVersion(fits)).toBe(10);
    expect(qrVersion(`${base}/c#${encodeCardFragment({ ...emptyCard, name: 'a'.repeat(left - 1) }, reply)}`)).toBe(11);
  });
});
