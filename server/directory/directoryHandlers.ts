import type { ChangeDraft } from '../../shared/changes.js';
import type { CommandPayload } from '../../shared/commands.js';
import type { DirectoryListing } from '../../shared/directoryListing.js';
import { own } from '../../shared/records.js';
import { accept, reject, type CommandHandlers } from '../kernel/handler.js';
import type { ListingOwners } from './listingOwners.js';
import { sameJson } from '../../shared/jsonEquality.js';

const left = (listingId: string): ChangeDraft => ({ type: 'directory:left', audience: 'public', data: { listingId } });

/** The listing as a join sets it: the payload's fields, and when the person first joined. */
function listingOf(payload: CommandPayload<'directory:join'>, joinedAt: string): DirectoryListing {
  const { listingId, name, org, role, topics, requests, mailbox } = payload;
  return { id: listingId, name, org, role, topics, requests, mailbox, joinedAt };
}

/**
 * One listing per device, kept to that device: joining again updates it (requests off, a field
 * unticked); a new listing id from the same device (its phone forgot the old one) replaces the old
 * listing. Leaving takes the device's listing off, whatever it is; not listed is already done.
 */
export const directoryHandlers = (owners: ListingOwners): CommandHandlers<'directory:join' | 'directory:leave'> => ({
  'directory:join': (payload, { state, actor, now }) => {
    const deviceId = actor.deviceId;
    if (!deviceId) return reject('invalid_command', [{ path: 'deviceId', message: 'a listing needs a device id' }]);
    const owner = owners.ownerOf(payload.listingId);
    if (owner !== undefined && owner !== deviceId) return reject('forbidden', [{ path: 'listingId', message: 'another device made this listing' }]);
    const current = own(state.directory, payload.listingId);
    const listing = listingOf(payload, current?.joinedAt ?? now);
    if (current && sameJson(current, listing)) return accept();
    const previous = owners.listingOf(deviceId);
    const drafts: ChangeDraft[] = previous !== undefined && previous !== payload.listingId ? [left(previous)] : [];
    drafts.push({ type: 'directory:joined', audience: 'public', data: { listing } });
    if (owner === undefined) drafts.push({ type: 'directory:owner-noted', audience: 'internal', data: { listingId: listing.id, deviceId } });
    return accept(...drafts);
  },

  'directory:leave': (_payload, { actor }) => {
    if (!actor.deviceId) return reject('invalid_command', [{ path: 'deviceId', message: 'leaving needs a device id' }]);
    const listingId = owners.listingOf(actor.deviceId);
    return listingId === undefined ? accept() : accept(left(listingId));
  },
});
