import type { EventContext, SomeEventFeature } from '../kernel/feature.js';
import { directoryHandlers } from './directoryHandlers.js';
import { directoryPersonalData, eraseLeftListings, erasesListing } from './listingErasure.js';
import { createListingOwners } from './listingOwners.js';

/** After a listing left or changed, old copies leave the write-ahead log too; failing that is not the command's failure. */
function scrubFailed(error: unknown): void {
  console.error('could not checkpoint the write-ahead log after a listing left or changed', error);
}

/** "Wer ist da?": people list themselves for this event (opt-in) and leave again, from every phone and the stored log. */
export function directoryFeature(event: EventContext) {
  const owners = createListingOwners();
  /** A batch rewrote listings out of the log: checkpoint once it is committed. */
  let scrubDue = false;
  return {
    handlers: directoryHandlers(owners),
    own: { owners },
    projections: [owners],
    personalData: directoryPersonalData(owners),
    inBatch: eraseLeftListings(owners, () => (scrubDue = true)),
    committed(changes) {
      if (!scrubDue && !changes.some(erasesListing)) return;
      scrubDue = false;
      void event.log.scrub().catch(scrubFailed);
    },
  } satisfies SomeEventFeature;
}
