import type { CommandPayload } from '../../../shared/commands';
import type { DirectoryListing, MailboxRef } from '../../../shared/directoryListing';
import { cardLimits } from '../../../shared/contactCard';
import { sharedCard, type MyCardDraft } from '../contacts/myCard';

/** Which of the card's fields the list shows (the name always: a listing is a person). */
export const listedFields = ['org', 'role', 'topics'] as const;
export type ListedField = (typeof listedFields)[number];
export type ListedChoice = Record<ListedField, boolean>;

/** The list's ticks as the card's own ticks set them at first. */
export const choiceOfCard = (card: MyCardDraft): ListedChoice => ({ org: card.shared.org, role: card.shared.role, topics: card.shared.topics });

/** The ticks as a listing shows them: a field it carries was ticked. */
export const choiceOfListing = (listing: DirectoryListing): ListedChoice => ({ org: listing.org !== '', role: listing.role !== '', topics: listing.topics.length > 0 });

/** The listing as the card's text and the ticks here make it (never the card's email or phone). */
export function listingPayload(card: MyCardDraft, choice: ListedChoice, mailbox: MailboxRef | null): Omit<CommandPayload<'directory:join'>, 'listingId'> {
  const shared = sharedCard({ ...card, shared: { name: true, ...choice, email: false, phone: false } });
  return {
    name: shared.name,
    org: shared.org,
    role: shared.role,
    // The card's form bounds its topics' text, not their number and length one by one; the list takes what the schema does.
    topics: shared.topics.slice(0, cardLimits.topics).map((topic) => topic.slice(0, cardLimits.topic)),
    requests: mailbox !== null,
    mailbox,
  };
}
