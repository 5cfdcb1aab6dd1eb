import { describe, expect, it } from 'vitest';
import { payloadSchemas } from '../../shared/commands.js';
import { choiceOfCard, listingPayload } from '../../client/features/directory/listingFromCard.js';
import { noteRequest, requestLimits, requestRefusal } from '../../client/features/directory/requestLimit.js';
import type { MyCardDraft } from '../../client/features/contacts/myCard.js';

const card: MyCardDraft = {
  text: { name: ' Anna  Schmidt ', org: 'Stadt Kusel', role: 'CDO', email: 'anna@kusel.de', phone: '06381 424-0', topics: 'Kita-Portal, Glasfaser' },
  shared: { name: false, org: true, role: false, email: true, phone: true, topics: true },
};

describe("a listing from the phone's card", () => {
  it('takes the name and the ticked fields, never email or phone, and passes the shared schema', () => {
    const payload = listingPayload(card, choiceOfCard(card), null);
    expect(payload).toEqual({ name: 'Anna Schmidt', org: 'Stadt Kusel', role: '', topics: ['Kita-Portal', 'Glasfaser'], requests: false, mailbox: null });
    expect(JSON.stringify(payload)).not.toMatch(/kusel\.de|06381/);
    expect(payloadSchemas['directory:join'].safeParse({ listingId: crypto.randomUUID(), ...payload }).success).toBe(true);
  });

  it('keeps topics within what the schema takes, and sets requests by the mailbox', () => {
    const many = { ...card, text: { ...card.text, topics: `${'x'.repeat(60)}, ${Array.from({ length: 10 }, (_, i) => `T${i}`).join(', ')}` } };
    const mailbox = { mailbox: '0123456789abcdef'.repeat(2), key: 'B'.repeat(43) };
    const payload = listingPayload(many, { org: false, role: true, topics: true }, mailbox);
    expect(payload.topics).toHaveLength(8);
    expect(payload.topics[0]).toHaveLength(40);
    expect(payload).toMatchObject({ org: '', role: 'CDO', requests: true, mailbox });
    expect(payloadSchemas['directory:join'].safeParse({ listingId: crypto.randomUUID(), ...payload }).success).toBe(true);
  });
});

describe("the phone's own limit on card requests", () => {
  const now = 1_800_000_000_000;

  it('asks each person once a day', () => {
    const sent = noteRequest({}, 'anna', now);
    expect(requestRefusal(sent, 'anna', now + 60_000)).toBe('asked');
    expect(requestRefusal(sent, 'ben', now + 60_000)).toBeNull();
    expect(requestRefusal(sent, 'anna', now + requestLimits.perPersonMs)).toBeNull();
  });

  it(`sends at most ${requestLimits.burst} in ${requestLimits.burstMs / 60_000} minutes, and forgets what is a day old`, () => {
    let sent = {};
    for (let i = 0; i < requestLimits.burst; i++) sent = noteRequest(sent, `p${i}`, now + i);
    expect(requestRefusal(sent, 'next', now + 10)).toBe('too_many');
    expect(requestRefusal(sent, 'next', now + requestLimits.burstMs)).toBeNull();
    expect(Object.keys(noteRequest(sent, 'later', now + requestLimits.perPersonMs + 10))).toEqual(['later']);
  });

  it('does not take a name from the prototype for a request sent', () => {
    expect(requestRefusal({}, 'constructor', now)).toBeNull();
  });
});
