import { z } from 'zod';
import { floorPlanSchema, type FloorPlan } from './standsImport.js';
import {
  announcementSchema,
  eventInfoSchema,
  programmeSchema,
  roomSchema,
  sessionKinds,
  sessionSchema,
  slotSchema,
  standSchema,
  type Announcement,
  type EventInfo,
  type Programme,
  type Room,
  type Session,
  type Slot,
  type Stand,
} from './model.js';
import {
  moderationModes,
  questionSchema,
  standStatusSchema,
  type ModerationMode,
  type Question,
  type StandStatus,
} from './questions.js';
import {
  feedbackSummarySchema,
  pollAnswerSchema,
  pollResultsSchema,
  pollSchema,
  type FeedbackSummary,
  type Poll,
  type PollAnswer,
  type PollResults,
} from './polls.js';

/**
 * Who receives a change: everyone, staff only, the hosts of one stand (and staff), or nobody
 * (`internal`: kept in the log for the server, e.g. who voted, never sent to a device).
 */
export type Audience = 'public' | 'staff' | `stand:${string}` | 'internal';

/** Each change's data, by type. Changes carry the new values, so applying one needs no lookup. */
export interface ChangeDataMap {
  'programme:loaded': Programme;
  'session:moved': { sessionId: string; slot: Slot };
  'session:cancelled': { sessionId: string; reason?: string };
  'session:reinstated': { sessionId: string };
  'session:renamed': { sessionId: string; title: string };
  'session:added': { session: Session };
  /** A programme re-import dropped the session. */
  'session:removed': { sessionId: string };
  /** A re-import changed what a session is about; not a live change, so no "geändert" mark. */
  'session:details-set': { sessionId: string; abstract: string; speakers: string[]; kind: Session['kind'] };
  /** A re-import brought a new room or a room's new name. */
  'room:upserted': { room: Room };
  'event:updated': { event: EventInfo };
  'announcement:posted': { announcement: Announcement };
  'question:asked': { question: Question };
  'question:approved': { question: Question };
  'question:hidden': { question: Question };
  /** A published question leaves attendees' devices (text included) when it is hidden. */
  'question:withdrawn': { questionId: string };
  'question:pinned': { question: Question };
  'question:answered': { question: Question };
  'question:merged': { question: Question; into: Question };
  /** Coalesced vote counts: a few per second at most, whatever the vote rate. */
  'question:votes-counted': { votes: Record<string, number> };
  /** Internal: one device's vote, so it survives a restart; attendees see only counts. */
  'question:vote-cast': { questionId: string; deviceId: string; up: boolean };
  'question:staged': { sessionId: string; questionId: string | null };
  'stand:status-set': { standId: string; status: StandStatus };
  'moderation:mode-set': { sessionId: string | null; mode: ModerationMode };
  /** The stands file: every stand (replacing the previous list) and the floor plan. */
  'stands:imported': { stands: Stand[]; floorPlan: FloorPlan };
  /** A question deleted by a moderator: gone from every audience, its text erased from the stored log. */
  'question:deleted': { questionId: string };
  /** New questions stopped (or allowed again) for one session, or for the whole event (sessionId null). */
  'moderation:questions-paused': { sessionId: string | null; paused: boolean };
  /** The organizer's room order: every room's position. */
  'room:order-set': { roomIds: string[] };
  'room:removed': { roomId: string };
  /** A draft made or edited: staff only until it opens. */
  'poll:saved': { poll: Poll };
  /** Opened, closed: the whole poll, so a device that never saw the draft can show it. */
  'poll:opened': { poll: Poll };
  'poll:closed': { poll: Poll };
  /** The results reach attendees with this change and not before. */
  'poll:revealed': { poll: Poll; results: PollResults };
  'poll:deleted': { pollId: string };
  /** Internal: one device's answer (the latest counts), so it survives a restart. */
  'poll:vote-cast': { pollId: string; deviceId: string; answer: PollAnswer };
  /** Coalesced results: to staff while hidden, to everyone once revealed. */
  'poll:results-counted': { results: Record<string, PollResults> };
  /** Staff only: a word taken out of a poll's cloud (its merged key). */
  'poll:word-hidden': { pollId: string; key: string };
  'feedback:opened': { sessionId: string };
  /** Internal: one device's rating of a session; staff get the coalesced summary. */
  'feedback:given': { sessionId: string; deviceId: string; stars: number; comment?: string; at: string };
  'feedback:counted': { sessionId: string; summary: FeedbackSummary };
  'announcement:corrected': { announcementId: string; text: string; textEn?: string; correctedAt: string };
  'announcement:withdrawn': { announcementId: string };
  /**
   * Internal: a programme import committed in slices begins; with no `import:finished` after it
   * (the server stopped midway), the next start undoes its slices, so no half import remains.
   */
  'import:started': { importId: string };
  'import:finished': { importId: string; outcome: 'applied' | 'undone' };
}

