import { z } from 'zod';
import { standsImportPayload } from './standsImport.js';
import {
  announcementLevels,
  entityId,
  limits,
  sessionKinds,
} from './model.js';
import { programmeImportPayload } from './programmeImport.js';
import { eventConfigurePayload, roomCreatePayload, roomRemovePayload, roomRenamePayload, roomReorderPayload } from './eventSettings.js';
import { feedbackInputSchema, pollAnswerSchema, pollLimits, pollSetupSchema } from './polls.js';
import { moderationModes, questionLimits, questionTargetSchema, standAvailability } from './questions.js';
import { userText } from './text.js';
import { commandInstant } from './instants.js';
import { barrierReportPayload, legalSetPagePayload } from './legalSchemas.js';
import { ownDataErasePayload } from './privacySchemas.js';
import { planSetImagePayload, signVideoSetPayload } from './mediaSchemas.js';
import { standCreatePayload, standRemovePayload, standUpdatePayload } from './standCommands.js';
import { editProfilePayload } from './standProfile.js';
import { libraryWithdrawPayload } from './libraryMark.js';
import { planPlaceStandPayload, planSetRoomAreaPayload } from './planEdit.js';
import { directoryJoinPayload, directoryLeavePayload } from './directory.js';

const sessionRef = { sessionId: entityId };
const questionRef = { questionId: z.uuid() };

/** Every command's payload, by type. The one list of what clients may ask the server to do. */
export const commandPayloads = {
  'session:move': z
    .object({
      ...sessionRef,
      startsAt: commandInstant.optional(),
      endsAt: commandInstant.optional(),
      roomId: entityId.optional(),
    })
    .refine((p) => p.startsAt !== undefined || p.endsAt !== undefined || p.roomId !== undefined, {
      message: 'give startsAt, endsAt or roomId',
    }),
  'session:cancel': z.object({
    ...sessionRef,
    reason: userText(limits.reason, { required: false }).optional(),
  }),
  'session:reinstate': z.object(sessionRef),
  'session:rename': z.object({
    ...sessionRef,
    title: userText(limits.title),
  }),
  'session:add': z.object({
    sessionId: entityId,
    title: userText(limits.title),
    abstract: userText(limits.abstract, { required: false }).optional(),
    speakers: z.array(userText(limits.name)).max(20).optional(),
    kind: z.enum(sessionKinds).optional(),
    startsAt: commandInstant,
    endsAt: commandInstant,
    roomId: entityId,
  }),
  'announcement:post': z.object({
    level: z.enum(announcementLevels),
    text: userText(limits.announcement),
    textEn: userText(limits.announcement, { required: false }).optional(),
  }),
  'question:ask': z.object({
    /** Made on the device, so a question sent twice (offline outbox, retry) is stored once. */
    questionId: z.uuid(),
    target: questionTargetSchema,
    text: userText(questionLimits.text),
    authorName: userText(questionLimits.authorName, { required: false }).optional(),
  }),
  'question:vote': z.object({ ...questionRef, up: z.boolean() }),
  'question:approve': z.object(questionRef),
  'question:hide': z.object(questionRef),
  'question:pin': z.object({ ...questionRef, pinned: z.boolean() }),
  'question:merge': z.object({ ...questionRef, intoId: z.uuid() }),
  'question:answer': z.object({ ...questionRef, text: userText(questionLimits.answer) }),
  'question:mark-answered': z.object({ ...questionRef, answered: z.boolean() }),
  'question:stage': z.object({ ...sessionRef, questionId: z.uuid().nullable() }),
  'stand:set-status': z.object({
    standId: entityId,
    text: userText(questionLimits.standStatus, { required: false }),
    availability: z.enum(standAvailability),
  }),
  'moderation:set-mode': z.object({ sessionId: entityId.nullable(), mode: z.enum(moderationModes) }),
  /** The whole programme, normalized from frab XML, schedule.json or CSV; applied as one batch. */
  'programme:import': programmeImportPayload,
  /** The stands file (docs/import-formats.md): all stands and the floor plan, replacing the old ones; `hostEdits` keeps fields edited on screen. */
  'stands:import': standsImportPayload,
  /** Personal data posted by mistake: the question goes, its text also from the stored log. */
  'question:delete': z.object(questionRef),
  /** Stops new questions for one session (or the whole event, sessionId null) and lets them in again. */
  'moderation:pause-questions': z.object({ sessionId: entityId.nullable(), paused: z.boolean() }),
  /** Event settings (name, dates, zone, venue, description, links), live on every phone. */
  'event:configure': eventConfigurePayload,
  'room:create': roomCreatePayload,
  'room:rename': roomRenamePayload,
  'room:reorder': roomReorderPayload,
  /** Refused while sessions or stands are in the room. */
  'room:remove': roomRemovePayload,
  /**
   * Empties the demo event in one step (programme, rooms, stands, floor plan, polls, questions,
   * announcements, its name and venue) and revokes the demo's moderator code; refused once the event is not the demo.
   * `eventId`: the event the organizer confirmed the removal of, so a late retry empties no other event.
   */
  'event:remove-demo': z.object({ eventId: entityId }),
  /** Polls: the id made by the moderator's device, so a retried create is stored once. */
  'poll:create': z.object({ pollId: z.uuid(), setup: pollSetupSchema }),
  'poll:update': z.object({ pollId: z.uuid(), setup: pollSetupSchema }),
  'poll:open': z.object({ pollId: z.uuid() }),
  'poll:close': z.object({ pollId: z.uuid() }),
  'poll:reveal': z.object({ pollId: z.uuid() }),
  'poll:delete': z.object({ pollId: z.uuid() }),
  /** One answer per device; a second one replaces the first while the poll is open. */
  'poll:vote': z.object({ pollId: z.uuid(), answer: pollAnswerSchema }),
  'poll:hide-word': z.object({ pollId: z.uuid(), word: userText(pollLimits.word) }),
  /** Lets attendees rate a session before it has ended. */
  'feedback:open': z.object({ sessionId: entityId }),
  'feedback:give': feedbackInputSchema,
  /** A posted announcement's new wording; every phone shows it in place, marked as corrected. */
  'announcement:correct': z.object({
    announcementId: entityId,
    text: userText(limits.announcement),
    textEn: userText(limits.announcement, { required: false }).optional(),
  }),
  /** A posted announcement taken back: it leaves every phone (and its urgent banner). */
  'announcement:withdraw': z.object({ announcementId: entityId }),
  /** The organizer's Impressum, Datenschutz, Barrierefreiheit or Leichte Sprache in one language (Markdown). */
  'legal:set-page': legalSetPagePayload,
  /** "Barriere melden": reaches the staff only. */
  'barrier:report': barrierReportPayload,
  /** "Jetzt löschen": the personal data erasure on time, done at once (the organizer confirmed it). */
  'personal-data:erase': z.object({}).strict(),
  /** "Meine Daten": this device's questions, names and comments erased; refused for a question another device sent. */
  'own-data:erase': ownDataErasePayload,
  /** The start page's sign-language video: a stored file's hash (the bytes went up before), or null. */
  'event:set-sign-video': signVideoSetPayload,
  /** The floor plan's image: a stored file's hash (the bytes went up before), or null. */
  'plan:set-image': planSetImagePayload,
  /** A stand's place on the plan, dragged or typed by the organizer (shared/planEdit.ts). */
  'plan:place-stand': planPlaceStandPayload,
  /** A room's rectangle on the plan, moved or resized by the organizer. */
  'plan:set-room-area': planSetRoomAreaPayload,
  /** The organizer's stands on screen (issue 25): name, municipality, topic, number, room. */
  'stand:create': standCreatePayload,
  'stand:update': standUpdatePayload,
  'stand:remove': standRemovePayload,
  /** A host's profile of their own stand (the organizer's of any): only the fields given change. */
  'stand:edit-profile': editProfilePayload,
  /** An answered stand question marked as one of the stand's "Häufige Fragen" (faq: false takes the mark away). */
  'question:mark-faq': z.object({ ...questionRef, faq: z.boolean() }),
  /** A project taken out of the series' library (withdrawn: false puts it back); also on a past event. */
  'library:withdraw': libraryWithdrawPayload,
  /** "Wer ist da?": this device's listing, from the card fields its person ticked (a second join updates it). */
  'directory:join': directoryJoinPayload,
  /** This device's listing off the list, from every phone and the stored log. */
  'directory:leave': directoryLeavePayload,
} as const;

