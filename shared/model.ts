import { z } from 'zod';

/** Limits shared by schemas and UI, so a form can say what the server will enforce. */
export const limits = {
  id: 64,
  title: 200,
  abstract: 4000,
  announcement: 1000,
  reason: 300,
  name: 120,
} as const;

export const entityId = z
  .string()
  .min(1)
  .max(limits.id)
  .regex(/^[a-zA-Z0-9_-]+$/, 'letters, digits, "-" and "_" only');

/** An instant with offset, e.g. 2019-05-14T09:30:00+02:00; stored normalised to UTC. */
export const instant = z.iso.datetime({ offset: true });

export const roomSchema = z.object({
  id: entityId,
  name: z.string().min(1).max(limits.name),
  floor: z.string().max(limits.name).optional(),
});

export const sessionKinds = ['opening', 'talk', 'market', 'break', 'networking'] as const;

export const slotSchema = z.object({
  startsAt: instant,
  endsAt: instant,
  roomId: entityId,
});

export const sessionSchema = slotSchema.extend({
  id: entityId,
  title: z.string().min(1).max(limits.title),
  abstract: z.string().max(limits.abstract).default(''),
  speakers: z.array(z.string().min(1).max(limits.name)).max(20).default([]),
  kind: z.enum(sessionKinds).default('talk'),
  status: z.enum(['scheduled', 'cancelled']).default('scheduled'),
  cancelReason: z.string().max(limits.reason).optional(),
  /** The programme's slot before the first live change; drives the "geändert: alt → neu" mark. */
  original: slotSchema.optional(),
  /** Seq of the last live change, so clients can highlight what moved recently. */
  changedAtSeq: z.number().int().nonnegative().optional(),
});

export const standSchema = z.object({
  id: entityId,
  name: z.string().min(1).max(limits.title),
  municipality: z.string().max(limits.name).default(''),
  topic: z.string().max(limits.name).default(''),
  description: z.string().max(limits.abstract).default(''),
  roomId: entityId,
});

export const eventInfoSchema = z.object({
  id: entityId,
  name: z.string().min(1).max(limits.title),
  venue: z.string().max(limits.title),
  city: z.string().max(limits.name).default(''),
  timeZone: z.string().min(1).max(64),
  startsAt: instant,
  endsAt: instant,
});

export const announcementLevels = ['info', 'urgent'] as const;

export const announcementSchema = z.object({
  id: z.string().min(1).max(limits.id),
  level: z.enum(announcementLevels),
  text: z.string().min(1).max(limits.announcement),
  textEn: z.string().max(limits.announcement).optional(),
  postedAt: instant,
});

/** A whole programme: what the demo file, an import and the `programme:loaded` change carry. */
export const programmeSchema = z.object({
  event: eventInfoSchema,
  rooms: z.array(roomSchema).max(500),
  sessions: z.array(sessionSchema).max(5000),
  stands: z.array(standSchema).max(1000),
});

export type Room = z.infer<typeof roomSchema>;
export type Slot = z.infer<typeof slotSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type Stand = z.infer<typeof standSchema>;
export type EventInfo = z.infer<typeof eventInfoSchema>;
export type Announcement = z.infer<typeof announcementSchema>;
export type Programme = z.infer<typeof programmeSchema>;

/** What every attendee may see. Records keyed by id so the reducer can share untouched parts. */
export interface PublicState {
  event: EventInfo | null;
  rooms: Readonly<Record<string, Room>>;
  sessions: Readonly<Record<string, Session>>;
  stands: Readonly<Record<string, Stand>>;
  /** Newest first. */
  announcements: readonly Announcement[];
}

export const emptyState: PublicState = {
  event: null,
  rooms: {},
  sessions: {},
  stands: {},
  announcements: [],
};

/** Bumped when the state's shape changes; a client with another version takes a fresh snapshot. */
export const schemaVersion = 1;

export interface Snapshot {
  seq: number;
  schemaVersion: number;
  state: PublicState;
}
