import { z } from 'zod';
import { contactCardSchema, type ContactCard } from '../../../shared/contactCard';
import { dropLimits } from '../../../shared/dropLimits';
import { decodeReplyAddress, replyAddressLength } from '../../../shared/replyAddress';

/** A card request that came in ("Karte anfragen"): the requester's card and where an answer goes. */
export interface PendingRequest {
  id: string;
  card: ContactCard;
  /** The requester's reply address, as `encodeReplyAddress` writes it. */
  reply: string;
  receivedAt: number;
}

/** A request waits a day at most (its reply address is not fetched much longer), and only so many wait. */
export const pendingLimits = { kept: 20, keepMs: dropLimits.keepMs } as const;

const pendingSchema = z.object({
  id: z.string().max(100),
  card: contactCardSchema,
  reply: z
    .string()
    .length(replyAddressLength)
    .refine((text) => decodeReplyAddress(text) !== null),
  receivedAt: z.number(),
});

/** The requests still waiting at `now`, newest first. */
export function livePending(list: readonly PendingRequest[], now: number): PendingRequest[] {
  return list.filter((request) => now - request.receivedAt < pendingLimits.keepMs && request.receivedAt <= now).sort((a, b) => b.receivedAt - a.receivedAt);
}

/** What this phone stored, checked again: the cards inside came from strangers. */
export function parsePending(stored: string | null, now: number): PendingRequest[] {
  try {
    const list: unknown = JSON.parse(stored ?? '[]');
    if (!Array.isArray(list)) return [];
    return livePending(
      list.flatMap((entry) => {
        const parsed = pendingSchema.safeParse(entry);
        return parsed.success ? [parsed.data] : [];
      }),
      now,
    ).slice(0, pendingLimits.kept);
  } catch {
    return [];
  }
}

/** The list with a new request: one asking again from the same reply address replaces its earlier one. */
export function withRequest(list: readonly PendingRequest[], request: PendingRequest, now: number): PendingRequest[] {
  const others = list.filter((kept) => kept.reply !== request.reply);
  return livePending([request, ...others], now).slice(0, pendingLimits.kept);
}
