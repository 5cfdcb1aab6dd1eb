import { describe, expect, it } from 'vitest';
import type { Change } from '../../shared/changes.js';
import type { Poll, PollResults } from '../../shared/polls.js';
import type { Question } from '../../shared/questions.js';
import { createRedactedWindow } from '../../server/kernel/redactedWindow.js';
import { changeAt } from '../support/demoState.js';

/**
 * The window decides from which seq a catch-up must be a snapshot instead of the kept changes, so
 * that text taken back (hidden, merged away, deleted, erased, a hidden word, a listing that left)
 * never comes back from an older change. Each case: the seq it names, for attendees and for staff.
 */
const at = '2026-05-14T09:00:00.000Z';
const question = (id: string, status: Question['status'] = 'published'): Question => ({
  id,
  target: { kind: 'session', id: 'eroeffnung' },
  text: 'Wie viel hat die Dorf-App gekostet?',
  askedAt: at,
  status,
  pinned: false,
  answered: false,
  votes: 0,
});
const ids = { a: '0b6f1b8e-1f6e-4d8a-9a55-000000000001', b: '0b6f1b8e-1f6e-4d8a-9a55-000000000002', poll: '0b6f1b8e-1f6e-4d8a-9a55-0000000000aa' };
const poll: Poll = { id: ids.poll, sessionId: 'eroeffnung', kind: 'words', question: 'Ein Wort zur Digitalisierung?', options: [], status: 'open', revealed: true, createdAt: at };
const results: PollResults = { voters: 2, counts: [], average: null, words: [{ key: 'funkloch', word: 'Funkloch', count: 2 }] };
const listing = (id: string) => ({ id, name: 'Anna Beispiel', org: 'VG Musterland', role: 'Digitallotsin', topics: ['LoRaWAN'], requests: false, mailbox: null, joinedAt: at });

const attendees = new Set(['public']);
const staff = new Set(['public', 'staff']);
const host = new Set(['public', 'stand:digitale-doerfer']);

function windowAfter(changes: Change[]) {
  const window = createRedactedWindow();
  changes.forEach((c) => window.note(c));
  return { attendees: window.snapshotBefore(attendees), staff: window.snapshotBefore(staff), host: window.snapshotBefore(host), window };
}

