import type { Projection } from '../kernel/liveState.js';

/** Which device made which listing (`directory:owner-noted`): only that device may change or end it. */
export interface ListingOwners extends Projection {
  ownerOf(listingId: string): string | undefined;
  listingOf(deviceId: string): string | undefined;
}

export function createListingOwners(): ListingOwners {
  const owners = new Map<string, string>();
  const listings = new Map<string, string>();
  const forget = (listingId: string) => {
    const owner = owners.get(listingId);
    if (owner !== undefined && listings.get(owner) === listingId) listings.delete(owner);
    owners.delete(listingId);
  };
  const clear = () => {
    owners.clear();
    listings.clear();
  };
  return {
    ownerOf: (listingId) => owners.get(listingId),
    listingOf: (deviceId) => listings.get(deviceId),
    reset: clear,
    project(change) {
      if (change.type === 'directory:owner-noted') {
        forget(change.data.listingId);
        owners.set(change.data.listingId, change.data.deviceId);
        listings.set(change.data.deviceId, change.data.listingId);
      } else if (change.type === 'directory:left') forget(change.data.listingId);
      // Erasure on time and the demo's removal empty the list on every phone.
      else if (change.type === 'personal-data:erased' || change.type === 'event:demo-removed') clear();
    },
  };
}
