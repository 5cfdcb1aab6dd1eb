import type { FeedbackSummary, Poll, PollResults } from './polls.js';

/*
 * The polls part of the state, apart from the zod schemas in polls.ts (the first page must not
 * load zod). Each audience's view holds only what it may see: attendees get a poll once it is
 * open and its results once revealed; staff also get drafts, hidden results, hidden words and
 * feedback.
 */
export interface PollsState {
  polls: Readonly<Record<string, Poll>>;
  results: Readonly<Record<string, PollResults>>;
  /** Staff only: the words a moderator hid from each poll's cloud (merged keys). */
  hiddenWords: Readonly<Record<string, readonly string[]>>;
  /** Sessions whose feedback a moderator opened before the session ended. */
  feedbackOpen: Readonly<Record<string, true>>;
  /** Staff only: each session's ratings and comments. */
  feedback: Readonly<Record<string, FeedbackSummary>>;
}

export const emptyPolls: PollsState = { polls: {}, results: {}, hiddenWords: {}, feedbackOpen: {}, feedback: {} };
