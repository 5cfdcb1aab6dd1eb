import { z } from 'zod';
import { errorCodes, type CommandResult } from './errors.js';

/*
 * The shapes of refusals and acknowledgements on the wire, parsed by the client like every other
 * reply. Their own module: errors.ts stays free of zod for the phone's first page.
 */

const issuesSchema = z.array(z.object({ path: z.string(), message: z.string() }));

/** Every refused HTTP request's body: a known code and, for input that cannot be read, where and why. */
export const failureReplySchema = z.object({
  ok: z.literal(false),
  error: z.object({
    code: z.enum(errorCodes),
    issues: issuesSchema.optional(),
    retryAfterMs: z.number().optional(),
  }),
});

/** A command's acknowledgement: its place in the log, or a known error. */
export const commandAckSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), seq: z.number().int().min(0) }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      issues: issuesSchema.optional(),
      retryAfterMs: z.number().nonnegative().optional(),
    }),
  }),
]) satisfies z.ZodType<CommandResult>;

/** The ack as the protocol says it is, or null: a reply the client cannot read is no answer. */
export function parseCommandAck(raw: unknown): CommandResult | null {
  const parsed = commandAckSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
