import type { PublicState } from '../../../shared/model';
import type { Question } from '../../../shared/questions';

export type MyQuestionState = 'sending' | 'failed' | 'submitted' | 'published' | 'answered' | 'merged' | 'hidden';

/** What `stateOf` needs of a question this device asked. */
export interface AskedHere {
  id: string;
  commandId: string;
  error?: string | undefined;
  /** The device once saw it published: missing now means a moderator hid it. */
  seenPublished?: boolean | undefined;
}

/**
 * Where one of my questions stands. The device only ever sees published questions, so one that
 * left the outbox and never showed up is waiting for a moderator ("eingereicht"); one that showed
 * up and is gone again was hidden. A merged question shows the one it was merged into (its answer
 * is the asker's answer).
 */
export function stateOf(
  question: AskedHere,
  state: PublicState,
  queuedIds: ReadonlySet<string>,
): { state: MyQuestionState; live?: Question } {
  if (question.error) return { state: 'failed' };
  if (queuedIds.has(question.commandId)) return { state: 'sending' };
  const live = state.questions[question.id];
  if (!live || live.status !== 'published') return { state: question.seenPublished ? 'hidden' : 'submitted' };
  const into = live.mergedInto ? state.questions[live.mergedInto] : undefined;
  if (into?.status === 'published') return { state: into.answered ? 'answered' : 'merged', live: into };
  return { state: live.answered ? 'answered' : 'published', live };
}

/** Ids of my questions that are published now but not yet recorded as seen. */
export function newlyPublished(mine: readonly AskedHere[], state: PublicState): Set<string> {
  return new Set(mine.filter((q) => !q.seenPublished && state.questions[q.id]?.status === 'published').map((q) => q.id));
}

/**
 * Questions my votes now count for: the server moves a merged duplicate's voters to the question
 * it went into, so the device marks that one as voted too (pressing it then takes the vote back).
 */
export function votesCarriedByMerge(voted: ReadonlySet<string>, state: PublicState): string[] {
  const carried = new Set<string>();
  for (const id of voted) {
    const into = state.questions[id]?.mergedInto;
    if (into && !voted.has(into)) carried.add(into);
  }
  return [...carried];
}
