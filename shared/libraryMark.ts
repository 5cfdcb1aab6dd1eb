import { z } from 'zod';
import { entityId, instant } from './primitives.js';

/*
 * The protocol's part of the library (the command and what an event's state keeps), apart from the
 * library itself, which reads the whole state: the state's shape imports only this.
 */

/** `library:withdraw`: the organizer or the stand's own host takes the project out of the library (or puts it back). */
export const libraryWithdrawPayload = z.object({ standId: entityId, withdrawn: z.boolean() });

/** One event's last word on a project's entry; across events the latest one counts. */
export const libraryMarkSchema = z.object({ withdrawn: z.boolean(), at: instant });
export type LibraryMark = z.infer<typeof libraryMarkSchema>;
