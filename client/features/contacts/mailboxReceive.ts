import { cardTitle } from '../../../shared/contactCard';
import { addContact } from './contacts';
import { fetchMailbox } from './mailboxFetch';
import { markUsed, type MailboxKey } from './mailboxKeys';

/** A card that came in: whose, and whether this phone could keep it. */
export interface ReceivedCard {
  name: string;
  stored: boolean;
}

/**
 * Fetches the phone's mailboxes and adds every card sent back to "Meine Kontakte" (once: a card
 * known already stays one contact). A mailbox a card came through is not shown again.
 */
export async function receiveCards(mailboxes: readonly MailboxKey[]): Promise<ReceivedCard[]> {
  const received: ReceivedCard[] = [];
  for (const entry of mailboxes) {
    const messages = await fetchMailbox(entry);
    if (!messages || messages.length === 0) continue;
    markUsed(entry.mailbox);
    for (const message of messages) {
      const added = addContact(message.card);
      received.push({ name: cardTitle(message.card), stored: added.stored });
    }
  }
  return received;
}
