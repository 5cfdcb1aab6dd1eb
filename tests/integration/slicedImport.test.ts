import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frabXmlExport } from '../../server/import/frabXmlExport.js';
import { createImportApplier } from '../../server/import/importApplier.js';
import { createImportJournal } from '../../server/import/importUndo.js';
import type { SystemDrafts } from '../../server/kernel/commitPipeline.js';
import { importSliceSize, runImportJob } from '../../server/import/importJob.js';
import { diffProgramme } from '../../server/import/programmeDiff.js';
import { roomsFor } from '../../server/kernel/audience.js';
import type { Change, ChangeDraft } from '../../shared/changes.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import { programmeDigest } from '../../shared/programmeImport.js';
import { applyChanges } from '../../shared/reducer.js';
import { anonymousAttendee } from '../../shared/roles.js';
import { imported, programmeOf } from '../fixtures/import/importKit.js';
import { bigProgramme } from '../support/bigProgramme.js';
import { eventually } from '../support/socketClient.js';
import type { ChangeLog } from '../../server/kernel/store.js';
import { createTestApp, demoDay, newStore, tempDir, type TestApp } from '../support/testServer.js';
import { useServers } from '../support/useServers.js';

const { running, device } = useServers();

/** A congress of `count` sessions on the demo's day, as our own frab XML export writes it. */
function congressXml(count: number): string {
  const programme = bigProgramme(count, { date: demoDay, days: 2, abstractWords: 20 });
  const state = applyChanges(emptyState, [{ seq: 1, at: `${demoDay}T06:00:00Z`, type: 'programme:loaded', audience: 'public', data: programme }]);
  return frabXmlExport(state, '1') ?? '';
}

async function post(app: TestApp, path: string, json: unknown): Promise<{ ok: boolean; baseSeq?: number; seq?: number }> {
  const headers = { authorization: `Bearer ${app.organizerToken}`, 'content-type': 'application/json' };
  const response = await app.server.fetch(new Request(`http://ortstermin.test${path}`, { method: 'POST', headers, body: JSON.stringify(json) }));
  return response.json();
}

/** Changes written straight to the log, as a commit of the server would leave them. */
function appendToLog(log: ChangeLog, drafts: readonly ChangeDraft[]): Promise<Change[]> {
  return log.batch(log.lastSeq(), async (batch) => {
    const changes = drafts.map((draft, index): Change => ({ ...draft, seq: batch.head + index + 1, at: `${demoDay}T07:00:00Z` }));
    batch.append({ changes, seq: batch.head + changes.length });
    return changes;
  });
}

/** What importing the file in one go gives (the same diff and reducer, no slices). */
function inOneGo(content: string, before: PublicState): PublicState {
  return imported(programmeOf('frab-xml', content, before), before);
}

