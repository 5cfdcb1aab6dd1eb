import { z } from 'zod';

/** Limits shared by schemas and UI, so a form can say what the server will enforce. */
export const limits = {
  id: 64,
  title: 200,
  abstract: 4000,
  announcement: 1000,
  reason: 300,
  name: 120,
} as const;

export const entityId = z
  .string()
  .min(1)
  .max(limits.id)
  .regex(/^[a-zA-Z0-9_-]+$/, 'letters, digits, "-" and "_" only');

/** An instant with offset, e.g. 2019-05-14T09:30:00+02:00; stored normalised to UTC. */
export const instant = z.iso.datetime({ offset: true });


/** Text a person typed for others to read (a question, a poll word): trimmed, not empty, bounded. */
