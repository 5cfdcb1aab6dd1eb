import { z } from 'zod';
import { entityId, limits } from './primitives.js';
import { roles } from './roles.js';
import { userText } from './text.js';

/**
 * The access API's requests and replies: the server validates the requests with these and types
 * its replies with them; the client parses the replies with the same schemas.
 */

export const staffRoles = ['moderator', 'organizer', 'host'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Printed on the code's card and listed for the organizer: typed text, so the text rule. */
const label = userText(limits.name);

export const newCodeSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('moderator'), label }),
  z.object({ role: z.literal('organizer'), label }),
  z.object({ role: z.literal('host'), standId: entityId, label }),
]);

export const redeemRequestSchema = z.object({ code: z.string().min(16).max(128) });

export const codeRecordSchema = z.object({
  id: z.uuid(),
  role: z.enum(staffRoles),
  standId: z.string().nullable(),
  label: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});

export const createdCodeSchema = z.object({
  record: codeRecordSchema,
  code: z.string().min(16),
  link: z.url(),
  // Shown in an <img>: only a PNG data URL, never another scheme or host.
  qrDataUrl: z.string().startsWith('data:image/png;base64,'),
});

export const codeListSchema = z.object({ codes: z.array(codeRecordSchema) });
export const redeemReplySchema = z.object({ token: z.string().min(16), role: z.enum(staffRoles), standId: z.string().nullable() });
export const meReplySchema = z.object({ role: z.enum(roles), standId: z.string().nullable() });
/** Live figures for the organizer: names to counts. */
export const figuresSchema = z.record(z.string(), z.number());

export type NewCode = z.infer<typeof newCodeSchema>;
export type CodeRecord = z.infer<typeof codeRecordSchema>;
export type CreatedCode = z.infer<typeof createdCodeSchema>;
export type Redeemed = z.infer<typeof redeemReplySchema>;
export type Me = z.infer<typeof meReplySchema>;
export type Figures = z.infer<typeof figuresSchema>;

/** POST /api/device: an id issued and signed by the server, kept by the device from then on. */
export const issuedDeviceSchema = z.object({ deviceId: z.string().min(8).max(64) });
export type IssuedDevice = z.infer<typeof issuedDeviceSchema>;
