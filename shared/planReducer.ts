import type { ChangeDataMap } from './changes.js';
import type { PlanFrame } from './planEdit.js';
import { withPlace } from './planGeometry.js';
import type { PublicState } from './publicState.js';
import { own } from './records.js';
import type { FloorPlace } from './standsImport.js';

type PlanChange = 'plan:stand-placed' | 'plan:room-area-set';
type Reducers = { [K in PlanChange]: (state: PublicState, data: ChangeDataMap[K]) => PublicState };

/** Puts the place on the plan (begun from `frame` when there was none); a place of nothing known changes nothing. */
function putPlace(state: PublicState, place: FloorPlace, frame: PlanFrame | undefined, known: boolean): PublicState {
  const plan = state.floorPlan ?? (frame ? { ...frame, places: [] } : null);
  if (!known || !plan) return state;
  return { ...state, floorPlan: withPlace(plan, place) };
}

/** The floor plan edited on screen: every phone's map follows. */
export const planReducers: Reducers = {
  'plan:stand-placed': (state, { place, frame }) => putPlace(state, place, frame, own(state.stands, place.refId) !== undefined),
  'plan:room-area-set': (state, { place, frame }) => putPlace(state, place, frame, own(state.rooms, place.refId) !== undefined),
};
