import { z } from 'zod';
import { entityId, limits } from './primitives.js';
import { placeSchema } from './standsImport.js';

/**
 * The floor plan edited on screen (issue 25): a stand placed, a room's area set. Positions are in
 * the plan's own units (its viewBox); the handlers check them against the plan's bounds, which a
 * schema cannot know.
 */
const planCoordinate = z.number().min(-100_000).max(100_000);
const planLength = z.number().positive().max(100_000);

/** `plan:place-stand`: the stand's middle goes to (x, y); a stand not yet on the plan gets a rectangle there. */
export const planPlaceStandPayload = z.object({ standId: entityId, x: planCoordinate, y: planCoordinate });

/** `plan:set-room-area`: the room's box on the plan; a drawn shape (circle, polygon) keeps its form inside it. */
export const planSetRoomAreaPayload = z.object({
  roomId: entityId,
  x: planCoordinate,
  y: planCoordinate,
  width: planLength,
  height: planLength,
});

export type RoomArea = Omit<z.infer<typeof planSetRoomAreaPayload>, 'roomId'>;

/** A plan begun on screen, when the event had none: its frame, the places come one by one. */
export const planFrameSchema = z.object({
  viewBox: z.object({ x: planCoordinate, y: planCoordinate, width: planLength, height: planLength }),
  title: z.string().min(1).max(limits.title),
});
export type PlanFrame = z.infer<typeof planFrameSchema>;

const placedData = z.object({ place: placeSchema, frame: planFrameSchema.optional() });

export const planChangeSchemas = {
  /** The stand's place as it is now (its whole shape); `frame` when this began the plan. */
  'plan:stand-placed': placedData,
  /** The room's place as it is now; `frame` when this began the plan. */
  'plan:room-area-set': placedData,
} as const;
