import { z } from 'zod';
import { blobHashPattern, signVideoTypes, type SignVideo } from './media.js';

/** A stored file as a command or change names it: its hash, never its bytes. */
export const signVideoSchema = z.object({
  hash: z.string().regex(blobHashPattern),
  type: z.enum(signVideoTypes),
  size: z.number().int().min(1),
}) satisfies z.ZodType<SignVideo>;

/** The organizer's DGS video for the start page, uploaded first (POST /api/sign-video); null takes it off. */
export const signVideoSetPayload = z.object({ video: signVideoSchema.nullable() });

export const mediaChangeSchemas = {
  'event:sign-video-set': z.object({ video: signVideoSchema.nullable() }),
} as const;

/** What POST /api/sign-video answers: the stored file, for the `event:set-sign-video` that follows. */
export const signVideoUploadReply = z.object({ video: signVideoSchema });
export type SignVideoUploadReply = z.infer<typeof signVideoUploadReply>;
