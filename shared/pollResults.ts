import type { FeedbackComment, FeedbackSummary, Poll, PollAnswer, PollResults } from './polls.js';
import { mergeWords } from './pollWords.js';
import { compareInstants } from './sessions.js';
import { sameJson } from './jsonEquality.js';

const average = (sum: number, n: number) => (n === 0 ? null : Math.round((sum / n) * 100) / 100);

/** Whether an answer fits its poll: the right kind, known options, the maximum, the scale. */
export function answerFits(poll: Poll, answer: PollAnswer): boolean {
  if (answer.kind === 'choice') {
    if (poll.kind !== 'single' && poll.kind !== 'multiple') return false;
    const picks = new Set(answer.options);
    const max = poll.kind === 'single' ? 1 : (poll.maxChoices ?? poll.options.length);
    return picks.size === answer.options.length && picks.size <= max && answer.options.every((i) => i < poll.options.length);
  }
  if (answer.kind === 'rating') return poll.kind === 'rating' && answer.value <= (poll.scale ?? 5);
  return poll.kind === 'words';
}

/** A poll's results from every device's current answer (one each); hidden words left out. */
export function computeResults(poll: Poll, answers: Iterable<PollAnswer>, hiddenWords: ReadonlySet<string> = new Set()): PollResults {
  const size = poll.kind === 'rating' ? (poll.scale ?? 5) : poll.kind === 'words' ? 0 : poll.options.length;
  const counts = new Array<number>(size).fill(0);
  const words: string[] = [];
  let voters = 0;
  let sum = 0;
  for (const answer of answers) {
    if (!answerFits(poll, answer)) continue;
    voters += 1;
    if (answer.kind === 'choice') for (const i of answer.options) counts[i]! += 1;
    else if (answer.kind === 'rating') {
      counts[answer.value - 1]! += 1;
      sum += answer.value;
    } else words.push(...answer.words);
  }
  return {
    voters,
    counts,
    average: poll.kind === 'rating' ? average(sum, voters) : null,
    words: poll.kind === 'words' ? mergeWords(words, hiddenWords) : [],
  };
}

export interface FeedbackEntry {
  stars: number;
  comment?: string | undefined;
  at: string;
}

/** A session's feedback for staff: the distribution of stars, the average, the comments newest first. */
export function summarizeFeedback(entries: Iterable<FeedbackEntry>): FeedbackSummary {
  const distribution = [0, 0, 0, 0, 0];
  const comments: FeedbackComment[] = [];
  let sum = 0;
  let count = 0;
  for (const entry of entries) {
    distribution[entry.stars - 1]! += 1;
    sum += entry.stars;
    count += 1;
    if (entry.comment) comments.push({ stars: entry.stars, text: entry.comment, at: entry.at });
  }
  comments.sort((a, b) => compareInstants(b.at, a.at));
  return { count, distribution, average: average(sum, count), comments };
}

/** Two results equal in what a screen shows: a count that did not change is not sent again. */
export function sameResults(a: PollResults | undefined, b: PollResults): boolean {
  return a !== undefined && sameJson(a, b);
}
