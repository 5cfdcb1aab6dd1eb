import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../server/store/postgresStore.js';
import type { Store } from '../../server/kernel/store.js';
import { eventually } from '../support/socketClient.js';
import { newStore, tempDir } from '../support/testServer.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';
import { useServers } from '../support/useServers.js';

/**
 * Issue 30: deleting a question that others were merged into erases its words everywhere they were
 * stored, also where the merged questions' changes carried it (`question:merged` holds both).
 */
const { running, device, defer } = useServers();
const cluster = useThrowawayPostgres();
const target = { kind: 'session' as const, id: 'digitale-doerfer' };
const secret = 'Kontonummer DE89370400440532013000';
const name = 'Hildegard Vertraulich';

/** Everything the store holds, as text: the SQLite file's bytes (and its WAL), or every row of every table. */
interface StoredText { store: Store; everything(): Promise<string> }

async function sqlite(): Promise<StoredText> {
  const dir = tempDir('ortstermin-merged-');
  defer(() => dir.remove());
  const file = join(dir.path, 'ortstermin.db');
  const bytes = (path: string) => { try { return readFileSync(path).toString('latin1'); } catch { return ''; } };
  return {
    store: newStore(file),
    everything: async () => {
      const db = new Database(file, { readonly: true });
      const rows = db.prepare('SELECT data FROM changes').pluck().all().join('\n');
      db.close();
      return [rows, bytes(file), bytes(`${file}-wal`)].join('\n');
    },
  };
}

async function postgresStore(): Promise<StoredText> {
  const url = await cluster().createDatabase();
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  defer(() => sql.end());
  return {
    store: await createPostgresStore(url, { max: 3 }),
    everything: async () => {
      const tables = await sql<{ schema: string; name: string }[]>`SELECT table_schema AS schema, table_name AS name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`;
      const texts = await Promise.all(tables.map(({ schema, name }) => sql.unsafe(`SELECT t::text AS row FROM "${schema}"."${name}" t`)));
      return texts.flat().map((r) => String(r.row)).join('\n');
    },
  };
}

describe.each([['SQLite', sqlite], ['PostgreSQL', postgresStore]] as const)('on %s', (_kind, open) => {
  it('deleting a question others were merged into leaves its words and its asker nowhere in the store', async () => {
    const stored = await open();
    const app = await running({ store: stored.store });
    const [asker, other, moderator] = [await device(app.url), await device(app.url), await device(app.url, app.moderatorToken)];
    const [into, mergedA, mergedB] = [randomUUID(), randomUUID(), randomUUID()];
    expect(await asker.send('question:ask', { questionId: into, target, text: secret, authorName: name })).toMatchObject({ ok: true });
    expect(await other.send('question:ask', { questionId: mergedA, target, text: 'Was kostet das Konto?' })).toMatchObject({ ok: true });
    expect(await other.send('question:ask', { questionId: mergedB, target, text: 'Welche Bank?' })).toMatchObject({ ok: true });
    for (const merged of [mergedA, mergedB]) expect(await moderator.send('question:merge', { questionId: merged, intoId: into })).toMatchObject({ ok: true });
    // The merges carried the question they went into, words and name.
    expect(await stored.everything()).toContain(secret);

    expect(await moderator.send('question:delete', { questionId: into })).toMatchObject({ ok: true });
    await eventually(() => moderator.state.questions[into] === undefined);
    const everything = await stored.everything();
    expect(everything).toContain(mergedA);
    expect(everything).not.toContain('DE89370400440532013000');
    expect(everything).not.toContain(name);
    const staffCatchUp = await (await fetch(`${app.url}/api/changes?since=0`, { headers: { authorization: `Bearer ${app.moderatorToken}` } })).text();
    expect(staffCatchUp).not.toContain('DE89370400440532013000');
  });
});
