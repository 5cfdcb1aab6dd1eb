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

/** Each listing's versions stored before its seq: after it left, all of them; after it changed, the older ones. */
const erasingBefore = (before: ReadonlyMap<string, number>): ChangeRewrite => (change) => {
  const seq = change.type === 'directory:joined' ? before.get(change.data.listing.id) : undefined;
  return seq !== undefined && change.seq < seq ? erasedListing(change) : null;
};

/**
 * Inside the batch that commits them: a listing that left leaves the stored log with it, and one
 * that changed keeps only its new version (a field its person unticked is gone from the log too).
 * `owners` still holds the state before the batch, so it tells a change from a first join. One
 * rewrite for the whole batch (it reads every stored listing); `rewrote` is told when one was queued,
 * so the write-ahead log, which still holds the old versions, is checkpointed after the commit.
 */
export function eraseLeftListings(owners: ListingOwners, rewrote: () => void = () => {}) {
  return (batch: Pick<LogBatch, 'rewrite'>, changes: readonly Change[]): void => {
    const before = new Map<string, number>();
    for (const change of changes) {
      if (change.type === 'directory:left') before.set(change.data.listingId, change.seq);
      if (change.type === 'directory:joined' && owners.ownerOf(change.data.listing.id) !== undefined) before.set(change.data.listing.id, change.seq);
    }
    if (before.size === 0) return;
    batch.rewrite(joinedType, erasingBefore(before));
    rewrote();
  };
}

/** Changes after which the write-ahead log is checkpointed: it still holds the erased listing (another process's too). */
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
