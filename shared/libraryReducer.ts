import type { ChangeDataMap } from './changes.js';
import type { PublicState } from './publicState.js';
import { put, type RecordWrites } from './records.js';

/** The event's last word on each project's library entry (`shared/library.ts` weighs the events' words). */
export const libraryReducers = {
  'library:withdrawn': (state: PublicState, { standId, withdrawn, at }: ChangeDataMap['library:withdrawn'], _seq: number, writes: RecordWrites): PublicState => {
    const library = writes.writable(state.library);
    put(library, standId, { withdrawn, at });
    return { ...state, library };
  },
};
