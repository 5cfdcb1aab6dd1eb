import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { failureReplySchema } from '../../shared/failureReply.js';
import { importApplyReplySchema, importPreviewReplySchema } from '../../shared/importReport.js';
import type { ImportFormat } from '../../shared/programmeImport.js';
import { importBodyLimitBytes, importRoutes } from '../../server/import/importRoutes.js';
import { exportNames } from '../../server/import/importJob.js';
import { createImportWorker } from '../../server/import/importWorkerClient.js';
import { fail, identify, type AppEnv } from '../../server/kernel/http.js';
import { emptyState } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';
import { frabXmlExport } from '../../server/import/frabXmlExport.js';
import { committed, fixture, fixtureGuid } from '../fixtures/import/importKit.js';
import { bigProgramme } from '../support/bigProgramme.js';
import { createTestApp } from '../support/testServer.js';

const base = 'http://ortstermin.test';
/** The real import worker thread, shared by the file's tests. */
const importWorker = createImportWorker();
afterAll(() => importWorker.close());

/**
 * The routes mounted as server/transport/httpApp.ts is to mount them (identify, the import body
 * limit, `app.route('/api', importRoutes(...))`), on a server with the demo event.
 */
async function client() {
  const app = await createTestApp();
  const http = new Hono<AppEnv>();
  http.use('/api/*', bodyLimit({ maxSize: importBodyLimitBytes, onError: (c) => fail(c, 'too_large') }));
  http.use('/api/*', identify(app.server.access, app.server.deviceIds));
  http.route('/api', importRoutes({ dispatch: app.server.dispatch, live: app.server.live, importWorker, imports: app.server.runtime.parts.programmeFiles.own.imports, standEdits: app.server.runtime.parts.stands.own.marks.all }));
  http.onError((error, c) => (error instanceof HTTPException ? fail(c, 'invalid_command') : fail(c, 'internal')));
  const request = (path: string, init: { token?: string; json?: unknown } = {}) => {
    const headers = new Headers();
    if (init.token) headers.set('authorization', `Bearer ${init.token}`);
    if (init.json !== undefined) headers.set('content-type', 'application/json');
    const method = init.json === undefined ? 'GET' : 'POST';
    return http.fetch(new Request(`${base}${path}`, { method, headers, body: init.json === undefined ? undefined : JSON.stringify(init.json) }));
  };
  const preview = (format: ImportFormat, content: string, token = app.organizerToken) =>
    request('/api/import/preview', { token, json: { format, content } });
  const apply = (format: ImportFormat, content: string, baseSeq: number, token = app.organizerToken) =>
    request('/api/import/apply', { token, json: { format, content, baseSeq } });
  const previewed = async (format: ImportFormat, content: string) => {
    const response = await preview(format, content);
    expect(response.status).toBe(200);
    return response.json();
  };
  return { app, request, preview, apply, previewed, seq: () => app.store.log.lastSeq(), state: () => app.server.live.state() };
}

const xml = fixture('schedule.xml');

