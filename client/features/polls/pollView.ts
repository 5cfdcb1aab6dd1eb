import type { PublicState } from '../../../shared/publicState';
import type { Poll, PollResults } from '../../../shared/polls';
import { t } from '../../i18n/i18n';

/** The open poll of a session, or of the whole event for `null` (at most one each). */
export function openPollOf(state: PublicState, sessionId: string | null): Poll | undefined {
  return Object.values(state.polls.polls).find((p) => p.status === 'open' && p.sessionId === sessionId);
}

/**
 * Polls an attendee sees for a session: the open one, closed ones whose results were shown, and
 * closed ones this device voted in (so a vote that came too late says so).
 */
export function sessionPolls(state: PublicState, sessionId: string | null, votedHere: (pollId: string) => boolean = () => false): Poll[] {
  return Object.values(state.polls.polls)
    .filter((p) => p.sessionId === sessionId && (p.status === 'open' || (p.status === 'closed' && (p.revealed || votedHere(p.id)))))
    .sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open') || b.createdAt.localeCompare(a.createdAt));
}

/** Every open poll, event-wide ones first: what the quiet notice on every page points to. */
export function openPolls(state: PublicState): Poll[] {
  return Object.values(state.polls.polls)
    .filter((p) => p.status === 'open')
    .sort((a, b) => Number(a.sessionId !== null) - Number(b.sessionId !== null) || a.createdAt.localeCompare(b.createdAt));
}

/** Where an attendee votes: the session's page, or the poll's own page for event-wide polls. */
export const pollHref = (poll: Poll) => (poll.sessionId ? `/session/${encodeURIComponent(poll.sessionId)}` : `/poll/${poll.id}`);

/** The labels of the bars: the options, or the scale's values. */
export function barLabels(poll: Poll, results: PollResults): string[] {
  if (poll.kind !== 'rating') return poll.options;
  return results.counts.map((_, i) => String(i + 1));
}

/** Share of the largest bar, 0–100, so the leading answer fills the width. */
export function barWidth(count: number, counts: readonly number[]): number {
  const top = Math.max(1, ...counts);
  return Math.round((count / top) * 100);
}

export const votersText = (count: number) => (count === 1 ? t('polls.votersOne') : t('polls.voters', { count }));

/** A number as the locale writes it (3,75 in German). */
export const decimal = (value: number, locale: string) => value.toLocaleString(locale, { maximumFractionDigits: 2 });

/** A word's size in the cloud, 1 (rare) to 5 (most typed). */
export function wordSize(count: number, top: number): number {
  return 1 + Math.round((4 * (count - 1)) / Math.max(1, top - 1));
}
