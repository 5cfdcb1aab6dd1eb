import type { PublicState } from '../../../shared/publicState';
import type { Question, QuestionTarget } from '../../../shared/questions';

export type MyQuestionState = 'sending' | 'failed' | 'submitted' | 'published' | 'answered' | 'merged' | 'hidden' | 'unpublished';

/** What `stateOf` needs of a question this device asked. */
export interface AskedHere {
  id: string;
  commandId: string;
  error?: string | undefined;
  /** The device once saw it published: missing now means a moderator hid it. */
  seenPublished?: boolean | undefined;
  /** The server told this device a moderator hid it before it was published. */
  withheld?: boolean | undefined;
  target?: QuestionTarget | undefined;
  /** When this device asked it (ms). */
  askedAt?: number | undefined;
}

/** After a session's end, how long a moderator may still approve what was asked during it. */
export const approvalGraceMs = 15 * 60_000;

/**
 * A waiting question whose session is cancelled, or was asked during a session that ended a
 * while ago, will not be approved any more: one no moderator decided on (or hid while this device
 * was away) stops saying "wartet auf Freigabe" at the session's end.
 */
function noLongerWaiting(question: AskedHere, state: PublicState, nowMs: number | undefined): boolean {
  if (question.target?.kind !== 'session' || nowMs === undefined) return false;
  const session = state.sessions[question.target.id];
  if (!session) return false;
  if (session.status === 'cancelled') return true;
  const endsAt = Date.parse(session.endsAt);
  // Asked after the end, it may still be approved: only what was asked during the session expires.
  const askedDuring = question.askedAt !== undefined && question.askedAt < endsAt;
  return askedDuring && nowMs >= endsAt + approvalGraceMs;
}

/**
 * Where one of my questions stands. The device only ever sees published questions, so one that
 * left the outbox and never showed up is waiting for a moderator ("eingereicht"); one that showed
 * up and is gone again, or that the server says was hidden while waiting, was hidden. A merged question shows the one it was merged into (its answer
 * is the asker's answer).
 */
export function stateOf(
  question: AskedHere,
  state: PublicState,
  queuedIds: ReadonlySet<string>,
  nowMs?: number,
): { state: MyQuestionState; live?: Question } {
  if (question.error) return { state: 'failed' };
  if (queuedIds.has(question.commandId)) return { state: 'sending' };
  const live = state.questions[question.id];
  if (!live || live.status !== 'published') {
    if (question.seenPublished || question.withheld) return { state: 'hidden' };
    return { state: noLongerWaiting(question, state, nowMs) ? 'unpublished' : 'submitted' };
  }
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
