/**
 * The phone's own limit on card requests, before the mailbox's per-sender limit on the server:
 * each listed person once a day, and a few in a row, so nobody is flooded from one phone.
 */
export const requestLimits = { perPersonMs: 24 * 60 * 60 * 1000, burst: 5, burstMs: 10 * 60 * 1000 } as const;

/** When this phone asked whom (listing id → ms since the epoch). */
export type SentRequests = Readonly<Record<string, number>>;

export type RequestRefusal = 'asked' | 'too_many';

/** Why a request to `listingId` may not go now, or null when it may. */
export function requestRefusal(sent: SentRequests, listingId: string, now: number): RequestRefusal | null {
  const asked = sent[listingId];
  if (asked !== undefined && Object.hasOwn(sent, listingId) && now - asked < requestLimits.perPersonMs) return 'asked';
  const recent = Object.values(sent).filter((at) => now - at < requestLimits.burstMs).length;
  return recent >= requestLimits.burst ? 'too_many' : null;
}

/** The record after a request went out, without entries older than a day. */
export function noteRequest(sent: SentRequests, listingId: string, now: number): SentRequests {
  const kept = Object.entries(sent).filter(([, at]) => now - at < requestLimits.perPersonMs);
  return Object.fromEntries([...kept, [listingId, now]]);
}
