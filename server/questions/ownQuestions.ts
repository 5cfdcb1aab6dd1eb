import type { Change } from '../../shared/changes.js';
import type { PublicState } from '../../shared/publicState.js';
import { ownQuestionRoom, ownQuestionsRequestSchema, type OwnQuestionsReply } from '../../shared/ownQuestions.js';
import { own } from '../../shared/records.js';

/**
 * Tells a device which of its questions were hidden, and has it watch the ones still pending
 * (`watch` joins the socket to their rooms), so a later hide reaches the asker at once.
 */
export function answerOwnQuestions(request: unknown, state: PublicState, watch: (room: string) => void): OwnQuestionsReply {
  const parsed = ownQuestionsRequestSchema.safeParse(request);
  if (!parsed.success) return { kind: 'error', code: 'invalid_command' };
  const hidden: string[] = [];
  for (const id of new Set(parsed.data.questionIds)) {
    const question = own(state.questions, id);
    if (question?.status === 'hidden') hidden.push(id);
    else if (question?.status === 'pending') watch(ownQuestionRoom(id));
  }
  return { kind: 'ok', hidden };
}

/** The question a change hides, whose asker is told: its id only, the text stays with staff. */
export function hiddenQuestionOf(change: Change): string | null {
  return change.type === 'question:hidden' ? change.data.question.id : null;
}
