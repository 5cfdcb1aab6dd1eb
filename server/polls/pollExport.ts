import type { PublicState } from '../../shared/publicState.js';
import type { FeedbackSummary, Poll, PollResults } from '../../shared/polls.js';
import { computeResults, summarizeFeedback } from '../../shared/pollResults.js';
import { own } from '../../shared/records.js';
import type { PollIndex } from './pollIndex.js';

export interface PollExport {
  polls: { poll: Poll; sessionTitle: string | null; results: PollResults }[];
  feedback: { sessionId: string; sessionTitle: string | null; summary: FeedbackSummary }[];
}

/** Every poll's results (hidden or not) and every session's feedback, as the organizer exports them. */
export function collectPollExport(state: PublicState, index: PollIndex): PollExport {
  const title = (sessionId: string | null) => (sessionId ? (own(state.sessions, sessionId)?.title ?? sessionId) : null);
  const polls = Object.values(state.polls.polls)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((poll) => ({
      poll,
      sessionTitle: title(poll.sessionId),
      results: computeResults(poll, index.answers(poll.id), new Set(own(state.polls.hiddenWords, poll.id) ?? [])),
    }));
  const feedback = index.feedbackSessions().sort().map((sessionId) => ({
    sessionId,
    sessionTitle: title(sessionId),
    summary: summarizeFeedback(index.feedback(sessionId)),
  }));
  return { polls, feedback };
}

type Row = (string | number | null)[];
export const exportHeader: Row = ['type', 'session', 'question', 'kind', 'answer', 'count', 'voters', 'average'];

function pollRows({ poll, sessionTitle, results }: PollExport['polls'][number]): Row[] {
  const row = (answer: string, count: number): Row => [
    'poll', sessionTitle, poll.question, poll.kind, answer, count, results.voters, results.average,
  ];
  if (poll.kind === 'words') return results.words.map((w) => row(w.word, w.count));
  const labels = poll.kind === 'rating' ? results.counts.map((_, i) => String(i + 1)) : poll.options;
  return results.counts.map((count, i) => row(labels[i] ?? String(i), count));
}

function feedbackRows({ sessionTitle, summary }: PollExport['feedback'][number]): Row[] {
  const stars: Row[] = summary.distribution.map((count, i) => ['feedback', sessionTitle, null, 'stars', String(i + 1), count, summary.count, summary.average]);
  const comments: Row[] = summary.comments.map((c) => ['comment', sessionTitle, null, 'stars', c.text, c.stars, summary.count, summary.average]);
  return [...stars, ...comments];
}

export function exportRows(data: PollExport): Row[] {
  return [exportHeader, ...data.polls.flatMap(pollRows), ...data.feedback.flatMap(feedbackRows)];
}
