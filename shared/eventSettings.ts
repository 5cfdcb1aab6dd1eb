import { z } from 'zod';
import { entityId, eventLinkSchema, instant, limits, type Room } from './model.js';

/** The organizer's event settings: each field optional, so a form sends what it changed. */
export const eventConfigurePayload = z
  .object({
    name: z.string().trim().min(1).max(limits.title).optional(),
    venue: z.string().trim().max(limits.title).optional(),
    address: z.string().trim().max(limits.title).optional(),
    city: z.string().trim().max(limits.name).optional(),
    timeZone: z.string().trim().min(1).max(64).optional(),
    startsAt: instant.optional(),
    endsAt: instant.optional(),
    description: z.string().max(limits.abstract).optional(),
    links: z.array(eventLinkSchema).max(10).optional(),
  })
  .refine((p) => Object.values(p).some((value) => value !== undefined), { message: 'give at least one setting' });

const roomName = z.string().trim().min(1).max(limits.name);

export const roomCreatePayload = z.object({ roomId: entityId.optional(), name: roomName, floor: z.string().trim().max(limits.name).optional() });
export const roomRenamePayload = z.object({ roomId: entityId, name: roomName });
/** Every room of the event, in the order attendees should see them. */
export const roomReorderPayload = z.object({ roomIds: z.array(entityId).min(1).max(500) });
export const roomRemovePayload = z.object({ roomId: entityId });

/** Rooms in the organizer's order; rooms never ordered follow, by name. */
export function orderedRooms(rooms: Readonly<Record<string, Room>>): Room[] {
  const position = (room: Room) => room.order ?? Number.MAX_SAFE_INTEGER;
  return Object.values(rooms).sort((a, b) => position(a) - position(b) || a.name.localeCompare(b.name, 'de'));
}
