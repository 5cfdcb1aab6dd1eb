/*
 * A mailbox ("drop") holds sealed items for a phone that made up its id: a card sent back, later a
 * contact request. Plain values: the app's shell reads them, and no zod is on the first page.
 */

/** What the server keeps of one mailbox: how much, how many, how long. */
export const dropLimits = {
  /** Bytes of one sealed item: a card of every field at its longest, padded and sealed, fits. */
  itemBytes: 4096,
  /** Items one mailbox holds until its owner fetches them. */
  itemsPerMailbox: 5,
  /** An item is erased this long after it was sent, fetched or not. */
  keepMs: 24 * 60 * 60 * 1000,
} as const;

/** A mailbox id: 128 random bits the owner's phone made up, as 32 lower-case hex digits. */
export const mailboxIdPattern = /^[0-9a-f]{32}$/;
