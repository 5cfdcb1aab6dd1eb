import { limits } from './limits.js';
import type { FloorPlace, FloorPlan } from './standsImport.js';

/** The place's visible name: the stand's or room's, within the plan's label length. */
export const labelOf = (name: string): string => name.slice(0, limits.name);

const isOf = (place: FloorPlace, kind: FloorPlace['kind'], refId: string) => place.kind === kind && place.refId === refId;

/**
 * The plan after a stand or room was renamed: its places that showed the old name show the new one.
 * A label of its own (a stands file may say "A1" for a stand) stays as it is.
 */
export function renamedOnPlan(plan: FloorPlan | null, kind: FloorPlace['kind'], refId: string, before: string, after: string): FloorPlan | null {
  if (!plan || before === after) return plan;
  const stale = (place: FloorPlace) => isOf(place, kind, refId) && place.label === labelOf(before);
  if (!plan.places.some(stale)) return plan;
  return { ...plan, places: plan.places.map((place) => (stale(place) ? { ...place, label: labelOf(after) } : place)) };
}

/** The plan without the places of a stand or room that is gone. */
export function withoutPlacesOf(plan: FloorPlan | null, kind: FloorPlace['kind'], refId: string): FloorPlan | null {
  if (!plan || !plan.places.some((place) => isOf(place, kind, refId))) return plan;
  return { ...plan, places: plan.places.filter((place) => !isOf(place, kind, refId)) };
}