describe('programme import over HTTP', () => {
  it('lets organizers only preview and apply', async () => {
    const { app, preview, apply, seq } = await client();
    const before = seq();
    expect((await preview('frab-xml', xml, '')).status).toBe(401);
    expect((await preview('frab-xml', xml, app.moderatorToken)).status).toBe(403);
    expect((await apply('frab-xml', xml, before, app.moderatorToken)).status).toBe(403);
    expect(seq()).toBe(before);
  });

  it('previews the changes without making any, then applies them (a small file in one commit)', async () => {
    const { app, apply, previewed, seq, state } = await client();
    const before = seq();
    const demoIds = Object.keys(state().sessions);
    const preview = await previewed('frab-xml', xml);
    expect(seq()).toBe(before);
    expect(preview).toMatchObject({ ok: true, baseSeq: before, format: 'frab-xml', sessionCount: 12, rejected: [] });
    expect(preview.diff.added).toHaveLength(12);
    expect(preview.diff.removed.map((s: { id: string }) => s.id).sort()).toEqual(demoIds.sort());
    expect(preview.diff.roomsAdded).toHaveLength(3);
    expect(importPreviewReplySchema.safeParse(preview).error).toBeUndefined();

    const applied = await apply('frab-xml', xml, preview.baseSeq);
    expect(applied.status).toBe(200);
    const body = await applied.json();
    expect(body).toMatchObject({ ok: true, seq: seq(), diff: preview.diff });
    expect(importApplyReplySchema.safeParse(body).error).toBeUndefined();
    const changes = await app.store.log.changesAfter(before, 1000);
    expect(new Set(changes.map((c) => c.at)).size).toBe(1); // one commit
    expect(state().event?.id).toBe('dikowe26');
    expect(Object.keys(state().sessions).sort()).toEqual(Array.from({ length: 12 }, (_, i) => fixtureGuid(i + 1)).sort());
  });

  it('re-imports a changed file as exactly one move and one removal, keeping all other ids', async () => {
    const { apply, previewed, state } = await client();
    await apply('frab-xml', xml, (await previewed('frab-xml', xml)).baseSeq);
    const kept = Object.keys(state().sessions).filter((id) => id !== fixtureGuid(11));
    const start = xml.indexOf(`<event guid="${fixtureGuid(11)}"`);
    const edited = (xml.slice(0, start) + xml.slice(xml.indexOf('</event>', start) + 8))
      .replace('<date>2026-03-29T11:00:00+02:00</date>\n        <start>11:00</start>', '<date>2026-03-29T11:30:00+02:00</date>\n        <start>11:30</start>');

    const preview = await previewed('frab-xml', edited);
    expect(preview.diff.moved.map((s: { id: string }) => s.id)).toEqual([fixtureGuid(9)]);
    expect(preview.diff.removed.map((s: { id: string }) => s.id)).toEqual([fixtureGuid(11)]);
    for (const list of ['added', 'renamed', 'cancelled', 'reinstated', 'detailsChanged', 'roomsAdded', 'roomsRenamed']) {
      expect(preview.diff[list]).toEqual([]);
    }
    expect((await apply('frab-xml', edited, preview.baseSeq)).status).toBe(200);
    expect(Object.keys(state().sessions).sort()).toEqual(kept.sort());
    expect(state().sessions[fixtureGuid(9)]?.startsAt).toBe('2026-03-29T09:30:00.000Z');
  });

  it('refuses a stale preview after a programme change, not after an announcement', async () => {
    const { app, apply, previewed, seq } = await client();
    const preview = await previewed('frab-xml', xml);
    await app.server.dispatch({ role: 'moderator' }, { id: randomUUID(), type: 'announcement:post', payload: { level: 'info', text: 'Kaffee' } });
    const afterAnnouncement = await previewed('frab-xml', xml);
    await app.server.dispatch({ role: 'moderator' }, { id: randomUUID(), type: 'session:rename', payload: { sessionId: 'eroeffnung', title: 'Begrüßung' } });
    const before = seq();
    const stale = await apply('frab-xml', xml, afterAnnouncement.baseSeq);
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ path: 'baseSeq' }] } });
    expect(seq()).toBe(before);
    expect((await apply('frab-xml', xml, before)).status).toBe(200);
    expect(preview.baseSeq).toBeLessThan(afterAnnouncement.baseSeq);
  });

  it('answers every malformed file with issues naming line or field, and changes nothing', async () => {
    const { apply, preview, seq, state } = await client();
    const before = { seq: seq(), state: state() };
    const cases: [ImportFormat, string, RegExp][] = [
      ['frab-xml', xml.replace('</conference>', '</konferenz>'), /^line \d+$/],
      ['frab-xml', xml.replace('<title>Mittagspause</title>', ''), /^line \d+: title$/],
      ['frab-xml', xml.replace('<start>14:00</start>', '<start>14 Uhr</start>'), /^line \d+: start$/],
      ['frab-xml', xml.replace('<room>Foyer</room>', '<room>Kantine</room>'), /^line \d+: room$/],
      ['frab-xml', xml.replace(`guid="${fixtureGuid(2)}"`, `guid="${fixtureGuid(1)}"`), /^line \d+: guid$/],
      ['schedule-json', fixture('schedule.json').replace('"title": "Open Space"', '"titel": "Open Space"'), /^line \d+: schedule\.conference\.days\[1\]\.rooms\["Werkstatt Ü1"\]\[0\]\.title$/],
      ['schedule-json', '{"schedule": ', /^line 1$/],
      ['csv', 'id,title,date,start,end\nx,X,2026-05-14,09:00,10:00\n', /^line 1$/],
      ['csv', 'id,title,date,start,end,room\nx,X,2026-05-14,09:00,10:00,Auditorium\ny,Y,2026-05-14,9 Uhr,10:00,Kantine\n', /^line 3: start$/],
    ];
    for (const [format, content, path] of cases) {
      const previewAnswer = await preview(format, content);
      const previewBody = await previewAnswer.json();
      const issues = previewAnswer.status === 200
        ? previewBody.rejected.map((r: { line: number; field: string }) => ({ path: `line ${r.line}: ${r.field}` }))
        : previewBody.error.issues;
      expect(issues[0]?.path, `${format}: ${content.slice(0, 40)}`).toMatch(path);
      const answer = await apply(format, content, before.seq);
      expect(answer.status).toBe(400);
      const body = await answer.json();
      expect(failureReplySchema.safeParse(body).success).toBe(true);
      expect(body.error.code).toBe('invalid_command');
      expect(body.error.issues[0].path).toMatch(path);
    }
    expect(seq()).toBe(before.seq);
    expect(state()).toBe(before.state);
  });

  it('refuses a bad request body with a typed error', async () => {
    const { request, app, seq } = await client();
    const bad = await request('/api/import/preview', { token: app.organizerToken, json: { format: 'docx', content: 'x' } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues[0].path).toBe('format');
    const noBaseSeq = await request('/api/import/apply', { token: app.organizerToken, json: { format: 'frab-xml', content: xml } });
    expect(noBaseSeq.status).toBe(400);
    expect((await noBaseSeq.json()).error.issues[0].path).toBe('baseSeq');
    const before = seq();
    for (const body of ['{"format": "frab-xml", "content": ', '[['.repeat(50_000), '']) {
      const headers = { authorization: `Bearer ${app.organizerToken}`, 'content-type': 'application/json' };
      const broken = await app.server.fetch(new Request('http://localhost/api/import/apply', { method: 'POST', headers, body }));
      expect(broken.status).toBe(400);
      expect((await broken.json()).error.code).toBe('invalid_command');
    }
    expect(seq()).toBe(before);
  });
});

