import { z } from 'zod';
import { cardLimits } from './contactCard.js';
import type { DirectoryListing, ErasedListing, MailboxRef } from './directoryListing.js';
import { mailboxIdSchema } from './drops.js';
import { userText } from './text.js';

/*
 * "Wer ist da?" on the wire: `directory:join` and `directory:leave`, and the changes they make.
 * A listing holds only what its person ticked on their card; anyone with the event's address can
 * read it, so the page says so before a person joins.
 */

/**
 * A mailbox id as the drops routes take it (32 hex digits) and the x coordinate of the mailbox's
 * P-256 public key (32 bytes, 43 characters of base64url without padding).
 */
export const mailboxRefSchema = z.object({ mailbox: mailboxIdSchema, key: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'base64url') }).strict() satisfies z.ZodType<MailboxRef>;

const line = (max: number, required = false) => userText(max, { required, oneLine: true });

/** What a person lists of themselves: from their card, one line each, with the card's limits. */
export const listingFields = {
  name: line(cardLimits.name, true),
  org: line(cardLimits.org),
  role: line(cardLimits.role),
  topics: z.array(line(cardLimits.topic, true)).max(cardLimits.topics),
  /** Card requests on ("Karte anfragen" shown to others) or off. */
  requests: z.boolean(),
  /** Where requests go: given exactly when they are on. */
  mailbox: mailboxRefSchema.nullable(),
};

/** `listingId`: made on the phone (a retry or a second join updates the same listing). */
export const directoryJoinPayload = z
  .object({ listingId: z.uuid(), ...listingFields })
  .refine((listing) => listing.requests === (listing.mailbox !== null), { message: 'a mailbox is given exactly when requests are on', path: ['mailbox'] });

/** Takes this device's own listing off the list; there is nothing to name. */
export const directoryLeavePayload = z.object({}).strict();

export const directoryListingSchema = z.object({
  id: z.string(),
  name: z.string(),
  org: z.string(),
  role: z.string(),
  topics: z.array(z.string()),
  requests: z.boolean(),
  mailbox: mailboxRefSchema.nullable(),
  joinedAt: z.string(),
}) satisfies z.ZodType<DirectoryListing>;

const erasedListingSchema = z.object({ id: z.string(), erased: z.literal(true) }).strict() satisfies z.ZodType<ErasedListing>;

export const directoryChangeSchemas = {
  /** Listed, or the listing changed; in the stored log an older version (or a left listing) keeps only its id. */
  'directory:joined': z.object({ listing: z.union([directoryListingSchema, erasedListingSchema]) }),
  /** Internal: the device whose listing it is, so only that device may change or end it. */
  'directory:owner-noted': z.object({ listingId: z.string(), deviceId: z.string() }),
  /** Off the list: every phone drops it, and the stored log keeps nothing of it. */
  'directory:left': z.object({ listingId: z.string() }),
} as const;
