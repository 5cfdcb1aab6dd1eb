import { z } from 'zod';
import { eventInfoSchema, eventTextInput, limits, roomSchema, roomTextInput, sessionSchema, type EventInfo, type Room } from './model.js';
import { userText } from './text.js';

/** The programme formats an organizer can import; docs/import-formats.md describes each. */
export const importFormats = ['frab-xml', 'schedule-json', 'csv'] as const;
export type ImportFormat = (typeof importFormats)[number];

/**
 * Our own XML export of the largest event we accept (5,000 sessions with long abstracts) is about
 * 6 M characters: its re-import must fit. The HTTP body limit for /api/import/* sits above this.
 */
export const maxImportChars = 12_000_000;

/** Where a file's exact dates and its local start times disagree: read by the offsets, or by the times in the zone. */
export const timeReadings = ['offset', 'zone'] as const;

export const importRequestSchema = z.object({
  format: z.enum(importFormats),
  content: z.string().min(1).max(maxImportChars),
  /** The organizer's choice after a preview reported a `timeConflict`. */
  timeReading: z.enum(timeReadings).optional(),
});

export const applyImportSchema = importRequestSchema.extend({
  /** The seq the preview was made at: any programme change since then refuses the import. */
  baseSeq: z.number().int().nonnegative(),
});

/**
 * Imported sessions carry no live-change marks: those belong to changes made on the day. Their
 * texts go through the text rule: control characters and bidi controls out (tabs and line breaks
 * of an abstract stay), a title that shows nothing refused.
 */
export const importedSessionSchema = sessionSchema.omit({ original: true, changedAtSeq: true }).extend({
  title: userText(limits.title),
  abstract: userText(limits.abstract, { required: false }).default(''),
  speakers: z.array(userText(limits.name)).max(20).default([]),
  cancelReason: userText(limits.reason, { required: false }).optional(),
});

/** The event as an import brings it; its texts through the text rule. */
export const importedEventSchema = eventInfoSchema.extend({
  name: eventTextInput.name,
  venue: eventTextInput.venue,
  city: eventTextInput.city.default(''),
  address: eventTextInput.address.optional(),
  description: eventTextInput.description.optional(),
  links: eventTextInput.links.optional(),
});

export const importedRoomSchema = roomSchema.extend({ name: roomTextInput.name, floor: roomTextInput.floor.optional() });

/** The normalized programme every importer produces; stands come from their own file. */
export const importedProgrammeSchema = z.object({
  event: importedEventSchema,
  rooms: z.array(importedRoomSchema).max(500),
  sessions: z.array(importedSessionSchema).max(5000),
});

/**
 * A programme replaced at once. Staleness is the HTTP apply's concern (`baseSeq`, checked under
 * the import lock); the command decides against whatever programme it commits to.
 */
export const programmeImportPayload = z.object({ programme: importedProgrammeSchema });

export type ImportedSession = z.infer<typeof importedSessionSchema>;
export type ImportedProgramme = z.infer<typeof importedProgrammeSchema>;

/** Change types that alter the programme: one of them after a preview makes the preview stale. */
export function changesProgramme(changeType: string): boolean {
  return /^(programme|session|room|event):/.test(changeType);
}

/** 53-bit string hash (cyrb53): cheap, stable across runtimes, enough to notice a changed state. */
function hash53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

interface ProgrammeLike {
  event: EventInfo | null;
  rooms: Readonly<Record<string, Room>>;
  sessions: Readonly<Record<string, ImportedSession>>;
}

/** Fields in a fixed order: objects built live and objects read back from the log digest alike. */
const eventFields = (e: EventInfo | null) => e && [e.id, e.name, e.venue, e.city, e.timeZone, e.startsAt, e.endsAt];
const roomFields = (r: Room) => [r.id, r.name, r.floor ?? null];
const sessionFields = (s: ImportedSession) => [
  s.id, s.title, s.abstract, s.speakers, s.kind, s.status, s.cancelReason ?? null, s.startsAt, s.endsAt, s.roomId,
];

/**
 * A fingerprint of what an import changes (event, rooms, sessions), ignoring questions and votes,
 * so a preview only goes stale when the programme itself changed.
 */
export function programmeDigest(state: ProgrammeLike): string {
  const sorted = <T>(record: Readonly<Record<string, T>>) =>
    Object.entries(record)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, value]) => value);
  const text = JSON.stringify([
    eventFields(state.event),
    sorted(state.rooms).map(roomFields),
    sorted(state.sessions).map(sessionFields),
  ]);
  return `${hash53(text, 1)}-${hash53(text, 2)}`;
}