describe('programme export over HTTP', () => {
  it('exports frab XML and schedule.json to anyone, and re-importing either changes nothing', async () => {
    const { request, previewed } = await client();
    const exportedXml = await request('/api/export/schedule.xml');
    expect(exportedXml.status).toBe(200);
    expect(exportedXml.headers.get('content-type')).toContain('application/xml');
    const exportedJson = await request('/api/export/schedule.json');
    expect(exportedJson.status).toBe(200);
    const nothing = { added: [], moved: [], renamed: [], removed: [], cancelled: [], reinstated: [], detailsChanged: [], roomsAdded: [], roomsRenamed: [], eventChanged: false };
    expect((await previewed('frab-xml', await exportedXml.text())).diff).toEqual(nothing);
    expect((await previewed('schedule-json', await exportedJson.text())).diff).toEqual(nothing);
  });

  it('exports the programme as an iCal file a calendar parser reads', async () => {
    const { request, state } = await client();
    const response = await request('/api/export/programme.ics');
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(Object.keys(state().sessions).length);
    const opening = events.find((e) => e.uid.startsWith('eroeffnung@'));
    expect(opening?.startDate.toJSDate().toISOString()).toBe(state().sessions['eroeffnung']?.startsAt);
  });
});

describe('exports as the programme changes', () => {
  const renamed = 'Begrüßung am Morgen';
  const rename = (app: Awaited<ReturnType<typeof client>>['app']) =>
    app.server.dispatch({ role: 'moderator' }, { id: randomUUID(), type: 'session:rename', payload: { sessionId: 'eroeffnung', title: renamed } });
  const files = (request: Awaited<ReturnType<typeof client>>['request']) =>
    Promise.all(exportNames.map(async (name) => (await request(`/api/export/${name}`)).text()));

  it('serves the same files while the programme stays the same, and every file shows a change at once', async () => {
    const { app, request } = await client();
    const before = await files(request);
    expect(await files(request)).toEqual(before);
    expect(await rename(app)).toMatchObject({ ok: true });
    const after = await files(request);
    for (const [i, file] of after.entries()) {
      expect(before[i]).not.toContain(renamed);
      expect(file).toContain(renamed);
    }
  });

  it('gives each server its own programme from one shared worker, also after the worker restarted', async () => {
    const [first, second] = [await client(), await client()];
    expect(await rename(first.app)).toMatchObject({ ok: true });
    const [xml, ...others] = exportNames;
    for (const name of exportNames) expect(await (await first.request(`/api/export/${name}`)).text()).toContain(renamed);
    expect(await (await second.request(`/api/export/${xml}`)).text()).not.toContain(renamed);
    // The files not built yet need the programme in the new worker too.
    await importWorker.close();
    for (const name of others) {
      const file = await second.request(`/api/export/${name}`);
      expect(file.status).toBe(200);
      expect(await file.text()).toContain('Eröffnung');
    }
  });
});

