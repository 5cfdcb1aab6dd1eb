import { z } from 'zod';
import { standsFileSchema } from './standsImport.js';
import {
  announcementLevels,
  entityId,
  instant,
  limits,
  sessionKinds,
} from './model.js';
import { programmeImportPayload } from './programmeImport.js';
import { moderationModes, questionLimits, questionTargetSchema, standAvailability } from './questions.js';

const sessionRef = { sessionId: entityId };
const questionRef = { questionId: z.uuid() };

/** Every command's payload, by type. The one list of what clients may ask the server to do. */
export const commandPayloads = {
  'session:move': z
    .object({
      ...sessionRef,
      startsAt: instant.optional(),
      endsAt: instant.optional(),
      roomId: entityId.optional(),
    })
    .refine((p) => p.startsAt !== undefined || p.endsAt !== undefined || p.roomId !== undefined, {
      message: 'give startsAt, endsAt or roomId',
    }),
  'session:cancel': z.object({
    ...sessionRef,
    reason: z.string().trim().max(limits.reason).optional(),
  }),
  'session:reinstate': z.object(sessionRef),
  'session:rename': z.object({
    ...sessionRef,
    title: z.string().trim().min(1).max(limits.title),
  }),
  'session:add': z.object({
    sessionId: entityId,
    title: z.string().trim().min(1).max(limits.title),
    abstract: z.string().max(limits.abstract).optional(),
    speakers: z.array(z.string().trim().min(1).max(limits.name)).max(20).optional(),
    kind: z.enum(sessionKinds).optional(),
    startsAt: instant,
    endsAt: instant,
    roomId: entityId,
  }),
  'announcement:post': z.object({
    level: z.enum(announcementLevels),
    text: z.string().trim().min(1).max(limits.announcement),
    textEn: z.string().trim().max(limits.announcement).optional(),
  }),
  'question:ask': z.object({
    /** Made on the device, so a question sent twice (offline outbox, retry) is stored once. */
    questionId: z.uuid(),
    target: questionTargetSchema,
    text: z.string().trim().min(1).max(questionLimits.text),
    authorName: z.string().trim().max(questionLimits.authorName).optional(),
  }),
  'question:vote': z.object({ ...questionRef, up: z.boolean() }),
  'question:approve': z.object(questionRef),
  'question:hide': z.object(questionRef),
  'question:pin': z.object({ ...questionRef, pinned: z.boolean() }),
  'question:merge': z.object({ ...questionRef, intoId: z.uuid() }),
  'question:answer': z.object({ ...questionRef, text: z.string().trim().min(1).max(questionLimits.answer) }),
  'question:mark-answered': z.object({ ...questionRef, answered: z.boolean() }),
  'question:stage': z.object({ ...sessionRef, questionId: z.uuid().nullable() }),
  'stand:set-status': z.object({
    standId: entityId,
    text: z.string().trim().max(questionLimits.standStatus),
    availability: z.enum(standAvailability),
  }),
  'moderation:set-mode': z.object({ sessionId: entityId.nullable(), mode: z.enum(moderationModes) }),
  /** The whole programme, normalized from frab XML, schedule.json or CSV; applied as one batch. */
  'programme:import': programmeImportPayload,
  /** The stands file (docs/import-formats.md): all stands and the floor plan, replacing the old ones. */
  'stands:import': standsFileSchema,
  /** A posted announcement's new wording; every phone shows it in place, marked as corrected. */
  'announcement:correct': z.object({
    announcementId: entityId,
    text: z.string().trim().min(1).max(limits.announcement),
    textEn: z.string().trim().max(limits.announcement).optional(),
  }),
  /** A posted announcement taken back: it leaves every phone (and its urgent banner). */
  'announcement:withdraw': z.object({ announcementId: entityId }),
} as const;

export type CommandType = keyof typeof commandPayloads;
export const commandTypes = Object.keys(commandPayloads) as CommandType[];

export type CommandPayload<K extends CommandType> = z.infer<(typeof commandPayloads)[K]>;

export type Command = {
  [K in CommandType]: { id: string; type: K; payload: CommandPayload<K> };
}[CommandType];

/**
 * The envelope is checked before the payload, so an unknown type and a bad payload get
 * different, precise errors. The id is made by the client, which makes retries harmless.
 */
export const commandEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().min(1).max(64),
  payload: z.unknown(),
});

export function isCommandType(type: string): type is CommandType {
  return Object.hasOwn(commandPayloads, type);
}

/** One command of type K; generic so a handler table can be called without losing the link. */
export type CommandOf<K extends CommandType> = {
  [P in K]: { id: string; type: P; payload: CommandPayload<P> };
}[K];

/** The same schemas, typed per command, so `payloadSchemas[type]` parses to that type's payload. */
export const payloadSchemas: { [K in CommandType]: z.ZodType<CommandPayload<K>> } = commandPayloads;
