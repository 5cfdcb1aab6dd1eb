import type { MailboxRef } from '../../../shared/directoryListing';

/** What a request came to: sent, or why not (the mailbox answers 429 for `rate_limited` and a full mailbox). */
export type CardRequestOutcome = 'sent' | 'rate_limited' | 'mailbox_full' | 'offline' | 'failed';

/**
 * What "Karte anfragen" needs from the encrypted mailbox (issue 26, part 2), the one seam between
 * the two: the list publishes `ownMailbox()` in this phone's listing while requests are on, and
 * `sendCardRequest` posts an encrypted request to a listed person's mailbox.
 */
export interface CardRequests {
  /**
   * This phone's mailbox for card requests at this event, made once and kept on the phone (its
   * private key never leaves it): the id and the public key a listing carries (`mailboxRefSchema`).
   */
  ownMailbox(): Promise<MailboxRef>;
  /**
   * Encrypts a request to `to.key` (with what the owner needs to answer: this phone's card and
   * its own mailbox) and posts it to `POST /api/drops/:mailbox`; 201 → 'sent', 429 → 'rate_limited'
   * or 'mailbox_full', no connection → 'offline'.
   */
  sendCardRequest(to: MailboxRef): Promise<CardRequestOutcome>;
}

/**
 * The mailbox of this build, or null while there is none: then nobody's listing offers requests,
 * the switch is not shown, and no "Karte anfragen" either (wired when the mailbox is merged).
 */
export function cardRequests(): CardRequests | null {
  return null;
}