describe('real programmes over HTTP', () => {
  it('reports a file that disagrees with itself about times once, and applies only after the organizer chose a reading', async () => {
    const { app, request, previewed, seq, state } = await client();
    const content = fixture('real/pretalx-zone-disagrees.json');
    const preview = await previewed('schedule-json', content);
    expect(preview.rejected).toEqual([]);
    expect(preview.timeConflict).toMatchObject({ count: 3, zone: 'UTC', example: { title: 'Keynote' } });
    const before = seq();
    const json = { format: 'schedule-json', content, baseSeq: preview.baseSeq };
    const refused = await request('/api/import/apply', { token: app.organizerToken, json });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.issues[0].path).toBe('timeReading');
    expect(seq()).toBe(before);
    const applied = await request('/api/import/apply', { token: app.organizerToken, json: { ...json, timeReading: 'zone' } });
    expect(applied.status).toBe(200);
    expect(state().sessions['d0000000-0000-4000-8000-000000000011']?.startsAt).toBe('2020-12-14T09:00:00.000Z');
  });

  it('takes back our own XML export of a 5,000-session event (over the old 5 M limit), and answers 413 to 20 MB', async () => {
    const big = applyChanges(emptyState, committed([{ type: 'programme:loaded', audience: 'public', data: bigProgramme(5000) }]));
    const exported = frabXmlExport(big, '1') ?? '';
    expect(exported.length).toBeGreaterThan(5_000_000);
    const { previewed, preview } = await client();
    const answer = await previewed('frab-xml', exported);
    expect(answer).toMatchObject({ sessionCount: 5000, rejected: [] });
    const tooBig = await preview('frab-xml', 'x'.repeat(20 * 1024 * 1024));
    expect(tooBig.status).toBe(413);
  }, 60_000);

  it('answers JSON nested thousands deep with a typed 400', async () => {
    const { preview } = await client();
    const deep = `{"schedule":{"conference":{"title":"x","days":[{"date":"2026-05-14","rooms":{"A":[{"x":${'['.repeat(5000)}${']'.repeat(5000)}}]}}]}}}`;
    const answer = await preview('schedule-json', deep);
    expect(answer.status).toBe(400);
    expect(failureReplySchema.parse(await answer.json()).error).toMatchObject({ code: 'invalid_command', issues: [{ path: 'content' }] });
  });
});

describe('programme:import command', () => {
  it('refuses sessions in rooms that do not exist, and non-organizers', async () => {
    const { app, seq } = await client();
    const before = seq();
    const state = app.server.live.state();
    const event = state.event!;
    const session = { ...state.sessions['eroeffnung']!, roomId: 'kantine' };
    const run = (payload: unknown) => app.server.dispatch({ role: 'organizer' }, { id: randomUUID(), type: 'programme:import', payload });
    const programme = { event, rooms: [], sessions: [session] };
    expect(await run({ programme })).toMatchObject({
      ok: false,
      error: { code: 'invalid_command', issues: [{ path: 'payload.programme.sessions.0.roomId', message: 'no such room' }] },
    });
    expect(await app.server.dispatch({ role: 'moderator' }, { id: randomUUID(), type: 'programme:import', payload: { programme } }))
      .toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(seq()).toBe(before);
  });
});
