import { z } from 'zod';
import { entityId, instant } from './primitives.js';
import { userText } from './text.js';

export const pollLimits = {
  question: 200,
  option: 80,
  options: 10,
  labels: 40,
  word: 30,
  wordsPerDevice: 3,
  comment: 500,
  /** Words shown in a cloud: more cannot be read from the back row. */
  cloudWords: 40,
} as const;

export const pollKinds = ['single', 'multiple', 'rating', 'words'] as const;
export type PollKind = (typeof pollKinds)[number];
export const ratingScales = [5, 10] as const;
export const pollStatuses = ['draft', 'open', 'closed'] as const;

/** What a moderator prepares: everything but the status, which only open/close change. */
export const pollSetupSchema = z
  .object({
    /** null: a poll for the whole event rather than one session. */
    sessionId: entityId.nullable(),
    kind: z.enum(pollKinds),
    question: userText(pollLimits.question),
    /** Single and multiple choice: the answers to pick from. */
    options: z.array(userText(pollLimits.option)).max(pollLimits.options).default([]),
    /** Multiple choice: at most this many picks. */
    maxChoices: z.number().int().min(1).max(pollLimits.options).optional(),
    /** Rating: 1–5 or 1–10, with words for both ends. */
    scale: z.union([z.literal(5), z.literal(10)]).optional(),
    lowLabel: userText(pollLimits.labels, { required: false }).optional(),
    highLabel: userText(pollLimits.labels, { required: false }).optional(),
  })
  .refine((p) => (p.kind === 'single' || p.kind === 'multiple' ? p.options.length >= 2 : p.options.length === 0), {
    message: 'choice polls need 2 to 10 options; other kinds none',
    path: ['options'],
  })
  .refine((p) => p.kind !== 'rating' || p.scale !== undefined, { message: 'a rating needs a scale', path: ['scale'] })
  .refine((p) => p.maxChoices === undefined || (p.kind === 'multiple' && p.maxChoices <= p.options.length), {
    message: 'maxChoices is for multiple choice, at most the number of options',
    path: ['maxChoices'],
  });

export type PollSetup = z.infer<typeof pollSetupSchema>;

export const pollSchema = z.object({
  id: z.uuid(),
  sessionId: entityId.nullable(),
  kind: z.enum(pollKinds),
  question: z.string().min(1).max(pollLimits.question),
  options: z.array(z.string().min(1).max(pollLimits.option)).max(pollLimits.options),
  maxChoices: z.number().int().min(1).optional(),
  scale: z.union([z.literal(5), z.literal(10)]).optional(),
  lowLabel: z.string().max(pollLimits.labels).optional(),
  highLabel: z.string().max(pollLimits.labels).optional(),
  status: z.enum(pollStatuses),
  /** Results reach attendees only once this is set, so the first answers do not steer the rest. */
  revealed: z.boolean(),
  createdAt: instant,
});
export type Poll = z.infer<typeof pollSchema>;

/** One device's answer; its shape must fit the poll's kind (the handler checks). */
export const pollAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choice'), options: z.array(z.number().int().min(0).max(pollLimits.options - 1)).min(1).max(pollLimits.options) }),
  z.object({ kind: z.literal('rating'), value: z.number().int().min(1).max(10) }),
  /** The same text rules as a question, each word on its own. */
  z.object({ kind: z.literal('words'), words: z.array(userText(pollLimits.word)).min(1).max(pollLimits.wordsPerDevice) }),
]);
export type PollAnswer = z.infer<typeof pollAnswerSchema>;

export const cloudWordSchema = z.object({ key: z.string(), word: z.string(), count: z.number().int().nonnegative() });

export const pollResultsSchema = z.object({
  voters: z.number().int().nonnegative(),
  /** Choices: picks per option; rating: votes per value (index 0 is 1). */
  counts: z.array(z.number().int().nonnegative()),
  average: z.number().nullable(),
  /** Word cloud: merged words, most frequent first; hidden words left out. */
  words: z.array(cloudWordSchema),
});
export type PollResults = z.infer<typeof pollResultsSchema>;
export type CloudWord = z.infer<typeof cloudWordSchema>;

export const feedbackInputSchema = z.object({
  sessionId: entityId,
  stars: z.number().int().min(1).max(5),
  comment: userText(pollLimits.comment, { required: false }).optional(),
});

export const feedbackCommentSchema = z.object({ stars: z.number().int().min(1).max(5), text: z.string(), at: instant });
export const feedbackSummarySchema = z.object({
  count: z.number().int().nonnegative(),
  /** Ratings per star, index 0 is one star. */
  distribution: z.array(z.number().int().nonnegative()).length(5),
  average: z.number().nullable(),
  comments: z.array(feedbackCommentSchema),
});
export type FeedbackSummary = z.infer<typeof feedbackSummarySchema>;
export type FeedbackComment = z.infer<typeof feedbackCommentSchema>;

const byId = <T extends z.ZodType>(schema: T) => z.record(z.string(), schema);
export const pollsStateSchema = z.object({
  polls: byId(pollSchema),
  results: byId(pollResultsSchema),
  hiddenWords: byId(z.array(z.string())),
  feedbackOpen: byId(z.literal(true)),
  feedback: byId(feedbackSummarySchema),
});
