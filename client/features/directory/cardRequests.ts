import { base64urlOf, bytesOfBase64url } from '../../../shared/bytes';
import type { MailboxRef } from '../../../shared/directoryListing';
import { mailboxIdPattern } from '../../../shared/dropLimits';
import { encodeReplyAddress } from '../../../shared/replyAddress';
import { newMailbox, replyAddressOf, shownMailbox } from '../contacts/mailboxKeys';
import { sendToMailbox, type SendOutcome } from '../contacts/mailboxSend';
import { myCardDraft, mySharedCard } from '../contacts/myCard';
import { ensureRequestMailbox, forgetRequestMailbox } from '../contacts/requestMailbox';

/** What a request came to: sent, or why not (`no_card`: the request carries the requester's card without email and phone, and there is none). */
export type CardRequestOutcome = 'sent' | 'rate_limited' | 'mailbox_full' | 'offline' | 'failed' | 'no_card';

/**
 * What "Karte anfragen" needs from the encrypted mailbox (issue 26), the one seam between the two:
 * the list publishes `ownMailbox()` in this phone's listing while requests are on, and
 * `sendCardRequest` posts an encrypted request to a listed person's mailbox.
 */
export interface CardRequests {
  /**
   * This phone's mailbox for card requests at this event, made once and kept on the phone (its
   * private key never leaves it) as long as the listing: the id and the public key a listing
   * carries (`mailboxRefSchema`). Null where the phone cannot keep the key.
   */
  ownMailbox(): Promise<MailboxRef | null>;
  /** Requests switched off: the mailbox is no longer fetched, and a listing no longer names it. */
  forgetOwnMailbox(): void;
  /**
   * Encrypts a request to `to.key` (this phone's card as a listing shows it: name, org, role, topics; and the card mailbox the answer comes to)
   * and posts it to `POST /api/drops/:mailbox`; 201 → 'sent', 429 → 'mailbox_full' (this phone
   * limits itself well below the server's per-sender limit), no connection → 'offline'.
   */
  sendCardRequest(to: MailboxRef): Promise<CardRequestOutcome>;
}

const outcomeOf: Record<SendOutcome, CardRequestOutcome> = { sent: 'sent', full: 'mailbox_full', offline: 'offline', failed: 'failed' };

async function ownMailbox(): Promise<MailboxRef | null> {
  const entry = await ensureRequestMailbox();
  return entry ? { mailbox: entry.mailbox, key: base64urlOf(replyAddressOf(entry).key) } : null;
}

async function sendCardRequest(to: MailboxRef): Promise<CardRequestOutcome> {
  // The list is public, so anyone listed could ask: a request carries what a listing shows, never email or phone.
  const draft = myCardDraft();
  const card = mySharedCard({ ...draft, shared: { ...draft.shared, email: false, phone: false } });
  if (!card) return 'no_card';
  const key = bytesOfBase64url(to.key);
  // A listing is anyone's text: only a mailbox and key of the right shape get a request.
  if (!key || key.length !== 32 || !mailboxIdPattern.test(to.mailbox)) return 'failed';
  const answerTo = shownMailbox() ?? (await newMailbox());
  if (!answerTo) return 'failed';
  const reply = encodeReplyAddress(replyAddressOf(answerTo));
  return outcomeOf[await sendToMailbox({ mailbox: to.mailbox, key }, { kind: 'request', card, reply })];
}

/** The mailbox, or null where this phone cannot seal or open (no Web Crypto, e.g. plain http on a venue LAN). */
export function cardRequests(): CardRequests | null {
  if (!globalThis.crypto?.subtle) return null;
  return { ownMailbox, forgetOwnMailbox: forgetRequestMailbox, sendCardRequest };
}
