import { z } from 'zod';
import { shapeBounds } from './shapeBounds.js';
import type { FieldIssue } from './errors.js';
import { entityId, limits } from './primitives.js';
import { userText } from './text.js';
import { hostEditChoiceSchema, importedProfileExtras, storedProfileExtras } from './standProfile.js';
import { planImageSchema } from './mediaSchemas.js';

/**
 * The stands file: the Markt der Projekte's stands and the venue's floor plan in one JSON
 * document (docs/import-formats.md). The plan is plain geometry and text, so the client draws
 * it with SVG elements and text nodes, never with markup from the file.
 */

const coordinate = z.number().min(-100_000).max(100_000);
const length = z.number().positive().max(100_000);
const point = z.tuple([coordinate, coordinate]);

export const contactSchema = z.object({
  name: z.string().trim().max(limits.name).optional(),
  email: z.email().max(limits.name).optional(),
  phone: z.string().trim().max(40).optional(),
  url: z.url({ protocol: /^https?$/ }).max(500).optional(),
});

export const standEntrySchema = z.object({
  id: entityId,
  name: z.string().trim().min(1).max(limits.title),
  municipality: z.string().trim().max(limits.name).default(''),
  topic: z.string().trim().max(limits.name).default(''),
  description: z.string().trim().max(limits.abstract).default(''),
  /** What it took to implement the project: people, time, partners. */
  implementation: z.string().trim().max(limits.abstract).default(''),
  /** What it cost, as the municipality puts it ("ca. 25.000 € einmalig, 3.000 € im Jahr"). */
  cost: z.string().trim().max(limits.reason).default(''),
  contact: contactSchema.default({}),
  /** The room the stand is in: a room of the programme. */
  roomId: entityId,
  /** The booth number the organizer gave; else the stand's place in the floor plan's order. */
  number: z.number().int().min(1).max(9999).optional(),
  /** The profile's further texts, English texts, partners and links (shared/standProfile.ts). */
  ...storedProfileExtras,
});

export const shapeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('rect'), x: coordinate, y: coordinate, width: length, height: length }),
  z.object({ type: z.literal('circle'), cx: coordinate, cy: coordinate, r: length }),
  z.object({ type: z.literal('polygon'), points: z.array(point).min(3).max(200) }),
]);

/** A room or stand on the plan: what it is, where it is drawn, and the text that names it. */
export const placeSchema = z.object({
  id: entityId,
  kind: z.enum(['room', 'stand']),
  /** The room's or the stand's id. */
  refId: entityId,
  /** Visible label and accessible name. */
  label: z.string().trim().min(1).max(limits.name),
  shape: shapeSchema,
  /** Where the label sits; the shape's centre when absent. */
  labelAt: point.optional(),
});

export const floorPlanSchema = z.object({
  /** The SVG viewBox, in the plan's own units. */
  viewBox: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  /** The map's accessible title. */
  title: z.string().trim().min(1).max(limits.title),
  /** The building's outline, drawn under the places; decoration only. */
  outline: z.array(point).min(3).max(500).optional(),
  places: z.array(placeSchema).max(2000),
});

/*
 * The same as a stands file (or the stands:import command) brings them: every text through the
 * one text rule. The schemas above are what is stored and sent, and stay as they were, so a log
 * written before still reads.
 */
const optionalText = (max: number) => userText(max, { required: false });

const importedContactSchema = contactSchema.extend({ name: optionalText(limits.name).optional(), phone: optionalText(40).optional() });

const importedStandSchema = standEntrySchema.extend({
  name: userText(limits.title),
  municipality: optionalText(limits.name).default(''),
  topic: optionalText(limits.name).default(''),
  description: optionalText(limits.abstract).default(''),
  implementation: optionalText(limits.abstract).default(''),
  cost: optionalText(limits.reason).default(''),
  contact: importedContactSchema.default({}),
  ...importedProfileExtras,
});

const importedPlaceSchema = placeSchema.extend({ label: userText(limits.name) });

const importedFloorPlanSchema = floorPlanSchema.extend({
  title: userText(limits.title),
  places: z.array(importedPlaceSchema).max(2000),
});

/**
 * The image under the plan, as stored (uploaded first, POST /api/plan/image); `url`, where
 * Ortstermin serves it (`/api/blobs/<hash>`), is for reading. Absent: the image stays as it is.
 */
export const filePlanImageSchema = planImageSchema.extend({ url: z.string().regex(/^(\/[\w-]+)?\/api\/blobs\/[0-9a-f]{64}$/).optional() });

export const standsFileSchema = z.object({
  version: z.literal(1),
  stands: z.array(importedStandSchema).max(1000),
  floorPlan: importedFloorPlanSchema,
  planImage: filePlanImageSchema.optional(),
});

/** `stands:import`: the file, and what to do with profile fields edited on screen since the last one (default: take the file's). */
export const standsImportPayload = standsFileSchema.extend({ hostEdits: hostEditChoiceSchema.optional() });

export type FloorPlanShape = z.infer<typeof shapeSchema>;
export { shapeBounds } from './shapeBounds.js';
export type FloorPlace = z.infer<typeof placeSchema>;
export type FloorPlan = z.infer<typeof floorPlanSchema>;
export type StandsFile = z.infer<typeof standsFileSchema>;

function duplicates(ids: readonly string[], path: (index: number) => string, what: string): FieldIssue[] {
  const seen = new Set<string>();
  return ids.flatMap((id, i) => {
    if (seen.has(id)) return [{ path: path(i), message: `duplicate ${what} id "${id}"` }];
    seen.add(id);
    return [];
  });
}

/**
 * What the schema cannot see: ids that repeat, stands in rooms the programme does not have,
 * places pointing nowhere or lying off the plan, and stands the map would not show.
 */
export function standsFileIssues(file: StandsFile, roomIds: ReadonlySet<string>): FieldIssue[] {
  const { stands, floorPlan } = file;
  const standIds = new Set(stands.map((s) => s.id));
  const box = floorPlan.viewBox;
  const issues = [
    ...duplicates(stands.map((s) => s.id), (i) => `stands[${i}].id`, 'stand'),
    ...duplicates(floorPlan.places.map((p) => p.id), (i) => `floorPlan.places[${i}].id`, 'place'),
  ];
  stands.forEach((stand, i) => {
    if (!roomIds.has(stand.roomId)) issues.push({ path: `stands[${i}].roomId`, message: `unknown room "${stand.roomId}"` });
  });
  floorPlan.places.forEach((place, i) => {
    const known = place.kind === 'room' ? roomIds.has(place.refId) : standIds.has(place.refId);
    if (!known) issues.push({ path: `floorPlan.places[${i}].refId`, message: `unknown ${place.kind} "${place.refId}"` });
    const b = shapeBounds(place.shape);
    if (b.x1 < box.x || b.y1 < box.y || b.x2 > box.x + box.width || b.y2 > box.y + box.height) {
      issues.push({ path: `floorPlan.places[${i}].shape`, message: 'lies outside the viewBox' });
    }
  });
  const onMap = new Set(floorPlan.places.filter((p) => p.kind === 'stand').map((p) => p.refId));
  stands.forEach((stand, i) => {
    if (!onMap.has(stand.id)) issues.push({ path: `stands[${i}]`, message: `stand "${stand.id}" has no place on the floor plan` });
  });
  return issues;
}
