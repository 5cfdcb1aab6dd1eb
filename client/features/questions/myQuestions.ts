import { createSignal, untrack } from 'solid-js';
import { z } from 'zod';
import type { PublicState } from '../../../shared/model';
import { questionTargetSchema, targetKey, type Question, type QuestionTarget } from '../../../shared/questions';
import { errorCodes } from '../../../shared/errors';
import type { ClientErrorCode } from '../../sync/commandResult';
import { onOutboxSettled, type QueuedCommand } from '../../sync/outbox';
import { readItem, writeItem } from '../../sync/storage';

const storageKey = 'ortstermin.myQuestions';
/** More than anyone asks in a day; keeps the stored list bounded. */
const keep = 100;

const myQuestionSchema = z.object({
  id: z.string(),
  /** The outbox command that carries it: while that is queued, the question is "wird gesendet". */
  commandId: z.string(),
  target: questionTargetSchema,
  text: z.string(),
  askedAt: z.number(),
  /** Set when the server refused it for good. */
  error: z.enum([...errorCodes, 'timeout', 'offline']).optional(),
});

export type MyQuestion = z.infer<typeof myQuestionSchema>;
export type MyQuestionState = 'sending' | 'failed' | 'submitted' | 'published' | 'answered';

function load(): MyQuestion[] {
  try {
    const parsed = z.array(myQuestionSchema).safeParse(JSON.parse(readItem(storageKey) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

const [mine, setMine] = createSignal<readonly MyQuestion[]>(load());

function save(next: readonly MyQuestion[]): void {
  const kept = next.slice(-keep);
  setMine(kept);
  writeItem(storageKey, JSON.stringify(kept));
}

/** Questions asked on this device, oldest first. */
export const myQuestions = mine;

export function myQuestionsFor(target: QuestionTarget): MyQuestion[] {
  const key = targetKey(target);
  return mine().filter((q) => targetKey(q.target) === key);
}

export function rememberQuestion(question: Omit<MyQuestion, 'error'>): void {
  save([...mine(), question]);
}

export function forgetQuestion(id: string): void {
  save(mine().filter((q) => q.id !== id));
}

function markFailed(commandId: string, code: ClientErrorCode): void {
  const current = untrack(mine);
  if (!current.some((q) => q.commandId === commandId)) return;
  save(current.map((q) => (q.commandId === commandId ? { ...q, error: code } : q)));
}

// Registered when the module loads (the session page imports it at start), so a refusal that
// arrives while the person is on another page is still recorded.
onOutboxSettled((command: QueuedCommand, result) => {
  if (command.type === 'question:ask' && !result.ok) markFailed(command.id, result.error.code);
});

/**
 * Where one of my questions stands. The device only ever sees published questions, so one that
 * left the outbox but is not in the state is waiting for a moderator ("eingereicht").
 */
export function stateOf(
  question: MyQuestion,
  state: PublicState,
  queuedIds: ReadonlySet<string>,
): { state: MyQuestionState; live?: Question } {
  if (question.error) return { state: 'failed' };
  if (queuedIds.has(question.commandId)) return { state: 'sending' };
  const live = state.questions[question.id];
  if (!live || live.status !== 'published') return { state: 'submitted' };
  return { state: live.answered ? 'answered' : 'published', live };
}
