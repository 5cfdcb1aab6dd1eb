import { z } from 'zod';
import { retentionLimits } from './privacy.js';
import { entityId, eventTextInput, instant, roomTextInput } from './model.js';

/** The organizer's event settings: each field optional, so a form sends what it changed. */
export const eventConfigurePayload = z
  .object({
    name: eventTextInput.name.optional(),
    venue: eventTextInput.venue.optional(),
    address: eventTextInput.address.optional(),
    city: eventTextInput.city.optional(),
    /** Not free text: the handler refuses a zone `Intl` does not know. */
    timeZone: z.string().trim().min(1).max(64).optional(),
    startsAt: instant.optional(),
    endsAt: instant.optional(),
    description: eventTextInput.description.optional(),
    links: eventTextInput.links.optional(),
    indexable: z.boolean().optional(),
    retentionDays: z.number().int().min(retentionLimits.min).max(retentionLimits.max).optional(),
  })
  .refine((p) => Object.values(p).some((value) => value !== undefined), { message: 'give at least one setting' });

export const roomCreatePayload = z.object({ roomId: entityId.optional(), name: roomTextInput.name, floor: roomTextInput.floor.optional() });
export const roomRenamePayload = z.object({ roomId: entityId, name: roomTextInput.name });
/** Every room of the event, in the order attendees should see them. */
export const roomReorderPayload = z.object({ roomIds: z.array(entityId).min(1).max(500) });
export const roomRemovePayload = z.object({ roomId: entityId });

