import { cardTitle } from '../../../shared/contactCard';
import { addPendingRequest } from './cardRequestInbox';
import { addContact } from './contacts';
import { fetchMailbox } from './mailboxFetch';
import { markUsed, type MailboxKey } from './mailboxKeys';

/** What came in: a card (and whether this phone could keep it), or a request for this phone's card. */
export interface ReceivedCard {
  kind: 'card' | 'request';
  name: string;
  stored: boolean;
}

/**
 * Fetches the phone's mailboxes: every card sent back goes to "Meine Kontakte" (once: a card known
 * already stays one contact), every card request waits for its answer. A card mailbox something
 * came through is not shown again (the request mailbox is not a card's, so marking it changes nothing).
 */
export async function receiveCards(mailboxes: readonly MailboxKey[]): Promise<ReceivedCard[]> {
  const received: ReceivedCard[] = [];
  for (const entry of mailboxes) {
    const messages = await fetchMailbox(entry);
    if (!messages || messages.length === 0) continue;
    markUsed(entry.mailbox);
    for (const message of messages) {
      const stored = message.kind === 'request' ? addPendingRequest(message.card, message.reply) : addContact(message.card).stored;
      received.push({ kind: message.kind, name: cardTitle(message.card), stored });
    }
  }
  return received;
}
