import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChangeDraft } from '../../shared/changes.js';
import { runImportJob } from '../../server/import/importJob.js';
import { frabXmlExport } from '../../server/import/frabXmlExport.js';
import { appendToLog } from '../../server/store/appendToLog.js';
import { createPostgresStore } from '../../server/store/postgresStore.js';
import type { Store } from '../../server/kernel/store.js';
import { emptiedDatabase } from '../support/postgres.js';
import { eventually, issueDeviceId } from '../support/socketClient.js';
import { startTestServer, type RunningApp } from '../support/testServer.js';
import { useServers } from '../support/useServers.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';

const cluster = useThrowawayPostgres();
const emptied = emptiedDatabase(cluster);
const { defer } = useServers();

/** Two server processes and a third connection that plays a process applying (or dropping) an import. */
async function processes(): Promise<{ a: RunningApp; b: RunningApp; other: Store }> {
  const url = await emptied();
  const start = async () => {
    const app = await startTestServer({ store: await createPostgresStore(url, { max: 4 }) });
    defer(() => app.close());
    return app;
  };
  const a = await start();
  const b = await start();
  const other = await createPostgresStore(url, { max: 2 });
  defer(() => other.close());
  return { a, b, other };
}

const organizer = { role: 'organizer' as const };
const rename = (app: RunningApp, roomId: string, name: string) =>
  app.server.dispatch(organizer, { id: randomUUID(), type: 'room:rename', payload: { roomId, name } });
const started = (importId: string): ChangeDraft => ({ type: 'import:started', audience: 'internal', data: { importId } });
const finished = (importId: string): ChangeDraft => ({ type: 'import:finished', audience: 'internal', data: { importId, outcome: 'applied' } });
const at = () => new Date().toISOString();

describe('imports with several processes on one PostgreSQL', () => {
  it('refuses programme commands on every process while another process applies an import, and takes them after', async () => {
    const { b, other } = await processes();
    const room = Object.values(b.server.live.state().rooms)[0]!;
    const release = await other.log.importLock();
    expect(release).not.toBeNull();
    const importId = randomUUID();
    const [open] = await appendToLog(other.log, [started(importId)], at());
    await eventually(() => b.server.live.seq() >= open!.seq);
    expect(await rename(b, room.id, 'Saal Mitte')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // Questions go on meanwhile.
    expect((await b.server.dispatch({ role: 'attendee', deviceId: await issueDeviceId(b.url) }, { id: randomUUID(), type: 'question:ask', payload: { questionId: randomUUID(), target: { kind: 'session', id: 'eroeffnung' }, text: 'Geht es weiter?' } })).ok).toBe(true);
    await appendToLog(other.log, [finished(importId)], at());
    await release!();
    await eventually(() => b.server.live.seq() > open!.seq + 1);
    expect(await rename(b, room.id, 'Saal Mitte')).toMatchObject({ ok: true });
    expect(b.server.live.state().rooms[room.id]?.name).toBe('Saal Mitte');
  });

  it('undoes an import left half-applied by a process that died, at the next programme command on another process', async () => {
    const { a, b, other } = await processes();
    const [first, second] = Object.values(a.server.live.state().rooms);
    const importId = randomUUID();
    const halfway: ChangeDraft = { type: 'room:upserted', audience: 'public', data: { room: { ...first!, name: 'Halb importiert' } } };
    const written = await appendToLog(other.log, [started(importId), halfway], at());
    await other.close(); // its connections, and with them any lock, are gone: as after kill -9
    await eventually(() => b.server.live.seq() >= written.at(-1)!.seq);
    expect(await rename(b, second!.id, 'Neuer Name')).toMatchObject({ ok: true });
    await eventually(() => a.server.live.seq() === b.server.live.seq());
    for (const app of [a, b]) {
      expect(app.server.live.state().rooms[first!.id]?.name).toBe(first!.name);
      expect(app.server.live.state().rooms[second!.id]?.name).toBe('Neuer Name');
    }
  });

  it('applies one of two imports started at once on two processes, and refuses the other', async () => {
    const { a, b } = await processes();
    const decided = (app: RunningApp, title: string) => {
      const basis = app.server.live.state();
      const sessions = Object.fromEntries(Object.entries(basis.sessions).map(([id, s]) => [id, { ...s, title: `${s.title} (${title})` }]));
      const content = frabXmlExport({ ...basis, sessions }, '1') ?? '';
      const read = runImportJob({ format: 'frab-xml', content, basis, decide: true });
      return read.ok && read.decision?.ok ? read.decision.slices : [];
    };
    const [slicesA, slicesB] = [decided(a, 'A'), decided(b, 'B')];
    expect(slicesA.length).toBeGreaterThan(0);
    const baseSeq = a.server.live.seq();
    const results = await Promise.all([
      a.server.runtime.parts.programmeFiles.own.imports.apply({ slices: slicesA, baseSeq, generation: a.server.live.generation() }),
      b.server.runtime.parts.programmeFiles.own.imports.apply({ slices: slicesB, baseSeq, generation: b.server.live.generation() }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.code === 'conflict')).toHaveLength(1);
    await eventually(() => a.server.live.seq() === b.server.live.seq());
    const winner = results[0]!.ok ? 'A' : 'B';
    const titles = Object.values(b.server.live.state().sessions).map((s) => s.title);
    expect(titles.every((t) => t.endsWith(`(${winner})`))).toBe(true);
  });
});
