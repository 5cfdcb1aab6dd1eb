import { createSignal } from 'solid-js';
import type { CommandPayload } from '../../../shared/commands';
import type { SendResult } from '../../sync/commandResult';
import type { DirectoryListing } from '../../../shared/directoryListing';
import { own } from '../../../shared/records';
import { sendCommand, state } from '../../sync/connection';
import { readItem, removeItem, writeItem } from '../../sync/storage';
import { uuid } from '../../sync/uuid';
import { forgetRequestMailbox } from '../contacts/requestMailbox';

const idKey = 'ortstermin.myListing';

/** This phone's listing id at this event: made once, so joining again updates the same listing. */
function listingId(): string {
  const stored = readItem(idKey);
  if (stored && /^[0-9a-f-]{36}$/.test(stored)) return stored;
  const made = uuid();
  writeItem(idKey, made);
  return made;
}

const [ownId, setOwnId] = createSignal<string | null>(readItem(idKey));
/** The id this phone listed itself under, if it did: the list marks it "(Sie)" and offers no request to it. */
export { ownId };

/** Lists this phone, or updates its listing; sent now, since the person waits for the answer. */
export async function joinDirectory(payload: Omit<CommandPayload<'directory:join'>, 'listingId'>): Promise<SendResult> {
  const id = listingId();
  const result = await sendCommand('directory:join', { listingId: id, ...payload });
  if (result.ok) setOwnId(id);
  return result;
}

/** This phone's listing as the list shows it now; undefined while it is not listed. */
export function ownListing(): DirectoryListing | undefined {
  const id = ownId();
  return id === null ? undefined : own(state().directory, id);
}

export const isListed = (): boolean => ownListing() !== undefined;

/**
 * The listing is gone (left here or on another tab, erased with "Meine Daten" or the event's
 * personal data): its id and request mailbox go too, so a next join makes a new listing nothing links to this one.
 */
export function forgetListing(): void {
  removeItem(idKey);
  setOwnId(null);
  forgetRequestMailbox();
}

/** Takes this phone's listing off. */
export async function leaveDirectory(): Promise<SendResult> {
  const result = await sendCommand('directory:leave', {});
  if (result.ok) forgetListing();
  return result;
}
