import { describe, expect, it } from 'vitest';
import { livePending, parsePending, pendingLimits, withRequest, type PendingRequest } from '../../client/features/contacts/pendingRequests.js';
import type { ContactCard } from '../../shared/contactCard.js';
import { decodeDropMessage, encodeDropMessage } from '../../shared/dropMessage.js';
import { dropLimits } from '../../shared/dropLimits.js';
import { encodeReplyAddress, newMailboxId } from '../../shared/replyAddress.js';
import { newDropKey, openDrop, sealDrop } from '../../shared/sealedDrop.js';
import { biggestCard } from '../support/biggestCard.js';

const card: ContactCard = { name: 'Hiltrud Kessler', org: 'VG Wöllstein', role: 'Klimaschutz', email: 'h.kessler@vg.de', phone: '', topics: ['Wärmeplanung'] };
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

async function replyAddress(): Promise<string> {
  const key = await newDropKey();
  return encodeReplyAddress({ mailbox: newMailboxId(), key: key.x });
}

describe('a card request in a mailbox item', () => {
  it('opens to the requester’s card and reply address', async () => {
    const key = await newDropKey();
    const message = { kind: 'request' as const, card, reply: await replyAddress() };
    const opened = await openDrop(key.privateJwk, await sealDrop(key.x, encodeDropMessage(message)));
    expect(opened && decodeDropMessage(opened)).toEqual(message);
  });

  it('stays within the mailbox’s 4 KB with every field of the card at its longest', async () => {
    const biggest = biggestCard();
    const key = await newDropKey();
    const sealed = await sealDrop(key.x, encodeDropMessage({ kind: 'request', card: biggest, reply: await replyAddress() }));
    expect(sealed.length).toBeLessThanOrEqual(dropLimits.itemBytes);
    expect(decodeDropMessage((await openDrop(key.privateJwk, sealed))!)).toMatchObject({ kind: 'request', card: biggest });
  });

  it('is refused without a card, without a reply address, or with one that is not one', async () => {
    const reply = await replyAddress();
    expect(decodeDropMessage(bytes({ kind: 'request', card, reply }))).not.toBeNull();
    expect(decodeDropMessage(bytes({ kind: 'request', reply }))).toBeNull();
    expect(decodeDropMessage(bytes({ kind: 'request', card }))).toBeNull();
    expect(decodeDropMessage(bytes({ kind: 'request', card: { name: '', org: '', role: '', email: '', phone: '', topics: [] }, reply }))).toBeNull();
    expect(decodeDropMessage(bytes({ kind: 'request', card, reply: reply.slice(1) }))).toBeNull();
    // Three characters worth more than two bytes ("::" is 41·42+41 > 0xffff at the start).
    expect(decodeDropMessage(bytes({ kind: 'request', card, reply: `:::${reply.slice(3)}` }))).toBeNull();
    expect(decodeDropMessage(bytes({ kind: 'request', card, reply: 42 }))).toBeNull();
  });
});

describe('the requests waiting on a phone', () => {
  const hour = 60 * 60 * 1000;
  const request = (id: string, reply: string, receivedAt: number): PendingRequest => ({ id, card, reply, receivedAt });

  it('keeps a request a day, newest first, and one per reply address', async () => {
    const [a, b] = [await replyAddress(), await replyAddress()];
    const now = 100 * 24 * hour;
    let list = withRequest([], request('1', a, now - 2 * hour), now);
    list = withRequest(list, request('2', b, now - hour), now);
    expect(list.map((kept) => kept.id)).toEqual(['2', '1']);
    list = withRequest(list, request('3', a, now), now);
    expect(list.map((kept) => kept.id)).toEqual(['3', '2']);
    expect(livePending(list, now + pendingLimits.keepMs - hour + 1).map((kept) => kept.id)).toEqual(['3']);
    expect(livePending(list, now + pendingLimits.keepMs)).toEqual([]);
  });

  it('holds a bounded number', async () => {
    const now = 100 * 24 * hour;
    let list: PendingRequest[] = [];
    for (let i = 0; i < pendingLimits.kept + 5; i++) list = withRequest(list, request(String(i), await replyAddress(), now - 1000 + i), now);
    expect(list).toHaveLength(pendingLimits.kept);
    expect(list[0]?.id).toBe(String(pendingLimits.kept + 4));
  });

  it('reads back what it stored and drops what is not a request or is past its day', async () => {
    const now = 100 * 24 * hour;
    const good = request('ok', await replyAddress(), now - hour);
    const stored = JSON.stringify([good, { ...good, id: 'old', receivedAt: now - 25 * hour }, { ...good, id: 'bad', reply: 'x' }, { ...good, id: 'empty', card: { name: '', org: '', role: '', email: '', phone: '', topics: [] } }, 'noise']);
    expect(parsePending(stored, now)).toEqual([good]);
    expect(parsePending('{not json', now)).toEqual([]);
    expect(parsePending(null, now)).toEqual([]);
  });
});
