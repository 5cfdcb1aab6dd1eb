import { z } from 'zod';
import { maxOwnDataQuestions } from './privacy.js';

/** "Meine Daten": the questions this phone says it sent; the server erases them and everything else the device sent. */
export const ownDataErasePayload = z.object({ questionIds: z.array(z.uuid()).max(maxOwnDataQuestions) });

export const privacyChangeSchemas = {
  /**
   * Personal data erased on time (or at once, "Jetzt löschen"): askers' names, feedback comments,
   * barrier reports; the stored log was rewritten in the same batch, phones drop them with this.
   */
  'personal-data:erased': z.object({}),
  /** Internal: who asked a question, so "Meine Daten" can erase it for that device and no other. */
  'question:asker-noted': z.object({ questionId: z.string(), deviceId: z.string() }),
  /** Erased by its asker ("Meine Daten"): text and name gone, a staff answer stays under "Frage gelöscht". */
  'question:erased': z.object({ questionId: z.string() }),
  /** Internal: one device's comment on a session erased ("Meine Daten"); its stars stay counted. */
  'feedback:comment-erased': z.object({ sessionId: z.string(), deviceId: z.string() }),
} as const;