export type CommandType = keyof typeof commandPayloads;
export const commandTypes = Object.keys(commandPayloads) as CommandType[];

/**
 * A payload of type K, derived from its schema. The schemas' transforms only clean strings
 * (`userText`), so a payload as a client sends it and as the server decides on it have this type.
 */
export type CommandPayload<K extends CommandType> = z.infer<(typeof commandPayloads)[K]>;

/**
 * A command as it travels: one member per type, so a misspelt field or an unknown type does not
 * compile on the sending side. The id is made by the client, which makes retries harmless.
 */
export type Command<K extends CommandType = CommandType> = {
  [P in K]: { id: string; type: P; payload: CommandPayload<P> };
}[K];

/**
 * The envelope is checked before the payload, so an unknown type and a bad payload get
 * different, precise errors.
 */
export const commandEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().min(1).max(64),
  payload: z.unknown(),
});

export function isCommandType(type: string): type is CommandType {
  return Object.hasOwn(commandPayloads, type);
}

/** The same schemas, typed per command, so `payloadSchemas[type]` parses to that type's payload. */
export const payloadSchemas: { [K in CommandType]: z.ZodType<CommandPayload<K>> } = commandPayloads;

/**
 * Why a command (one read back from a device's outbox, say) is not one this version accepts;
 * null when its envelope and payload parse with the shared schemas.
 */
export function commandProblem(raw: unknown): string | null {
  const envelope = commandEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return 'not a command';
  const { type, payload } = envelope.data;
  if (!isCommandType(type)) return `unknown command type ${type}`;
  const parsed = payloadSchemas[type].safeParse(payload);
  if (parsed.success) return null;
  return `${type}: ${parsed.error.issues.map((issue) => [...issue.path, issue.message].join(' ')).join('; ')}`;
}

/** True when the shared schemas accept `raw` as it is (see `CommandPayload` for why that gives its type). */
export function isCommand(raw: unknown): raw is Command {
  return commandProblem(raw) === null;
}
