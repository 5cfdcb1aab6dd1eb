import { z } from 'zod';
import { floorPlanSchema } from './standsImport.js';
import { libraryMarkSchema } from './libraryMark.js';
import { contactDraftsSchema, editedFieldSchema, profilePatchSchema } from './standProfile.js';
import { standBasicsSchema } from './standCommands.js';
import {
  announcementSchema,
  eventInfoSchema,
  programmeSchema,
  roomSchema,
  sessionKinds,
  sessionSchema,
  slotSchema,
  standSchema,
} from './model.js';
import { moderationModes, questionSchema, standStatusSchema } from './questions.js';
import { legalChangeSchemas } from './legalSchemas.js';
import { privacyChangeSchemas } from './privacySchemas.js';
import { mediaChangeSchemas } from './mediaSchemas.js';
import { planChangeSchemas } from './planEdit.js';
import { directoryChangeSchemas } from './directory.js';
import { feedbackSummarySchema, pollAnswerSchema, pollResultsSchema, pollSchema } from './polls.js';

/**
 * Who receives a change: everyone, staff only, the hosts of one stand (and staff), or nobody
 * (`internal`: kept in the log for the server, e.g. who voted, never sent to a device).
 */
export type Audience = 'public' | 'staff' | `stand:${string}` | 'internal';

/** A change before the store gave it a place in the log. */
export type ChangeDraft<K extends ChangeType = ChangeType> = {
  [P in K]: { type: P; audience: Audience; data: ChangeDataMap[P] };
}[K];

/** A committed change: `seq` grows by one per change, `at` is the server's time (ISO). */
export type Change<K extends ChangeType = ChangeType> = {
  [P in K]: { seq: number; at: string; type: P; audience: Audience; data: ChangeDataMap[P] };
}[K];

const sessionId = z.string().min(1);
const questionData = z.object({ question: questionSchema });

/**
 * Each change's data, by type: the one definition, its types derived below. Changes carry the new
 * values, so applying one needs no lookup. The store checks rows it reads back with these, the
 * client what it receives.
 */
