import { z } from 'zod';
import { dropLimits, mailboxIdPattern } from './dropLimits.js';

/* The mailbox routes' schemas (server/drops): the id in the path, and what a fetch answers. */

export const mailboxIdSchema = z.string().regex(mailboxIdPattern);

/** `GET /api/drops/:mailbox`: the items as base64, each given once. */
export const dropsReplySchema = z.object({ items: z.array(z.string().max(Math.ceil(dropLimits.itemBytes / 3) * 4 + 4)).max(dropLimits.itemsPerMailbox * 4) });
export type DropsReply = z.infer<typeof dropsReplySchema>;