export type ChangeType = keyof ChangeDataMap;

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

/** Schemas of each change's data: the store checks rows it reads back, the client what it receives. */
export const changeDataSchemas: { [K in ChangeType]: z.ZodType<ChangeDataMap[K]> } = {
  'programme:loaded': programmeSchema,
  'session:moved': z.object({ sessionId, slot: slotSchema }),
  'session:cancelled': z.object({ sessionId, reason: z.string().optional() }),
  'session:reinstated': z.object({ sessionId }),
  'session:renamed': z.object({ sessionId, title: z.string() }),
  'session:added': z.object({ session: sessionSchema }),
  'session:removed': z.object({ sessionId }),
  'session:details-set': z.object({
    sessionId,
    abstract: z.string(),
    speakers: z.array(z.string()),
    kind: z.enum(sessionKinds),
  }),
  'room:upserted': z.object({ room: roomSchema }),
  'event:updated': z.object({ event: eventInfoSchema }),
  'announcement:posted': z.object({ announcement: announcementSchema }),
  'question:asked': questionData,
  'question:approved': questionData,
  'question:hidden': questionData,
  'question:withdrawn': z.object({ questionId: z.string() }),
  'question:pinned': questionData,
  'question:answered': questionData,
  'question:merged': z.object({ question: questionSchema, into: questionSchema }),
  'question:votes-counted': z.object({ votes: z.record(z.string(), z.number().int().nonnegative()) }),
  'question:vote-cast': z.object({ questionId: z.string(), deviceId: z.string(), up: z.boolean() }),
  'question:staged': z.object({ sessionId, questionId: z.string().nullable() }),
  'stand:status-set': z.object({ standId: z.string(), status: standStatusSchema }),
  'moderation:mode-set': z.object({ sessionId: z.string().nullable(), mode: z.enum(moderationModes) }),
  'stands:imported': z.object({ stands: z.array(standSchema), floorPlan: floorPlanSchema }),
  'question:deleted': z.object({ questionId: z.string() }),
  'moderation:questions-paused': z.object({ sessionId: z.string().nullable(), paused: z.boolean() }),
  'room:order-set': z.object({ roomIds: z.array(z.string()) }),
  'room:removed': z.object({ roomId: z.string() }),
  'poll:saved': z.object({ poll: pollSchema }),
  'poll:opened': z.object({ poll: pollSchema }),
  'poll:closed': z.object({ poll: pollSchema }),
  'poll:revealed': z.object({ poll: pollSchema, results: pollResultsSchema }),
  'poll:deleted': z.object({ pollId: z.string() }),
  'poll:vote-cast': z.object({ pollId: z.string(), deviceId: z.string(), answer: pollAnswerSchema }),
  'poll:results-counted': z.object({ results: z.record(z.string(), pollResultsSchema) }),
  'poll:word-hidden': z.object({ pollId: z.string(), key: z.string() }),
  'feedback:opened': z.object({ sessionId }),
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
  'import:started': z.object({ importId: z.string() }),
  'import:finished': z.object({ importId: z.string(), outcome: z.enum(['applied', 'undone']) }),
};

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
