import { describe, expect, it } from 'vitest';
import type { Change, ChangeDraft } from '../../shared/changes.js';
import { emptyState } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';
import { snapshotSchema } from '../../shared/syncReply.js';

let seq = 0;
const commit = (draft: ChangeDraft): Change => ({ ...draft, seq: ++seq, at: '2026-05-14T08:00:00.000Z' });
const event = { id: 'neu', name: 'Neue Veranstaltung', venue: '', city: '', timeZone: 'Europe/Berlin', startsAt: '2026-05-14T07:00:00.000Z', endsAt: '2026-05-14T16:00:00.000Z' };
const report = { id: 'r1', text: 'Kontrast zu schwach', page: '/map', reportedAt: '2026-05-14T08:00:00.000Z' };

describe('legal texts and barrier reports in the shared reducer', () => {
  it('sets a text per page and language, an empty one removes it, a report is kept once', () => {
    const state = applyChanges(emptyState, [
      commit({ type: 'legal:page-set', audience: 'public', data: { page: 'impressum', language: 'de', text: 'Stadt' } }),
      commit({ type: 'legal:page-set', audience: 'public', data: { page: 'impressum', language: 'en', text: 'City' } }),
      commit({ type: 'legal:page-set', audience: 'public', data: { page: 'impressum', language: 'en', text: '' } }),
      commit({ type: 'barrier:reported', audience: 'staff', data: { report } }),
      commit({ type: 'barrier:reported', audience: 'staff', data: { report } }),
    ]);
    expect(state.legal).toEqual({ impressum: { de: 'Stadt' } });
    expect(state.barrierReports).toEqual([report]);
    // What a phone keeps reads back through the snapshot schema unchanged.
    expect(snapshotSchema.parse({ seq, schemaVersion: 5, state }).state).toEqual(state);
  });

  it("keeps the organizer's legal texts and the reports when the demo is removed", () => {
    const before = applyChanges(emptyState, [
      commit({ type: 'legal:page-set', audience: 'public', data: { page: 'datenschutz', language: 'de', text: 'Wir speichern wenig.' } }),
      commit({ type: 'barrier:reported', audience: 'staff', data: { report } }),
    ]);
    const after = applyChanges(before, [commit({ type: 'event:demo-removed', audience: 'public', data: { event } })]);
    expect(after.legal).toBe(before.legal);
    expect(after.barrierReports).toBe(before.barrierReports);
  });
});