describe('a big import, committed in slices', () => {
  it('ends in exactly the state of an import in one go, every phone converges, and programme commands wait for it', async () => {
    const app = await running();
    const content = congressXml(1500);
    const expected = inOneGo(content, app.server.live.state());
    const [alice, bob] = await Promise.all([device(app.url), device(app.url)]);
    const moderator = await device(app.url, app.moderatorToken);
    const preview = await post(app, '/api/import/preview', { format: 'frab-xml', content });
    const [sessionId, roomId] = [Object.keys(expected.sessions)[2]!, Object.keys(expected.rooms).at(-1)!];
    const firstSeq = app.store.log.lastSeq() + 1;

    const applying = post(app, '/api/import/apply', { format: 'frab-xml', content, baseSeq: preview.baseSeq });
    // Sent while the slices commit: the announcement goes on, the move waits for the import's end.
    await eventually(() => app.store.log.lastSeq() > firstSeq);
    const [announced, moved] = await Promise.all([
      moderator.send('announcement:post', { text: 'Die Garderobe ist im Erdgeschoss.', level: 'info' }),
      moderator.send('session:move', { sessionId, startsAt: `${demoDay}T16:00:00+02:00`, roomId }),
    ]);
    const applied = await applying;

    expect(applied.ok).toBe(true);
    expect([announced.ok, moved.ok], JSON.stringify([announced, moved])).toEqual([true, true]);
    const log = await app.store.log.changesAfter(firstSeq - 1, 10_000);
    const finished = log.find((change) => change.type === 'import:finished');
    expect(finished?.data).toMatchObject({ outcome: 'applied' });
    expect(log.filter((change) => change.type === 'import:started')).toHaveLength(1);
    expect(moved.ok && moved.seq).toBeGreaterThan(finished!.seq);
    expect(announced.ok && announced.seq).toBeLessThan(finished!.seq);
    // Committed in several transactions, each at most a slice (plus its journal entry).
    expect(log.length).toBeGreaterThan(3 * importSliceSize);

    // The import in one go, then the moderator's move: nothing else differs.
    const state = app.server.live.state();
    const { [sessionId]: _moved, ...others } = state.sessions;
    const { [sessionId]: _original, ...expectedOthers } = expected.sessions;
    expect(programmeDigest({ ...state, sessions: others })).toBe(programmeDigest({ ...expected, sessions: expectedOthers }));
    expect(state.sessions[sessionId]).toMatchObject({ startsAt: `${demoDay}T14:00:00.000Z`, roomId });
    const last = app.store.log.lastSeq();
    await eventually(() => [alice, bob, moderator].every((phone) => phone.lastSeq === last), 15_000);
    for (const phone of [alice, bob]) expect(phone.state).toEqual(app.server.live.snapshotFor(roomsFor(anonymousAttendee)).state);
    expect(moderator.state.sessions).toEqual(app.server.live.state().sessions);
  }, 90_000);

  it('undoes at the next start an import the server stopped in the middle of', async () => {
    const dir = tempDir();
    const file = join(dir.path, 'event.db');
    try {
      const first = await createTestApp({ store: newStore(file) });
      const before = first.server.live.state();
      const { drafts } = diffProgramme(before, programmeOf('frab-xml', congressXml(600), before));
      // What a stop after the first slice leaves in the log: the journal's start and one slice.
      const started = { type: 'import:started', audience: 'internal', data: { importId: 'stopped-import' } } as const;
      await appendToLog(first.store.log, [started, ...drafts.slice(0, importSliceSize)]);
      await first.server.close();
      await first.store.close();

      const again = await createTestApp({ store: newStore(file) });
      const state = again.server.live.state();
      expect(programmeDigest(state)).toBe(programmeDigest(before));
      expect(Object.keys(state.sessions).sort()).toEqual(Object.keys(before.sessions).sort());
      expect(Object.keys(state.rooms).sort()).toEqual(Object.keys(before.rooms).sort());
      const tail = (await again.store.log.changesAfter(0, 100_000)).at(-1);
      expect(tail).toMatchObject({ type: 'import:finished', data: { importId: 'stopped-import', outcome: 'undone' } });
      // Phones that saw the slice get its undoing as changes: replaying the log gives the same programme.
      const replayed = applyChanges(emptyState, await again.store.log.changesAfter(0, 100_000));
      expect(programmeDigest(replayed)).toBe(programmeDigest(before));
      await again.server.close();
      await again.store.close();
    } finally {
      dir.remove();
    }
  });

  it('undoes at once the slices of an import whose commit fails midway, and says so', async () => {
    const app = await createTestApp();
    const live = app.server.live;
    const before = live.state();
    const read = runImportJob({ format: 'frab-xml', content: congressXml(800), basis: before, decide: true });
    const slices = read.ok && read.decision?.ok ? read.decision.slices : [];
    expect(slices.length).toBeGreaterThan(2);
    let commits = 0;
    const commit = async (drafts: SystemDrafts) => {
      commits += 1;
      if (commits === 3) throw new Error('disk full');
      const changes = await appendToLog(app.store.log, typeof drafts === 'function' ? drafts() : drafts);
      live.apply(changes);
      return changes;
    };
    const errors = console.error;
    console.error = () => {};
    try {
      const undo = { log: app.store.log, state: () => live.state(), journal: createImportJournal(), commit };
      const result = await createImportApplier({ live, commit, undo }).apply({ slices, baseSeq: live.seq(), generation: live.generation() });
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    } finally {
      console.error = errors;
    }
    expect(programmeDigest(live.state())).toBe(programmeDigest(before));
    expect((await app.store.log.changesAfter(0, 100_000)).at(-1)).toMatchObject({ type: 'import:finished', data: { outcome: 'undone' } });
    await app.server.close();
    await app.store.close();
  });
});