describe('the redacted window', () => {
  it('asks nothing of a window where nothing was taken back', () => {
    expect(windowAfter([changeAt(1, 'question:approved', 'public', { question: question(ids.a) })])).toMatchObject({ attendees: 0, staff: 0, host: 0 });
  });

  it('sends attendees a snapshot from before the last change that carried a hidden question’s text; staff still get changes', () => {
    const after = windowAfter([
      changeAt(3, 'question:approved', 'public', { question: question(ids.a) }),
      changeAt(5, 'question:pinned', 'public', { question: { ...question(ids.a), pinned: true } }),
      changeAt(6, 'question:approved', 'public', { question: question(ids.b) }),
      changeAt(8, 'question:withdrawn', 'public', { questionId: ids.a }),
    ]);
    expect(after).toMatchObject({ attendees: 5, host: 5, staff: 0 });
  });

  it('sends attendees a snapshot from before a question merged away carried its text, not from before the question it went into', () => {
    const after = windowAfter([
      changeAt(2, 'question:approved', 'public', { question: question(ids.a) }),
      changeAt(4, 'question:approved', 'public', { question: question(ids.b) }),
      // Staff's merge carries both texts; the public one only a pointer to the merged-away question.
      changeAt(7, 'question:merged', 'staff', { question: { ...question(ids.a), mergedInto: ids.b }, into: question(ids.b) }),
      changeAt(7, 'question:merged', 'public', { question: { ...question(ids.a), mergedInto: ids.b }, into: question(ids.b) }),
    ]);
    expect(after).toMatchObject({ attendees: 7, staff: 0 });
  });

  it('hides from the public merge’s seq when the merged-away question reached attendees only there', () => {
    const after = windowAfter([changeAt(9, 'question:merged', 'public', { question: { ...question(ids.a), mergedInto: ids.b }, into: question(ids.b) })]);
    expect(after.attendees).toBe(0);
    const staffMerge = windowAfter([changeAt(9, 'question:merged', 'staff', { question: { ...question(ids.a), mergedInto: ids.b }, into: question(ids.b) }), changeAt(10, 'question:merged', 'public', { question: { ...question(ids.a), mergedInto: ids.b }, into: question(ids.b) })]);
    expect(staffMerge.attendees).toBe(9);
  });

  it('sends everyone, staff too, a snapshot from before a deleted or erased question’s last text, and forgets it after', () => {
    for (const type of ['question:deleted', 'question:erased'] as const) {
      const after = windowAfter([
        changeAt(2, 'question:asked', 'staff', { question: question(ids.a, 'pending') }),
        changeAt(4, 'question:approved', 'public', { question: question(ids.a) }),
        changeAt(6, type, 'public', { questionId: ids.a }),
      ]);
      expect(after).toMatchObject({ attendees: 4, staff: 4 });
      // Deleted: a later withdrawal of the same id has no text left to reach back to.
      after.window.note(changeAt(9, 'question:withdrawn', 'public', { questionId: ids.a }));
      expect(after.window.snapshotBefore(attendees)).toBe(4);
    }
  });

  it('sends attendees a snapshot from before the last public results that showed a word now hidden', () => {
    const after = windowAfter([
      changeAt(3, 'poll:revealed', 'public', { poll, results }),
      changeAt(5, 'poll:results-counted', 'public', { results: { [ids.poll]: results } }),
      changeAt(6, 'poll:results-counted', 'staff', { results: { [ids.poll]: results } }),
      changeAt(7, 'poll:word-hidden', 'staff', { pollId: ids.poll, key: 'funkloch' }),
    ]);
    expect(after).toMatchObject({ attendees: 5, staff: 0 });
    expect(windowAfter([changeAt(3, 'poll:revealed', 'public', { poll, results }), changeAt(7, 'poll:word-hidden', 'staff', { pollId: ids.poll, key: 'funkloch' })]).attendees).toBe(3);
  });

  it('sends everyone a snapshot from before erased personal data or an erased comment', () => {
    expect(windowAfter([changeAt(12, 'personal-data:erased', 'public', {})])).toMatchObject({ attendees: 11, staff: 11 });
    expect(windowAfter([changeAt(12, 'feedback:comment-erased', 'internal', { sessionId: 'eroeffnung', deviceId: 'd1.x.y' })])).toMatchObject({ attendees: 11, staff: 11 });
  });

  it('sends everyone a snapshot from before an older version of a listing that changed or left', () => {
    const changed = windowAfter([
      changeAt(3, 'directory:joined', 'public', { listing: listing('l-1') }),
      changeAt(4, 'directory:joined', 'public', { listing: listing('l-2') }),
      changeAt(8, 'directory:joined', 'public', { listing: { ...listing('l-1'), role: 'Bürgermeisterin' } }),
    ]);
    expect(changed).toMatchObject({ attendees: 3, staff: 3 });
    const left = windowAfter([changeAt(3, 'directory:joined', 'public', { listing: listing('l-1') }), changeAt(5, 'directory:left', 'public', { listingId: 'l-1' })]);
    expect(left).toMatchObject({ attendees: 3, staff: 3 });
    // Left: its older versions are forgotten, so a new listing of the same id reaches back no further.
    left.window.note(changeAt(9, 'directory:joined', 'public', { listing: listing('l-1') }));
    left.window.note(changeAt(11, 'directory:left', 'public', { listingId: 'l-1' }));
    expect(left.window.snapshotBefore(attendees)).toBe(9);
    // An erased listing carries nothing to take back.
    expect(windowAfter([changeAt(3, 'directory:joined', 'public', { listing: { id: 'l-1', erased: true } }), changeAt(5, 'directory:left', 'public', { listingId: 'l-1' })]).attendees).toBe(0);
  });

  it('starts over empty when reset', () => {
    const after = windowAfter([
      changeAt(4, 'question:approved', 'public', { question: question(ids.a) }),
      changeAt(5, 'question:approved', 'public', { question: question(ids.b) }),
      changeAt(6, 'question:deleted', 'public', { questionId: ids.a }),
      changeAt(8, 'personal-data:erased', 'public', {}),
    ]);
    after.window.reset();
    expect(after.window.snapshotBefore(attendees)).toBe(0);
    // What was seen before the reset reaches back no more.
    after.window.note(changeAt(9, 'question:withdrawn', 'public', { questionId: ids.b }));
    expect(after.window.snapshotBefore(attendees)).toBe(0);
  });

  it('keeps catch-ups cheap: votes, a merge among staff only and votes on a revealed poll send nobody a snapshot', () => {
    const after = windowAfter([
      changeAt(3, 'question:approved', 'public', { question: question(ids.a) }),
      changeAt(4, 'question:vote-cast', 'internal', { questionId: ids.a, deviceId: 'd1.a.b', up: true }),
      changeAt(5, 'question:asked', 'staff', { question: question(ids.b, 'pending') }),
      changeAt(6, 'question:merged', 'staff', { question: { ...question(ids.b, 'pending'), mergedInto: ids.a }, into: question(ids.a) }),
      changeAt(7, 'poll:revealed', 'public', { poll, results }),
      changeAt(8, 'poll:vote-cast', 'internal', { pollId: ids.poll, deviceId: 'd1.a.b', answer: { kind: 'words', words: ['Glasfaser'] } }),
    ]);
    expect(after).toMatchObject({ attendees: 0, staff: 0 });
  });

  it('counts the public merge as carrying the text of the question merged into', () => {
    const after = windowAfter([
      changeAt(4, 'question:approved', 'public', { question: question(ids.b) }),
      changeAt(7, 'question:merged', 'public', { question: { ...question(ids.a), mergedInto: ids.b }, into: question(ids.b) }),
      changeAt(9, 'question:deleted', 'public', { questionId: ids.b }),
    ]);
    expect(after).toMatchObject({ attendees: 7, staff: 7 });
  });
});
