import { createSignal } from 'solid-js';
import type { CommandPayload } from '../../../shared/commands';
import type { SendResult } from '../../sync/commandResult';
import { sendCommand } from '../../sync/connection';
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

/** Takes this phone's listing off; the next join makes a new id, so nothing links the two. */
export async function leaveDirectory(): Promise<SendResult> {
  const result = await sendCommand('directory:leave', {});
  if (result.ok) {
    removeItem(idKey);
    setOwnId(null);
    forgetRequestMailbox();
  }
  return result;
}
