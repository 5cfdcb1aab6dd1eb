import { sortedSessions } from '../../../shared/agenda';
import type { PublicState } from '../../../shared/publicState';
import { defaultTimeZone, formatTime } from '../../../shared/time';
import { targetKey, visibleQuestions, type Question, type QuestionTarget } from '../../../shared/questions';
import { standsByName } from '../../../shared/standOrder';

export interface TargetChoice {
  target: QuestionTarget;
  key: string;
  title: string;
  pending: number;
}

const questionsOf = (state: PublicState, key: string) =>
  Object.values(state.questions).filter((q) => targetKey(q.target) === key);

export function pendingCount(state: PublicState, key?: string): number {
  return Object.values(state.questions).filter((q) => q.status === 'pending' && (!key || targetKey(q.target) === key)).length;
}

/**
 * Sessions in programme order, each with its start time (a stand and a session about the same
 * project share a name), then stands by name; each with its number of waiting questions.
 */
export function targetChoices(state: PublicState): { sessions: TargetChoice[]; stands: TargetChoice[] } {
  const choice = (target: QuestionTarget, title: string): TargetChoice => {
    const key = targetKey(target);
    return { target, key, title, pending: pendingCount(state, key) };
  };
  return {
    sessions: sortedSessions(state).map((s) =>
      choice({ kind: 'session', id: s.id }, `${formatTime(s.startsAt, state.event?.timeZone ?? defaultTimeZone, 'de-DE')} ${s.title}`),
    ),
    stands: standsByName(Object.values(state.stands)).map((s) => choice({ kind: 'stand', id: s.id }, s.name)),
  };
}

/** The choice to open with: where questions wait longest, else the first with any questions. */
export function defaultChoice(state: PublicState): string | null {
  const oldestPending = Object.values(state.questions)
    .filter((q) => q.status === 'pending')
    .sort((a, b) => a.askedAt.localeCompare(b.askedAt))[0];
  if (oldestPending) return targetKey(oldestPending.target);
  const any = Object.values(state.questions)[0];
  return any ? targetKey(any.target) : null;
}

export function parseChoice(key: string | undefined): QuestionTarget | null {
  const match = /^(session|stand):(.+)$/.exec(key ?? '');
  if (!match?.[2]) return null;
  return match[1] === 'session' ? { kind: 'session', id: match[2] } : { kind: 'stand', id: match[2] };
}

interface ModerationGroups {
  pending: Question[];
  published: Question[];
  hidden: Question[];
  merged: Question[];
}

/** One target's questions as moderators work through them: waiting first, oldest first. */
export function moderationGroups(state: PublicState, target: QuestionTarget): ModerationGroups {
  const all = questionsOf(state, targetKey(target));
  const byAge = (a: Question, b: Question) => a.askedAt.localeCompare(b.askedAt);
  return {
    pending: all.filter((q) => q.status === 'pending').sort(byAge),
    published: visibleQuestions(state.questions, target),
    hidden: all.filter((q) => q.status === 'hidden').sort(byAge),
    merged: all.filter((q) => q.status === 'published' && q.mergedInto).sort(byAge),
  };
}
