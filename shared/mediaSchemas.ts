import { z } from 'zod';
import { blobHashPattern, planImageTypes, signVideoTypes, type PlanImage, type SignVideo } from './media.js';

/** A stored file as a command or change names it: its hash, never its bytes. */
export const signVideoSchema = z.object({
  hash: z.string().regex(blobHashPattern),
  type: z.enum(signVideoTypes),
  size: z.number().int().min(1),
}) satisfies z.ZodType<SignVideo>;

/** The organizer's DGS video for the start page, uploaded first (POST /api/sign-video); null takes it off. */
export const signVideoSetPayload = z.object({ video: signVideoSchema.nullable() });

export const planImageSchema = z.object({
  hash: z.string().regex(blobHashPattern),
  type: z.enum(planImageTypes),
  size: z.number().int().min(1),
}) satisfies z.ZodType<PlanImage>;

/** The floor plan's image, uploaded first (POST /api/plan/image); null takes it off the map. */
export const planSetImagePayload = z.object({ image: planImageSchema.nullable() });

export const mediaChangeSchemas = {
  'event:sign-video-set': z.object({ video: signVideoSchema.nullable() }),
  'plan:image-set': z.object({ image: planImageSchema.nullable() }),
} as const;

/** What POST /api/sign-video answers: the stored file, for the `event:set-sign-video` that follows. */
export const signVideoUploadReply = z.object({ video: signVideoSchema });
export type SignVideoUploadReply = z.infer<typeof signVideoUploadReply>;

/** What POST /api/plan/image answers: the stored image (metadata removed), for `plan:set-image`. */
export const planImageUploadReply = z.object({ image: planImageSchema });
export type PlanImageUploadReply = z.infer<typeof planImageUploadReply>;
