import { z } from 'zod';

/** pretalx writes null for empty texts; schedule v2 allows { de: …, en: … }. */
export const optionalText = z
  .union([z.string(), z.null(), z.record(z.string(), z.string())])
  .optional()
  .transform((value) => (typeof value === 'object' && value !== null ? (value.de ?? Object.values(value)[0] ?? '') : (value ?? '')));

export const personSchema = z.looseObject({ public_name: z.string().optional(), full_public_name: z.string().optional(), name: z.string().optional() });
