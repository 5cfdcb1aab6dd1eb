import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { eventually } from '../support/socketClient.js';
import { newStore, tempDir } from '../support/testServer.js';
import { useServers } from '../support/useServers.js';

const { running, device, defer } = useServers();
const session = (id: string) => ({ kind: 'session' as const, id });

describe('pausing questions', () => {
  it('stops new questions for one session, then for the whole event, and lets them in again', async () => {
    const app = await running();
    const [attendee, moderator] = [await device(app.url), await device(app.url, app.moderatorToken)];
    const ask = (id: string) => attendee.send('question:ask', { questionId: randomUUID(), target: session(id), text: 'Noch eine Frage?' });
    expect(await attendee.send('moderation:pause-questions', { sessionId: null, paused: true })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });

    expect(await moderator.send('moderation:pause-questions', { sessionId: 'digitale-doerfer', paused: true })).toMatchObject({ ok: true });
    await eventually(() => attendee.state.moderation.pausedSessions?.['digitale-doerfer'] === true);
    expect(await ask('digitale-doerfer')).toMatchObject({ ok: false, error: { code: 'questions_paused' } });
    expect(await ask('westpfalz-wiki')).toMatchObject({ ok: true });

    await moderator.send('moderation:pause-questions', { sessionId: null, paused: true });
    expect(await ask('westpfalz-wiki')).toMatchObject({ ok: false, error: { code: 'questions_paused' } });
    await moderator.send('moderation:pause-questions', { sessionId: null, paused: false });
    await moderator.send('moderation:pause-questions', { sessionId: 'digitale-doerfer', paused: false });
    expect(await ask('digitale-doerfer')).toMatchObject({ ok: true });
  });
});

describe('deleting a question', () => {
  it('removes it from every device and its text from the stored log itself', async () => {
    const dir = tempDir('ortstermin-delete-');
    defer(() => dir.remove());
    const file = join(dir.path, 'ortstermin.db');
    const app = await running({ store: newStore(file) });
    const [attendee, moderator] = [await device(app.url), await device(app.url, app.moderatorToken)];
    const questionId = randomUUID();
    const secret = 'Meine IBAN ist DE02120300000000202051';
    await attendee.send('question:ask', { questionId, target: session('digitale-doerfer'), text: secret, authorName: 'Max Mustermann' });
    await moderator.send('question:answer', { questionId, text: 'Bitte keine Kontodaten posten, DE02120300000000202051' });
    await eventually(() => attendee.state.questions[questionId]?.answered === true);

    expect(await moderator.send('question:delete', { questionId })).toMatchObject({ ok: true });
    await eventually(() => !attendee.state.questions[questionId] && !moderator.state.questions[questionId]);

    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT data FROM changes').pluck().all().join('\n');
    db.close();
    expect(rows).toContain(questionId);
    expect(rows).not.toContain('DE02120300000000202051');
    expect(rows).not.toContain('Mustermann');
    for (const suffix of ['', '-wal']) {
      let bytes = '';
      try {
        bytes = readFileSync(`${file}${suffix}`).toString('latin1');
      } catch {
        // no write-ahead log left: nothing to search
      }
      expect(bytes.includes('DE02120300000000202051'), `ortstermin.db${suffix}`).toBe(false);
    }
    const staffCatchUp = await (await fetch(`${app.url}/api/changes?since=0`, { headers: { authorization: `Bearer ${app.moderatorToken}` } })).text();
    expect(staffCatchUp).not.toContain('DE02120300000000202051');
  });
});
