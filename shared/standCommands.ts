import { z } from 'zod';
import { standSchema } from './model.js';
import { entityId, limits } from './primitives.js';
import { userText } from './text.js';

/** A booth number as the organizer gives it ("Stand 12"). */
const standNumber = z.number().int().min(1).max(9999);
const optionalText = (max: number) => userText(max, { required: false });

/** The organizer's part of a stand: what it is called, where it stands; the host writes the profile. */
export const standBasicsSchema = standSchema.pick({ name: true, municipality: true, topic: true, roomId: true, number: true });
export type StandBasics = z.infer<typeof standBasicsSchema>;

/** `stand:create`: the id is made from the name when none is given. */
export const standCreatePayload = z.object({
  standId: entityId.optional(),
  name: userText(limits.title),
  municipality: optionalText(limits.name).optional(),
  topic: optionalText(limits.name).optional(),
  roomId: entityId,
  number: standNumber.optional(),
});

/** `stand:update`: only the fields given change; `number: null` takes the organizer's number away. */
export const standUpdatePayload = z
  .object({
    standId: entityId,
    name: userText(limits.title).optional(),
    municipality: optionalText(limits.name).optional(),
    topic: optionalText(limits.name).optional(),
    roomId: entityId.optional(),
    number: standNumber.nullable().optional(),
  })
  .refine((p) => Object.keys(p).some((key) => key !== 'standId'), { message: 'give at least one field to change' });

/** `stand:remove`: its codes are revoked, its answered questions stay readable under its name. */
export const standRemovePayload = z.object({ standId: entityId });