const dataSchemas = {
  'programme:loaded': programmeSchema,
  'session:moved': z.object({ sessionId, slot: slotSchema }),
  'session:cancelled': z.object({ sessionId, reason: z.string().optional() }),
  'session:reinstated': z.object({ sessionId }),
  'session:renamed': z.object({ sessionId, title: z.string() }),
  'session:added': z.object({ session: sessionSchema }),
  /** A programme re-import dropped the session. */
  'session:removed': z.object({ sessionId }),
  /** A re-import changed what a session is about; not a live change, so no "geändert" mark. */
  'session:details-set': z.object({
    sessionId,
    abstract: z.string(),
    speakers: z.array(z.string()),
    kind: z.enum(sessionKinds),
  }),
  /** A re-import brought a new room or a room's new name. */
  'room:upserted': z.object({ room: roomSchema }),
  'event:updated': z.object({ event: eventInfoSchema }),
  'announcement:posted': z.object({ announcement: announcementSchema }),
  'question:asked': questionData,
  'question:approved': questionData,
  'question:hidden': questionData,
  /** A published question leaves attendees' devices (text included) when it is hidden. */
  'question:withdrawn': z.object({ questionId: z.string() }),
  'question:pinned': questionData,
  'question:answered': questionData,
  'question:merged': z.object({ question: questionSchema, into: questionSchema }),
  /** Coalesced vote counts: a few per second at most, whatever the vote rate. */
  'question:votes-counted': z.object({ votes: z.record(z.string(), z.number().int().nonnegative()) }),
  /** Internal: one device's vote, so it survives a restart; attendees see only counts. */
  'question:vote-cast': z.object({ questionId: z.string(), deviceId: z.string(), up: z.boolean() }),
  'question:staged': z.object({ sessionId, questionId: z.string().nullable() }),
  'stand:status-set': z.object({ standId: z.string(), status: standStatusSchema }),
  'moderation:mode-set': z.object({ sessionId: z.string().nullable(), mode: z.enum(moderationModes) }),
  /**
   * The stands file: every stand (replacing the previous list) and the floor plan; `kept`: the
   * fields edited on screen the organizer chose to keep, which stay marked as edited.
   */
  'stands:imported': z.object({ stands: z.array(standSchema), floorPlan: floorPlanSchema, kept: z.record(z.string(), z.array(editedFieldSchema)).optional() }),
  /** A question deleted by a moderator: gone from every audience, its text erased from the stored log. */
  'question:deleted': z.object({ questionId: z.string() }),
  /** New questions stopped (or allowed again) for one session, or for the whole event (sessionId null). */
  'moderation:questions-paused': z.object({ sessionId: z.string().nullable(), paused: z.boolean() }),
  /** The organizer's room order: every room's position. */
  'room:order-set': z.object({ roomIds: z.array(z.string()) }),
  'room:removed': z.object({ roomId: z.string() }),
  /** Everything of the demo gone at once: the state is empty but for this (neutral) event. */
  'event:demo-removed': z.object({ event: eventInfoSchema }),
  /** A draft made or edited: staff only until it opens. */
  'poll:saved': z.object({ poll: pollSchema }),
  /** Opened, closed: the whole poll, so a device that never saw the draft can show it. */
  'poll:opened': z.object({ poll: pollSchema }),
  'poll:closed': z.object({ poll: pollSchema }),
  /** The results reach attendees with this change and not before. */
  'poll:revealed': z.object({ poll: pollSchema, results: pollResultsSchema }),
  'poll:deleted': z.object({ pollId: z.string() }),
  /** Internal: one device's answer (the latest counts), so it survives a restart. */
  'poll:vote-cast': z.object({ pollId: z.string(), deviceId: z.string(), answer: pollAnswerSchema }),
  /** Coalesced results: to staff while hidden, to everyone once revealed. */
  'poll:results-counted': z.object({ results: z.record(z.string(), pollResultsSchema) }),
  /** Staff only: a word taken out of a poll's cloud (its merged key). */
  'poll:word-hidden': z.object({ pollId: z.string(), key: z.string() }),
  'feedback:opened': z.object({ sessionId }),
  /** Internal: one device's rating of a session; staff get the coalesced summary. */
  'feedback:given': z.object({
    sessionId,
    deviceId: z.string(),
    stars: z.number().int().min(1).max(5),
    comment: z.string().optional(),
    at: z.string(),
  }),
  'feedback:counted': z.object({ sessionId, summary: feedbackSummarySchema }),
  'announcement:corrected': z.object({
    announcementId: z.string(),
    text: z.string(),
    textEn: z.string().optional(),
    correctedAt: z.string(),
  }),
  'announcement:withdrawn': z.object({ announcementId: z.string() }),
  /**
   * Internal: a programme import committed in slices begins; with no `import:finished` after it
   * (the server stopped midway), the next start undoes its slices, so no half import remains.
   */
  'import:started': z.object({ importId: z.string() }),
  'import:finished': z.object({ importId: z.string(), outcome: z.enum(['applied', 'undone']) }),
  ...legalChangeSchemas,
  ...privacyChangeSchemas,
  ...mediaChangeSchemas,
  ...planChangeSchemas,
  'stand:created': z.object({ stand: standSchema }),
  /** The organizer's fields of the stand, all of them as they are after the update. */
  'stand:updated': z.object({ standId: z.string(), basics: standBasicsSchema }),
  /** `name`: its answered questions stay readable under it. */
  'stand:removed': z.object({ standId: z.string(), name: z.string() }),
  /** Public: the profile fields edited, a contact field's value only while it is public (null: not shown). */
  'stand:profile-edited': z.object({ standId: z.string(), profile: profilePatchSchema }),
  /** To the stand's hosts and staff only: the contact fields as typed, public or not. */
  'stand:contact-edited': z.object({ standId: z.string(), contact: contactDraftsSchema }),
  /** An answered stand question marked as (or no longer) one of the stand's FAQ. */
  'question:faq-marked': questionData,
  /** A project taken out of the series' library, or put back (`at`: when; the latest word of any event counts). */
  'library:withdrawn': libraryMarkSchema.extend({ standId: z.string() }),
  ...directoryChangeSchemas,
} as const satisfies Record<string, z.ZodType>;

export type ChangeType = keyof typeof dataSchemas;

/** Each change's data, by type, as its schema parses it. */
export type ChangeDataMap = { [K in ChangeType]: z.infer<(typeof dataSchemas)[K]> };

/** The same schemas, typed per change, so `changeDataSchemas[type]` parses to that type's data. */
export const changeDataSchemas: { [K in ChangeType]: z.ZodType<ChangeDataMap[K]> } = dataSchemas;

export const audienceSchema = z.union([
  z.literal('public'),
  z.literal('staff'),
  z.templateLiteral(['stand:', z.string()]),
  z.literal('internal'),
]);

function isChangeType(type: string): type is ChangeType {
  return Object.hasOwn(changeDataSchemas, type);
}

/** Builds a typed change from untrusted parts (a stored row, a message); null when they do not fit. */
export function parseChange(parts: {
  seq: number;
  at: string;
  type: string;
  audience: string;
  data: unknown;
}): Change | null {
  if (!isChangeType(parts.type)) return null;
  return parseChangeOfType(parts.type, parts);
}

function parseChangeOfType<K extends ChangeType>(
  type: K,
  parts: { seq: number; at: string; audience: string; data: unknown },
): Change<K> | null {
  const data = changeDataSchemas[type].safeParse(parts.data);
  const audience = audienceSchema.safeParse(parts.audience);
  if (!data.success || !audience.success) return null;
  const change: Change<K> = { seq: parts.seq, at: parts.at, type, audience: audience.data, data: data.data };
  return change;
}
