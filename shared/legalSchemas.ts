import { z } from 'zod';
import { legalLanguages, legalLimits, legalPages, type BarrierReport, type LegalTexts } from './legal.js';
import { userText } from './text.js';

const pageTexts = z.object({ de: z.string().max(legalLimits.text).optional(), en: z.string().max(legalLimits.text).optional() });

/** The state's legal texts, as a snapshot brings them: only the known pages, each with its languages. */
export const legalTextsSchema = z.object(
  Object.fromEntries(legalPages.map((page) => [page, pageTexts.optional()])) as Record<(typeof legalPages)[number], z.ZodOptional<typeof pageTexts>>,
) satisfies z.ZodType<LegalTexts>;

export const barrierReportSchema = z.object({
  id: z.string().min(1).max(64),
  text: z.string().min(1).max(legalLimits.report),
  email: z.string().max(legalLimits.email).optional(),
  page: z.string().max(legalLimits.page),
  reportedAt: z.string(),
}) satisfies z.ZodType<BarrierReport>;

/** The organizer's text of one page in one language; an empty text goes back to the one Ortstermin ships. */
export const legalSetPagePayload = z.object({
  page: z.enum(legalPages),
  language: z.enum(legalLanguages),
  text: userText(legalLimits.text, { required: false }),
});

/** Made on the device (reportId), so a report sent twice from the outbox is stored once. */
export const barrierReportPayload = z.object({
  reportId: z.uuid(),
  text: userText(legalLimits.report),
  email: z.email().max(legalLimits.email).optional(),
  page: userText(legalLimits.page, { required: false }),
});

export const legalChangeSchemas = {
  'legal:page-set': z.object({ page: z.enum(legalPages), language: z.enum(legalLanguages), text: z.string().max(legalLimits.text) }),
  /** Staff only: the report never reaches an attendee's phone. */
  'barrier:reported': z.object({ report: barrierReportSchema }),
} as const;
