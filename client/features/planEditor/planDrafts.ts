import { createSignal } from 'solid-js';
import type { FloorPlace, FloorPlanShape } from '../../../shared/standsImport';

/** Which place: a stand or a room, by its id (a stand not yet on the plan has no place id). */
export interface PlaceKey {
  kind: 'stand' | 'room';
  refId: string;
}

export const keyOf = (key: PlaceKey) => `${key.kind}:${key.refId}`;

interface Draft {
  shape: FloorPlanShape;
  /** The place as the state had it when the draft began: once the state's differs, the draft is spent. */
  base: FloorPlace;
}

/**
 * Shapes being dragged or moved with the keys, shown at once; the state's place wins as soon as a
 * change for it arrives (the organizer's own, or another organizer's on another laptop).
 */
export function createPlanDrafts() {
  const [drafts, setDrafts] = createSignal<ReadonlyMap<string, Draft>>(new Map());
  return {
    shapeOf(place: FloorPlace): FloorPlanShape {
      const draft = drafts().get(keyOf(place));
      return draft && draft.base === place ? draft.shape : place.shape;
    },
    set(place: FloorPlace, shape: FloorPlanShape): void {
      const next = new Map(drafts());
      const held = next.get(keyOf(place));
      next.set(keyOf(place), { shape, base: held && held.base === place ? held.base : place });
      setDrafts(next);
    },
    drop(key: PlaceKey): void {
      const next = new Map(drafts());
      next.delete(keyOf(key));
      setDrafts(next);
    },
  };
}

export type PlanDrafts = ReturnType<typeof createPlanDrafts>;
