import { z } from 'zod';

/**
 * A device asks what became of its own questions that never reached it published. A moderator or
 * stand host hiding a pending question sends a change to staff only, so without this the asker's
 * "Meine Fragen" would say "wartet auf Freigabe" forever. The ids are the ones the device made up
 * (random UUIDs, never shown to anyone else while pending), so knowing one is what makes a device
 * its asker; the answer carries ids and nothing of the text.
 */

/** More than a device keeps (100 questions); one request covers them all. */
export const maxOwnQuestions = 100;

export const ownQuestionsRequestSchema = z.object({
  questionIds: z.array(z.uuid()).max(maxOwnQuestions),
});

export const ownQuestionsReplySchema = z.discriminatedUnion('kind', [
  /** Of the ids asked about: those a moderator or host hid. */
  z.object({ kind: z.literal('ok'), hidden: z.array(z.uuid()).max(maxOwnQuestions) }),
  z.object({ kind: z.literal('error'), code: z.enum(['invalid_command', 'rate_limited']) }),
]);

export type OwnQuestionsReply = z.infer<typeof ownQuestionsReplySchema>;
export type OwnQuestionsRequest = z.infer<typeof ownQuestionsRequestSchema>;

/** The socket room of one pending question's asker: told at once when the question is hidden. */
export const ownQuestionRoom = (questionId: string) => `own:${questionId}`;
