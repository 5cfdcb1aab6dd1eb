import type { Change } from '../../shared/changes.js';
import { isErasedListing } from '../../shared/directoryListing.js';
import { erasedDeviceId, type PersonalData } from '../kernel/personalData.js';
import type { ChangeRewrite, LogBatch } from '../kernel/store.js';
import type { ListingOwners } from './listingOwners.js';

const joinedType = ['directory:joined'] as const;

/** A stored listing (of `listingId`, or any) as its id alone; null when it is that already or another's. */
function erasedListing(change: Change, listingId?: string): Change['data'] | null {
  if (change.type !== 'directory:joined' || isErasedListing(change.data.listing)) return null;
  if (listingId !== undefined && change.data.listing.id !== listingId) return null;
  return { listing: { id: change.data.listing.id, erased: true } };
}

/** The listing's versions stored before `seq`: after it left, all of them; after it changed, the older ones. */
const erasingBefore = (listingId: string, seq: number): ChangeRewrite => (change) => (change.seq < seq ? erasedListing(change, listingId) : null);

/**
 * Inside the batch that commits them: a listing that left leaves the stored log with it, and one
 * that changed keeps only its new version (a field its person unticked is gone from the log too).
 * `owners` still holds the state before the batch, so it tells a change from a first join.
 */
export function eraseLeftListings(owners: ListingOwners) {
  return (batch: Pick<LogBatch, 'rewrite'>, changes: readonly Change[]): void => {
    for (const change of changes) {
      if (change.type === 'directory:left') batch.rewrite(joinedType, erasingBefore(change.data.listingId, change.seq));
      if (change.type === 'directory:joined' && owners.ownerOf(change.data.listing.id) !== undefined) batch.rewrite(joinedType, erasingBefore(change.data.listing.id, change.seq));
    }
  };
}

/** Changes after which the write-ahead log is checkpointed: it still holds the erased listing. */
export const erasesListing = (change: Change) => change.type === 'directory:left';

/** Listings go with the event's personal data; so does the device each came from. "Meine Daten" takes the device's listing off. */
export function directoryPersonalData(owners: ListingOwners): PersonalData[] {
  return [
    {
      what: 'directory_listings',
      types: joinedType,
      erase: (change) => erasedListing(change),
      ofDevice(deviceId) {
        const listingId = owners.listingOf(deviceId);
        return { drafts: listingId === undefined ? [] : [{ type: 'directory:left', audience: 'public', data: { listingId } }], foreign: [] };
      },
    },
    {
      what: 'directory_device_ids',
      types: ['directory:owner-noted'],
      erase(change, run) {
        if (change.type !== 'directory:owner-noted') return null;
        const deviceId = erasedDeviceId(change.data.deviceId, run);
        return deviceId ? { ...change.data, deviceId } : null;
      },
    },
  ];
}
