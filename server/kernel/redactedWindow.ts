import type { Change } from '../../shared/changes.js';

/**
 * What a catch-up must not replay. The kept window holds changes as they were sent, so a question
 * published and later hidden, merged away or deleted still has its text in the window's older
 * changes, and a word hidden from a revealed word cloud is still in the older public results. A
 * device asking from before such a change gets a snapshot instead, computed for its audience as
 * it is now; one asking from after it had the text already and gets only the withdrawal (or the
 * cleaned results).
 */
export interface RedactedWindow {
  note(change: Change): void;
  /** Catch-ups from before this seq must be snapshots for these rooms. */
  snapshotBefore(rooms: ReadonlySet<string>): number;
  reset(): void;
}

function questionIdsWithText(change: Change): string[] {
  // The public merge carries only a pointer to the merged-away question, not its text.
  if (change.type === 'question:merged') return change.audience === 'public' ? [change.data.into.id] : [change.data.question.id, change.data.into.id];
  if ('question' in change.data) return [change.data.question.id];
  return [];
}

/** Polls whose results (a word cloud's words among them) this change shows attendees. */
function pollIdsWithPublicResults(change: Change): string[] {
  if (change.audience !== 'public') return [];
  if (change.type === 'poll:revealed') return [change.data.poll.id];
  if (change.type === 'poll:results-counted') return Object.keys(change.data.results);
  return [];
}

/** Per id: the latest seq of a change that carried what may later be taken back. */
function latestSeqs() {
  const seqs = new Map<string, number>();
  return {
    saw: (ids: readonly string[], seq: number) => ids.forEach((id) => seqs.set(id, seq)),
    of: (id: string) => seqs.get(id) ?? 0,
    forget: (id: string) => seqs.delete(id),
    clear: () => seqs.clear(),
  };
}

/** The listing a "Wer ist da?" change carries in full (an erased one carries nothing). */
function listingIdsCarried(change: Change): string[] {
  if (change.type !== 'directory:joined' || 'erased' in change.data.listing) return [];
  return [change.data.listing.id];
}

export function createRedactedWindow(): RedactedWindow {
  const questionText = latestSeqs();
  const publicResults = latestSeqs();
  const listings = latestSeqs();
  let hiddenUpTo = 0;
  let deletedUpTo = 0;
  const hideUpTo = (seq: number) => (hiddenUpTo = Math.max(hiddenUpTo, seq));
  return {
    note(change) {
      questionText.saw(questionIdsWithText(change), change.seq);
      publicResults.saw(pollIdsWithPublicResults(change), change.seq);
      // A listing that changed or left: nobody gets its older versions back from the window.
      const listingId = change.type === 'directory:left' ? change.data.listingId : listingIdsCarried(change)[0];
      if (listingId !== undefined) deletedUpTo = Math.max(deletedUpTo, listings.of(listingId));
      listings.saw(listingIdsCarried(change), change.seq);
      if (change.type === 'directory:left') listings.forget(change.data.listingId);
      if (change.type === 'question:withdrawn') hideUpTo(questionText.of(change.data.questionId));
      // Merged away: attendees must not get its text back from older changes in the window.
      if (change.type === 'question:merged' && change.audience === 'public') hideUpTo(questionText.of(change.data.question.id));
      // A hidden word: attendees must not get it back from older results (staff see which words were hidden anyway).
      if (change.type === 'poll:word-hidden') hideUpTo(publicResults.of(change.data.pollId));
      // Erased personal data (on time, or one device's comments): a catch-up from before gets a snapshot.
      if (change.type === 'personal-data:erased' || change.type === 'feedback:comment-erased') deletedUpTo = Math.max(deletedUpTo, change.seq - 1);
      if (change.type === 'question:deleted' || change.type === 'question:erased') {
        deletedUpTo = Math.max(deletedUpTo, questionText.of(change.data.questionId));
        questionText.forget(change.data.questionId);
      }
    },
    // Staff still see hidden questions; nobody sees deleted ones.
    snapshotBefore: (rooms) => (rooms.has('staff') ? deletedUpTo : Math.max(hiddenUpTo, deletedUpTo)),
    reset() {
      questionText.clear();
      publicResults.clear();
      listings.clear();
      hiddenUpTo = 0;
      deletedUpTo = 0;
    },
  };
}
