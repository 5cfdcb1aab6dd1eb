import { z } from 'zod';
import { roomSchema, slotSchema } from './model.js';
import { importFormats, timeReadings } from './programmeImport.js';
import { editedFieldSchema, hostEditChoiceSchema } from './standProfile.js';

/**
 * What the import routes answer: the server types its replies with these, the organizer's page
 * parses them, so the shape lives here once. Ids and titles are plain strings: the reply reports
 * what the server read, the import itself is validated elsewhere.
 */

/** One row of the source that was left out, and why: `line` is null where the format has none. */
export const rejectedRowSchema = z.object({
  line: z.number().int().nonnegative().nullable(),
  /** The field at fault, e.g. `start` or `persons.person[2]`, or `event` for the whole row. */
  field: z.string(),
  /** The row's id in the source, when it has one. */
  sourceId: z.string().optional(),
  message: z.string(),
});

export const sessionRefSchema = z.object({ id: z.string(), title: z.string() });

export const importDiffSchema = z.object({
  added: z.array(sessionRefSchema),
  moved: z.array(sessionRefSchema.extend({ from: slotSchema, to: slotSchema })),
  renamed: z.array(sessionRefSchema.extend({ from: z.string() })),
  removed: z.array(sessionRefSchema),
  cancelled: z.array(sessionRefSchema),
  reinstated: z.array(sessionRefSchema),
  /** Abstract, speakers or kind changed. */
  detailsChanged: z.array(sessionRefSchema),
  roomsAdded: z.array(roomSchema),
  roomsRenamed: z.array(roomSchema.extend({ from: z.string() })),
  eventChanged: z.boolean(),
});

/** A file that disagrees with itself about times, said once, with what each reading gives for one session. */
export const timeConflictSchema = z.object({
  /** Sessions whose two readings differ. */
  count: z.number().int().nonnegative(),
  zone: z.string(),
  example: z.object({ sourceId: z.string(), title: z.string(), byOffset: z.string(), byZone: z.string() }),
});

export const importPreviewSchema = z.object({
  baseSeq: z.number().int().nonnegative(),
  format: z.enum(importFormats),
  sessionCount: z.number().int().nonnegative(),
  diff: importDiffSchema,
  rejected: z.array(rejectedRowSchema),
  timeConflict: timeConflictSchema.optional(),
  /** The reading the preview's times follow (the offsets unless the organizer chose otherwise). */
  timeReading: z.enum(timeReadings).optional(),
});

export const importPreviewReplySchema = importPreviewSchema.extend({ ok: z.literal(true) });
export const importApplyReplySchema = z.object({ ok: z.literal(true), seq: z.number().int(), diff: importDiffSchema });
export const standsImportReplySchema = z.object({ ok: z.literal(true), seq: z.number().int() });

/** POST /api/import/stands/preview and /api/import/stands: the file as text; the import also says what to do with fields edited on screen. */
export const standsImportRequestSchema = z.object({ content: z.string().min(2).max(5_000_000), hostEdits: hostEditChoiceSchema.optional() });
export type StandsImportRequest = z.infer<typeof standsImportRequestSchema>;

/** A profile field edited on screen since the last file that this file would overwrite (shared/standEdits.ts). */
export const overwrittenEditSchema = z.object({ standId: z.string(), standName: z.string(), field: editedFieldSchema, now: z.string(), inFile: z.string() });

/** What a stands file would do, before it does it: how many stands, and the edits on screen it would overwrite. */
export const standsPreviewReplySchema = z.object({ ok: z.literal(true), standCount: z.number().int(), overwrites: z.array(overwrittenEditSchema) });
export type StandsPreviewReply = z.infer<typeof standsPreviewReplySchema>;

export type RejectedRow = z.infer<typeof rejectedRowSchema>;
export type SessionRef = z.infer<typeof sessionRefSchema>;
export type ImportDiff = z.infer<typeof importDiffSchema>;
export type ImportPreview = z.infer<typeof importPreviewSchema>;
export type TimeConflict = z.infer<typeof timeConflictSchema>;
export type TimeReading = (typeof timeReadings)[number];
export type ImportPreviewReply = z.infer<typeof importPreviewReplySchema>;
export type ImportApplyReply = z.infer<typeof importApplyReplySchema>;

/** How many changes an import makes: one per listed item, one for the event (as `diffProgramme` drafts them). */
export function changeCount(diff: ImportDiff): number {
  const lists = [diff.added, diff.moved, diff.renamed, diff.removed, diff.cancelled, diff.reinstated, diff.detailsChanged, diff.roomsAdded, diff.roomsRenamed];
  return lists.reduce((sum, list) => sum + list.length, diff.eventChanged ? 1 : 0);
}
