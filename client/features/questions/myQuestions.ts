import { createEffect, createRoot, createSignal, untrack } from 'solid-js';
import { z } from 'zod';
import { questionTargetSchema, targetKey, type QuestionTarget } from '../../../shared/questions';
import { errorCodes } from '../../../shared/errors';
import { localErrorCodes, type ClientErrorCode } from '../../sync/commandResult';
import { refreshOwnQuestions, state, watchOwnQuestions } from '../../sync/connection';
import { onOutboxSettled, type OutboxEntry } from '../../sync/outbox';
import { readItem, writeItem } from '../../sync/storage';
import { newlyPublished } from './myQuestionState';

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
  error: z.enum([...errorCodes, ...localErrorCodes]).optional(),
  seenPublished: z.boolean().optional(),
  /** The server said a moderator hid it before it was ever published. */
  withheld: z.boolean().optional(),
});

export type MyQuestion = z.infer<typeof myQuestionSchema>;

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

export function rememberQuestion(question: Omit<MyQuestion, 'error' | 'seenPublished' | 'withheld'>): void {
  save([...mine(), question]);
}

export function forgetQuestion(id: string): void {
  save(mine().filter((q) => q.id !== id));
}

/** "Meine Daten": every question of this phone leaves it. */
export function forgetAllQuestions(): void {
  save([]);
}

function markFailed(commandId: string, code: ClientErrorCode): void {
  const current = untrack(mine);
  if (!current.some((q) => q.commandId === commandId)) return;
  save(current.map((q) => (q.commandId === commandId ? { ...q, error: code } : q)));
}

// Registered when the module loads (the session page imports it at start), so a refusal that
// arrives while the person is on another page is still recorded.
onOutboxSettled((command: OutboxEntry, result) => {
  if (command.type !== 'question:ask') return;
  if (result.ok) refreshOwnQuestions();
  else markFailed(command.id, result.error.code);
});

// A question hidden before it was published never reaches this device as a change: the server
// answers for its asker (on connect, and at once while connected), and the answer is kept here.
watchOwnQuestions({
  waiting: () => untrack(mine).filter((q) => !q.seenPublished && !q.withheld && !q.error).map((q) => q.id),
  hidden: (ids) => {
    const hidden = new Set(ids);
    save(untrack(mine).map((q) => (hidden.has(q.id) ? { ...q, withheld: true } : q)));
  },
});

// Recorded as soon as the device sees a question of mine published, whichever page is open, so
// that a later hide reads "ausgeblendet" rather than "eingereicht".
createRoot(() =>
  createEffect(() => {
    const seen = newlyPublished(mine(), state());
    if (seen.size > 0) save(untrack(mine).map((q) => (seen.has(q.id) ? { ...q, seenPublished: true } : q)));
  }),
);
