import { z } from 'zod';
import { errorCodes } from './errors.js';

/**
 * Every refused HTTP request's body: a known code and, for input that cannot be read, where and
 * why. Its own module: errors.ts stays free of zod for the phone's first page.
 */
export const failureReplySchema = z.object({
  ok: z.literal(false),
  error: z.object({
    code: z.enum(errorCodes),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    retryAfterMs: z.number().optional(),
  }),
});

export type FailureReply = z.infer<typeof failureReplySchema>;
