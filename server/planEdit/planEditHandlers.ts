import type { ChangeDraft } from '../../shared/changes.js';
import type { PlanFrame } from '../../shared/planEdit.js';
import { areaIssues, newPlanFrame, placedStand, pointIssues, roomInArea } from '../../shared/planGeometry.js';
import type { PublicState } from '../../shared/publicState.js';
import { own } from '../../shared/records.js';
import type { FloorPlace, FloorPlan } from '../../shared/standsImport.js';
import { accept, reject, type CommandHandlers, type HandlerOutcome } from '../kernel/handler.js';
import { sameJson } from '../../shared/jsonEquality.js';

/** The event's plan, or the frame of one begun now (an event without a stands file). */
function planOf(state: PublicState): { plan: FloorPlan; frame?: PlanFrame } {
  if (state.floorPlan) return { plan: state.floorPlan };
  const frame = newPlanFrame(state.event?.venue);
  return { plan: { ...frame, places: [] }, frame };
}

/** One change with the place as it is now; none when nothing moved (a retry, a drop where it was). */
function placed(type: 'plan:stand-placed' | 'plan:room-area-set', plan: FloorPlan, place: FloorPlace, frame: PlanFrame | undefined): HandlerOutcome {
  const before = plan.places.find((p) => p.id === place.id);
  if (!frame && before && sameJson(before, place)) return accept();
  const change: ChangeDraft = { type, audience: 'public', data: frame ? { place, frame } : { place } };
  return accept(change);
}

/** The floor plan edited on screen by the organizer: stands placed, rooms' areas moved and resized. */
export const planEditHandlers: CommandHandlers<'plan:place-stand' | 'plan:set-room-area'> = {
  'plan:place-stand': ({ standId, x, y }, { state }) => {
    const stand = own(state.stands, standId);
    if (!stand) return reject('not_found', [{ path: 'standId', message: 'no such stand' }]);
    const { plan, frame } = planOf(state);
    const issues = pointIssues(plan.viewBox, x, y);
    if (issues.length > 0) return reject('invalid_command', issues);
    return placed('plan:stand-placed', plan, placedStand(plan, stand, x, y), frame);
  },
  'plan:set-room-area': ({ roomId, ...area }, { state }) => {
    const room = own(state.rooms, roomId);
    if (!room) return reject('not_found', [{ path: 'roomId', message: 'no such room' }]);
    const { plan, frame } = planOf(state);
    const issues = areaIssues(plan.viewBox, area);
    if (issues.length > 0) return reject('invalid_command', issues);
    return placed('plan:room-area-set', plan, roomInArea(plan, room, area), frame);
  },
};
