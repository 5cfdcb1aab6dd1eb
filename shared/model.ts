import { z } from 'zod';
import { entityId, instant, limits } from './primitives.js';
import { standEntrySchema } from './standsImport.js';
import { userText } from './text.js';
import { sessionKinds } from './sessionKinds.js';
import { retentionLimits } from './privacy.js';
import { eventLinkInput, eventLinkSchema } from './links.js';

export { entityId, instant, limits } from './primitives.js';
export { eventLinkInput, eventLinkSchema } from './links.js';

export const roomSchema = z.object({
  id: entityId,
  name: z.string().min(1).max(limits.name),
  floor: z.string().max(limits.name).optional(),
  /** Position in the organizer's room order; rooms without one follow, by name. */
  order: z.number().int().nonnegative().optional(),
});

export { sessionKinds } from './sessionKinds.js';

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

/** A stand of the Markt der Projekte: what it shows, what it took and cost, whom to ask. */
export const standSchema = standEntrySchema;

/**
 * The event's texts as an organizer types them (event:configure) or a programme file brings them:
 * each through the one text rule, so no control character reaches a phone, an XML export or a
 * calendar. The stored schemas below stay as they were, so a log written before still reads.
 */
export const eventTextInput = {
  name: userText(limits.title),
  venue: userText(limits.title, { required: false }),
  city: userText(limits.name, { required: false }),
  address: userText(limits.title, { required: false }),
  description: userText(limits.abstract, { required: false }),
  links: z.array(eventLinkInput).max(10),
};

/** A room's texts as an organizer types or imports them. */
export const roomTextInput = {
  name: userText(limits.name),
  floor: userText(limits.name, { required: false }),
};

export const eventInfoSchema = z.object({
  id: entityId,
  name: z.string().min(1).max(limits.title),
  venue: z.string().max(limits.title),
  city: z.string().max(limits.name).default(''),
  timeZone: z.string().min(1).max(64),
  startsAt: instant,
  endsAt: instant,
  /** Street and town of the venue, for the calendar and the start page. */
  address: z.string().max(limits.title).optional(),
  description: z.string().max(limits.abstract).optional(),
  links: z.array(eventLinkSchema).max(10).optional(),
  /** The organizer lets search engines list the attendee pages (robots.txt); staff pages and the API never. */
  indexable: z.boolean().optional(),
  /** Days after the last day until askers' names, comments and reports are erased (shared/privacy.ts: 30 when unset). */
  retentionDays: z.number().int().min(retentionLimits.min).max(retentionLimits.max).optional(),
});

export const announcementLevels = ['info', 'urgent'] as const;

export const announcementSchema = z.object({
  id: z.string().min(1).max(limits.id),
  level: z.enum(announcementLevels),
  text: z.string().min(1).max(limits.announcement),
  textEn: z.string().max(limits.announcement).optional(),
  postedAt: instant,
  /** Set when a moderator corrected the text after posting. */
  correctedAt: instant.optional(),
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
export type EventLink = z.infer<typeof eventLinkSchema>;
export type Announcement = z.infer<typeof announcementSchema>;
export type Programme = z.infer<typeof programmeSchema>;
