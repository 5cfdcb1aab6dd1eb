import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../shared/roles.js';
import { join } from 'node:path';
import { newStore, tempDir } from '../support/testServer.js';
import { useTwoEvents } from '../support/twoEvents.js';

const asker: Actor = { role: 'attendee', deviceId: 'd1.asker.sig', address: '127.0.0.1' };
const target = { kind: 'session', id: 'digitale-doerfer' } as const;

describe('erasure on time in a series', () => {
  const dir = tempDir('ortstermin-erasure-series-');
  afterAll(() => dir.remove());
  // Files: each event's log is a file of its own beside the installation's.
  const open = useTwoEvents(async () => newStore(join(dir.path, `${randomUUID()}.db`)));

  it("erases the event whose period is over and leaves a later event's names alone", async () => {
    const app = await open();
    const questions = { '2026-mai': randomUUID(), '2026-okt': randomUUID() };
    for (const [slug, questionId] of Object.entries(questions)) {
      const asked = await app.run(slug, asker, 'question:ask', { questionId, target, text: 'Was kostet das?', authorName: `Name im ${slug}` });
      expect(asked, JSON.stringify(asked)).toMatchObject({ ok: true });
    }
    // A month and a week after the May event; the October one has not begun.
    app.clock.set(Date.parse('2026-06-21T12:00:00Z'));
    const may = app.site('2026-mai').runtime;
    const october = app.site('2026-okt').runtime;
    expect(await may.parts.privacy.own.runIfDue('timer')).toBe(true);
    expect(await october.parts.privacy.own.runIfDue('timer')).toBe(false);
    expect(may.live.state().questions[questions['2026-mai']]).toMatchObject({ text: 'Was kostet das?' });
    expect(may.live.state().questions[questions['2026-mai']]?.authorName).toBeUndefined();
    expect(october.live.state().questions[questions['2026-okt']]?.authorName).toBe('Name im 2026-okt');
    // A phone catching up from before the erasure gets a snapshot, not the changes it rewrote.
    expect(may.live.changesAfter(0, ['public', 'staff'])).toBeNull();
    expect(JSON.stringify(may.live.snapshotFor(['public', 'staff']))).not.toContain('Name im 2026-mai');
    expect(JSON.stringify(may.live.changesAfter(may.live.seq() - 1, ['public']))).toContain('personal-data:erased');
  });
});
