import type { ChangeDataMap } from './changes.js';
import { isErasedListing } from './directoryListing.js';
import type { PublicState } from './publicState.js';
import { put, without, type RecordWrites } from './records.js';

type DirectoryChange = 'directory:joined' | 'directory:owner-noted' | 'directory:left';
type Reducers = { [K in DirectoryChange]: (state: PublicState, data: ChangeDataMap[K], seq: number, writes: RecordWrites) => PublicState };

const dropListing = (state: PublicState, id: string, writes: RecordWrites): PublicState => {
  const directory = without(writes, state.directory, id);
  return directory === state.directory ? state : { ...state, directory };
};

/** "Wer ist da?": listings in, changed and out; an erased one (in a replayed log) is out too. */
export const directoryReducers: Reducers = {
  'directory:joined': (state, { listing }, _seq, writes) => {
    if (isErasedListing(listing)) return dropListing(state, listing.id, writes);
    const directory = writes.writable(state.directory);
    put(directory, listing.id, listing);
    return { ...state, directory };
  },
  'directory:owner-noted': (state) => state,
  'directory:left': (state, { listingId }, _seq, writes) => dropListing(state, listingId, writes),
};
