import { z } from 'zod';

export { limits } from './limits.js';
import { limits } from './limits.js';

export const entityId = z
  .string()
  .min(1)
  .max(limits.id)
  .regex(/^[a-zA-Z0-9_-]+$/, 'letters, digits, "-" and "_" only');

/**
 * An instant with any offset in, e.g. 2019-05-14T09:30:00+02:00, and out in the one UTC form
 * `Date.toISOString` writes (2019-05-14T07:30:00.000Z): every instant that passes the edge then
 * compares and sorts as a string, and rows stored with an offset are normalised as they load.
 * A year that leaves four digits in UTC (0000 east of Greenwich) has no such form and is refused.
 */
export const instant = z.iso
  .datetime({ offset: true })
  .transform((value, ctx) => {
    const utc = new Date(value);
    const iso = Number.isNaN(utc.getTime()) ? '' : utc.toISOString();
    if (/^\d{4}-/.test(iso)) return iso;
    ctx.addIssue({ code: 'custom', message: 'must be an instant between the years 0000 and 9999 in UTC', input: value });
    return z.NEVER;
  });


/** Text a person typed for others to read (a question, a poll word): trimmed, not empty, bounded. */
