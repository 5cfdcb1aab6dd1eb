import { sortedSessions } from '../../../shared/agenda';
import type { Session, Stand } from '../../../shared/model';
import type { PublicState } from '../../../shared/publicState';
import { comparePhases, sessionPhase, type SessionPhase } from '../../../shared/sessions';
import type { FloorPlace, FloorPlan } from '../../../shared/standsImport';
import { t } from '../../i18n/i18n';
import { mapHref, type MapTarget } from './mapLink';

/** A stand opens its page; a room opens on the map itself, with its programme below. */
export function placeHref(place: FloorPlace): string {
  return place.kind === 'stand' ? `/stand/${encodeURIComponent(place.refId)}` : mapHref({ kind: 'room', id: place.refId });
}

/** "Stand Digitale Dörfer", "Raum Seminarraum 2": the kind is part of the name, not only the shape. */
export function placeName(place: FloorPlace): string {
  return t(place.kind === 'stand' ? 'map.placeStand' : 'map.placeRoom', { name: place.label });
}

export function findPlace(plan: FloorPlan | null, target: MapTarget | null): FloorPlace | undefined {
  if (!plan || !target) return undefined;
  return plan.places.find((place) => place.kind === target.kind && place.refId === target.id);
}

/**
 * Each stand's number: the one the organizer gave it, else its place in the floor plan's order;
 * the same number on the plan and in the list under it, as the booth numbers of a fair.
 */
export function standNumbers(plan: FloorPlan | null, stands: Readonly<Record<string, Stand>> = {}): ReadonlyMap<string, number> {
  const placed = plan?.places.filter((place) => place.kind === 'stand') ?? [];
  const numbers = new Map(placed.map((place, i) => [place.refId, i + 1]));
  for (const stand of Object.values(stands)) if (stand.number !== undefined) numbers.set(stand.id, stand.number);
  return numbers;
}

const numbered = new WeakMap<FloorPlan, ReadonlyMap<string, number>>();

/** One stand's number (the plan's order counted once per plan: every card of the directory asks). */
export function standNumberOf(plan: FloorPlan | null, standId: string, stands: Readonly<Record<string, Stand>> = {}): number | undefined {
  const given = stands[standId]?.number;
  if (given !== undefined) return given;
  if (!plan) return undefined;
  let numbers = numbered.get(plan);
  if (!numbers) numbered.set(plan, (numbers = standNumbers(plan)));
  return numbers.get(standId);
}

/** Rooms first, so the stands are drawn over the room they stand in. */
export function drawOrder(plan: FloorPlan): FloorPlace[] {
  return [...plan.places].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'room' ? -1 : 1));
}

/** A room's sessions as someone standing at its door wants them: running, then coming, then over. */
export function roomProgramme(state: PublicState, roomId: string, nowMs: number): { session: Session; phase: SessionPhase }[] {
  return sortedSessions(state)
    .filter((session) => session.roomId === roomId)
    .map((session) => ({ session, phase: sessionPhase(session, nowMs) }))
    .sort((a, b) => comparePhases(a.phase, b.phase));
}
