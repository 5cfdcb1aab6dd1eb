import type { Change } from '../../shared/changes.js';

/**
 * What a catch-up must not replay. The kept window holds changes as they were sent, so a question
 * published and later hidden, merged away or deleted still has its text in the window's older changes. A
 * device asking from before such a change gets a snapshot instead, computed for its audience as
 * it is now; one asking from after it had the text already and gets only the withdrawal.
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

export function createRedactedWindow(): RedactedWindow {
  /** Per question: the latest seq of a change that carried its text. */
  const textSeq = new Map<string, number>();
  let hiddenUpTo = 0;
  let deletedUpTo = 0;
  return {
    note(change) {
      for (const id of questionIdsWithText(change)) textSeq.set(id, change.seq);
      if (change.type === 'question:withdrawn') hiddenUpTo = Math.max(hiddenUpTo, textSeq.get(change.data.questionId) ?? 0);
      // Merged away: attendees must not get its text back from older changes in the window.
      if (change.type === 'question:merged' && change.audience === 'public') {
        hiddenUpTo = Math.max(hiddenUpTo, textSeq.get(change.data.question.id) ?? 0);
      }
      if (change.type === 'question:deleted') {
        deletedUpTo = Math.max(deletedUpTo, textSeq.get(change.data.questionId) ?? 0);
        textSeq.delete(change.data.questionId);
      }
    },
    // Staff still see hidden questions; nobody sees deleted ones.
    snapshotBefore: (rooms) => (rooms.has('staff') ? deletedUpTo : Math.max(hiddenUpTo, deletedUpTo)),
    reset() {
      textSeq.clear();
      hiddenUpTo = 0;
      deletedUpTo = 0;
    },
  };
}
