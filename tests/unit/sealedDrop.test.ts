import { describe, expect, it } from 'vitest';
import { decodeDropMessage, encodeDropMessage } from '../../shared/dropMessage.js';
import { dropLimits } from '../../shared/dropLimits.js';
import { decodeReplyAddress, encodeReplyAddress, newMailboxId, replyAddressLength } from '../../shared/replyAddress.js';
import { newDropKey, openDrop, pointOfX, sealDrop } from '../../shared/sealedDrop.js';
import type { ContactCard } from '../../shared/contactCard.js';
import { biggestCard } from '../support/biggestCard.js';

const card: ContactCard = { name: 'Jürgen Müller', org: 'VG Bad Bergzabern', role: '', email: 'j.mueller@vg.de', phone: '', topics: ['Glasfaser'] };
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('a sealed mailbox item (Web Crypto in Node)', () => {
  it('opens with the recipient’s private key to the card that was sealed, whatever the parity of its y', async () => {
    // Ten keys: about half have an odd y, which the sender never learns (it has x only).
    for (let i = 0; i < 10; i++) {
      const key = await newDropKey();
      const sealed = await sealDrop(key.x, encodeDropMessage({ kind: 'card', card }));
      const opened = await openDrop(key.privateJwk, sealed);
      expect(opened && decodeDropMessage(opened)).toEqual({ kind: 'card', card });
    }
  });

  it('holds none of the card’s words, differs every time, and is padded', async () => {
    const key = await newDropKey();
    const [one, two] = [await sealDrop(key.x, encodeDropMessage({ kind: 'card', card })), await sealDrop(key.x, encodeDropMessage({ kind: 'card', card }))];
    for (const word of ['Müller', 'Mueller', 'Bergzabern', 'Glasfaser', 'mueller@vg.de']) expect(text(one)).not.toContain(word);
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(false);
    const short = await sealDrop(key.x, encodeDropMessage({ kind: 'card', card: { ...card, topics: [] } }));
    expect(short.length).toBe(one.length);
  });

  it('does not open with another key, nor when a byte was changed', async () => {
    const [key, other] = [await newDropKey(), await newDropKey()];
    const sealed = await sealDrop(key.x, encodeDropMessage({ kind: 'card', card }));
    expect(await openDrop(other.privateJwk, sealed)).toBeNull();
    const altered = sealed.slice();
    altered[altered.length - 5] = (altered[altered.length - 5] ?? 0) ^ 1;
    expect(await openDrop(key.privateJwk, altered)).toBeNull();
    expect(await openDrop(key.privateJwk, new Uint8Array(200))).toBeNull();
    expect(await openDrop(key.privateJwk, new Uint8Array(0))).toBeNull();
  });

  it('stays within the mailbox’s 4 KB with every field at its longest in four-byte characters', async () => {
    const biggest = biggestCard();
    const key = await newDropKey();
    const sealed = await sealDrop(key.x, encodeDropMessage({ kind: 'card', card: biggest }));
    expect(sealed.length).toBeLessThanOrEqual(dropLimits.itemBytes);
    const opened = await openDrop(key.privateJwk, sealed);
    expect(opened && decodeDropMessage(opened)).toEqual({ kind: 'card', card: biggest });
  });

  it('refuses an opened text that is not a card', () => {
    const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    expect(decodeDropMessage(bytes({ kind: 'card', card: { name: '', org: '', role: '', email: '', phone: '', topics: [] } }))).toBeNull();
    expect(decodeDropMessage(bytes({ kind: 'other' }))).toBeNull();
    expect(decodeDropMessage(new Uint8Array([0xff, 0xfe]))).toBeNull();
  });

  it('takes only an x coordinate that is on the curve', () => {
    expect(pointOfX(new Uint8Array(32).fill(0xff))).toBeNull();
    expect(pointOfX(new Uint8Array(31))).toBeNull();
  });
});

describe('a reply address in a card’s fragment', () => {
  it('is 72 characters a URL fragment keeps, and comes back as it went', async () => {
    const reply = { mailbox: newMailboxId(), key: (await newDropKey()).x };
    const written = encodeReplyAddress(reply);
    expect(written).toHaveLength(replyAddressLength);
    expect(replyAddressLength).toBe(72);
    expect(written).toMatch(/^[0-9A-Z$*+.:-]+$/);
    expect(decodeReplyAddress(written)).toEqual(reply);
    expect(reply.mailbox).toMatch(/^[0-9a-f]{32}$/);
    expect(decodeReplyAddress(written.slice(1))).toBeNull();
    expect(decodeReplyAddress(`%${written.slice(1)}`)).toBeNull();
    expect(decodeReplyAddress(`:::${written.slice(3)}`)).toBeNull(); // 3 × 42² + … is over 16 bits
  });
});
