import type { ChangeDataMap } from './changes.js';
import type { Stand } from './model.js';
import { renamedOnPlan, withoutPlacesOf } from './planPlaces.js';
import type { PublicState } from './publicState.js';
import { own, put, without, type RecordWrites } from './records.js';
import { applyProfilePatch } from './standProfileEdit.js';
import type { ContactDrafts } from './standProfile.js';
import type { EditedField } from './standProfileFields.js';

type StandChange = 'stands:imported' | 'stand:created' | 'stand:updated' | 'stand:removed' | 'stand:profile-edited' | 'stand:contact-edited';
type Reducers = { [K in StandChange]: (state: PublicState, data: ChangeDataMap[K], seq: number, writes: RecordWrites) => PublicState };

function putStand(state: PublicState, writes: RecordWrites, stand: Stand): PublicState {
  const stands = writes.writable(state.stands);
  put(stands, stand.id, stand);
  return { ...state, stands };
}

/** Keeps the state object untouched when the stand is unknown, so replays stay total. */
function updateStand(state: PublicState, writes: RecordWrites, standId: string, update: (stand: Stand) => Stand): PublicState {
  const stand = own(state.stands, standId);
  return stand ? putStand(state, writes, update(stand)) : state;
}

/** The contact fields typed on screen that an import kept, and nothing else of them. */
function keptContacts(held: PublicState['standContacts'], kept: Readonly<Record<string, readonly EditedField[]>>): PublicState['standContacts'] {
  const contacts: Record<string, ContactDrafts> = {};
  for (const [standId, fields] of Object.entries(kept)) {
    const drafts = own(held, standId);
    const keptDrafts = Object.fromEntries(Object.entries(drafts ?? {}).filter(([field]) => fields.some((name) => name === `contact.${field}`)));
    if (Object.keys(keptDrafts).length > 0) contacts[standId] = keptDrafts;
  }
  return contacts;
}

export const standReducers: Reducers = {
  // The file replaces every stand as it has them, contact fields typed on screen included, but
  // for the fields the organizer chose to keep. A stand the file brings back is no former stand any more.
  'stands:imported': (state, { stands, floorPlan, kept }) => ({
    ...state,
    stands: Object.fromEntries(stands.map((stand) => [stand.id, stand])),
    floorPlan,
    standContacts: keptContacts(state.standContacts, kept ?? {}),
    formerStands: Object.fromEntries(Object.entries(state.formerStands).filter(([id]) => !stands.some((stand) => stand.id === id))),
  }),
  'stand:created': (state, { stand }, _seq, writes) => {
    const next = putStand(state, writes, stand);
    return { ...next, formerStands: without(writes, state.formerStands, stand.id) };
  },
  'stand:updated': (state, { standId, basics }, _seq, writes) => {
    const before = own(state.stands, standId);
    const next = updateStand(state, writes, standId, (stand) => {
      const { number: _number, ...rest } = stand;
      return { ...rest, ...basics };
    });
    return before ? { ...next, floorPlan: renamedOnPlan(next.floorPlan, 'stand', standId, before.name, basics.name) } : next;
  },
  'stand:removed': (state, { standId, name }, _seq, writes) => {
    if (!own(state.stands, standId)) return state;
    const formerStands = writes.writable(state.formerStands);
    put(formerStands, standId, name);
    return {
      ...state,
      stands: without(writes, state.stands, standId),
      standStatus: without(writes, state.standStatus, standId),
      standContacts: without(writes, state.standContacts, standId),
      formerStands,
      floorPlan: withoutPlacesOf(state.floorPlan, 'stand', standId),
    };
  },
  // Which fields were edited stays on the server (server/stands/standEditMarks.ts).
  'stand:profile-edited': (state, { standId, profile }, _seq, writes) => updateStand(state, writes, standId, (stand) => applyProfilePatch(stand, profile)),
  'stand:contact-edited': (state, { standId, contact }, _seq, writes) => {
    if (!own(state.stands, standId)) return state;
    const standContacts = writes.writable(state.standContacts);
    put(standContacts, standId, { ...own(state.standContacts, standId), ...contact });
    return { ...state, standContacts };
  },
};
