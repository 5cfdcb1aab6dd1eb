import { z } from 'zod';
import { contactDraftsSchema } from './standProfile.js';
import { libraryMarkSchema } from './libraryMark.js';
import { parseChange, type Change } from './changes.js';
import type { SyncBody, SyncReply, SyncRequest } from './events.js';
import { announcementSchema, eventInfoSchema, roomSchema, sessionSchema, standSchema } from './model.js';
import type { PublicState, Snapshot } from './publicState.js';
import { moderationModes, questionSchema, standStatusSchema } from './questions.js';
import { floorPlanSchema } from './standsImport.js';
import { put } from './records.js';
import { pollsStateSchema } from './polls.js';
import { barrierReportSchema, legalTextsSchema } from './legalSchemas.js';
import { planImageSchema, signVideoSchema } from './mediaSchemas.js';
import { directoryListingSchema } from './directory.js';

/**
 * The device's check of a sync reply, as of every live change: a phone applies only what it can
 * read. A reply that does not parse is refused whole; the device keeps its state and asks again.
 */

/**
 * A record keyed by ids. Not z.record: it assigns each key, and an id such as "__proto__" then
 * sets the prototype instead of adding an entry, so a phone reading a snapshot would drop a
 * session that a phone replaying changes keeps. Entries are defined as own properties.
 */
const byId = <T extends z.ZodType>(schema: T) =>
  z
    .custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value))
    .transform((record, ctx) => {
      const out: Record<string, z.output<T>> = {};
      for (const [id, value] of Object.entries(record)) {
        const parsed = schema.safeParse(value);
        if (!parsed.success) {
          ctx.addIssue({ code: 'custom', message: `entry ${id.slice(0, 64)} does not match`, path: [id] });
          return z.NEVER;
        }
        put(out, id, parsed.data);
      }
      return out;
    });

export const publicStateSchema = z.object({
  event: eventInfoSchema.nullable(),
  rooms: byId(roomSchema),
  sessions: byId(sessionSchema),
  stands: byId(standSchema),
  announcements: z.array(announcementSchema),
  questions: byId(questionSchema),
  stage: byId(z.string()),
  standStatus: byId(standStatusSchema),
  moderation: z.object({
    mode: z.enum(moderationModes),
    sessions: byId(z.enum(moderationModes)),
    paused: z.boolean().optional(),
    pausedSessions: byId(z.boolean()).optional(),
  }),
  floorPlan: floorPlanSchema.nullable(),
  polls: pollsStateSchema,
  legal: legalTextsSchema,
  barrierReports: z.array(barrierReportSchema),
  signVideo: signVideoSchema.nullable(),
  planImage: planImageSchema.nullable(),
  standContacts: byId(contactDraftsSchema),
  formerStands: byId(z.string()),
  library: byId(libraryMarkSchema),
  directory: byId(directoryListingSchema),
}) satisfies z.ZodType<PublicState>;

const seq = z.number().int().min(0);

/** What a (re)connecting device asks for: what it missed since `lastSeq`, or (null) everything. */
export const syncRequestSchema = z.object({ lastSeq: seq.nullable(), schemaVersion: z.number().int(), gzip: z.boolean().optional() }) satisfies z.ZodType<SyncRequest>;

export const snapshotSchema = z.object({ seq, schemaVersion: z.number().int(), state: publicStateSchema }) satisfies z.ZodType<Snapshot>;

const changeEnvelopeSchema = z.object({ seq: z.number().int().min(1), at: z.string(), type: z.string(), audience: z.string(), data: z.unknown() });

const errorReplySchema = z.object({ kind: z.literal('error'), code: z.enum(['invalid_command', 'rate_limited']) });

const replySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('changes'), changes: z.array(changeEnvelopeSchema), seq, serverTime: z.number(), protocol: z.number().int().optional() }),
  z.object({ kind: z.literal('snapshot'), snapshot: snapshotSchema, serverTime: z.number(), protocol: z.number().int().optional() }),
  errorReplySchema,
]);

const encodedSchema = z.object({
  kind: z.literal('encoded'),
  body: z.union([z.instanceof(Uint8Array), z.instanceof(ArrayBuffer)]),
  encoding: z.literal('gzip').optional(),
  serverTime: z.number(),
  protocol: z.number().int().optional(),
});

/** Whether this browser (or Node) can unpack a gzip'd catch-up: every engine since 2023 can. */
export function canGunzip(): boolean {
  return typeof DecompressionStream === 'function';
}

/** Whether the ack's body is gzip'd: `gunzipSyncAck` must unpack it before `parseSyncReply` reads it. */
export function isGzipAck(raw: unknown): boolean {
  const encoded = encodedSchema.safeParse(raw);
  return encoded.success && encoded.data.encoding === 'gzip';
}

/** The ack with its gzip'd body unpacked (as JSON bytes), or null when it cannot be. */
export async function gunzipSyncAck(raw: unknown): Promise<unknown> {
  const encoded = encodedSchema.safeParse(raw);
  if (!encoded.success || encoded.data.encoding !== 'gzip') return raw;
  try {
    const stream = new Blob([encoded.data.body]).stream().pipeThrough(new DecompressionStream('gzip'));
    const body = new Uint8Array(await new Response(stream).arrayBuffer());
    return { kind: 'encoded', body, serverTime: encoded.data.serverTime, protocol: encoded.data.protocol };
  } catch {
    return null;
  }
}

/** The body as it goes on the wire (see `SyncAck`): UTF-8 JSON bytes. */
export function encodeSyncBody(body: SyncBody): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(body));
}

function decodeBody(bytes: Uint8Array | ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}

/** The reply the ack carries, untyped: only errors travel unencoded. */
function unwrap(raw: unknown): unknown {
  const encoded = encodedSchema.safeParse(raw);
  if (!encoded.success) return errorReplySchema.safeParse(raw).success ? raw : null;
  // Still packed: not readable here (gunzipSyncAck first).
  if (encoded.data.encoding === 'gzip') return null;
  const body = decodeBody(encoded.data.body);
  const { serverTime, protocol } = encoded.data;
  return body !== null && typeof body === 'object' ? { ...body, serverTime, ...(protocol === undefined ? {} : { protocol }) } : null;
}

/**
 * The sync ack, decoded and typed, or null when any part of it (each change included) is not
 * what the protocol says.
 */
export function parseSyncReply(raw: unknown): SyncReply | null {
  const reply = replySchema.safeParse(unwrap(raw));
  if (!reply.success) return null;
  if (reply.data.kind !== 'changes') return reply.data;
  const changes: Change[] = [];
  for (const envelope of reply.data.changes) {
    const change = parseChange(envelope);
    if (!change) return null;
    changes.push(change);
  }
  return { ...reply.data, changes };
}
