import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandPayload, CommandType } from '../../shared/commands.js';
import { standsPreviewReplySchema, type StandsImportRequest } from '../../shared/importReport.js';
import { blobPath } from '../../shared/media.js';
import { planImageUploadReply } from '../../shared/mediaSchemas.js';
import { standsFileSchema } from '../../shared/standsImport.js';
import { tinyPng } from '../support/mediaFiles.js';
import { createTestApp, hostToken, type TestApp } from '../support/testServer.js';

const fixture = readFileSync(new URL('../fixtures/import/stands.json', import.meta.url), 'utf8');

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.store.close();
});

const call = (app: TestApp, path: string, init: { method?: string; body?: unknown; token?: string } = {}) =>
  app.server.fetch(
    new Request(`http://ortstermin.test${path}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    }),
  );

const command = <K extends CommandType>(app: TestApp, token: string, type: K, payload: CommandPayload<K>) =>
  call(app, '/api/commands', { method: 'POST', token, body: { id: randomUUID(), type, payload } });

/** The fixture imported, a host's profile edits on screen, and a plan image under the map. */
async function eventWithEdits() {
  const app = await createTestApp();
  apps.push(app);
  const importFile = (request: StandsImportRequest) => call(app, '/api/import/stands', { method: 'POST', token: app.organizerToken, body: request });
  expect((await importFile({ content: fixture })).status).toBe(200);
  const host = await hostToken(app.server, 'dorf-funk');
  const edit = await command(app, host, 'stand:edit-profile', {
    standId: 'dorf-funk', description: 'Vom Host geschrieben.', summary: 'Neu: ein Satz', partners: ['Fraunhofer IESE'],
    contact: { phone: { value: '0631 12345', public: false }, email: { value: 'dorffunk@example.org', public: true } },
  });
  expect(await edit.json()).toMatchObject({ ok: true });
  const uploaded = await app.server.fetch(
    new Request('http://ortstermin.test/api/plan/image', { method: 'POST', headers: { 'content-type': 'image/png', authorization: `Bearer ${app.organizerToken}` }, body: new Uint8Array(tinyPng()) }),
  );
  const { image } = planImageUploadReply.parse(await uploaded.json());
  expect(await (await command(app, app.organizerToken, 'plan:set-image', { image })).json()).toMatchObject({ ok: true });
  return { app, image, importFile };
}

describe('GET /api/export/stands.json', () => {
  it('is the organizer\'s: the stands with their profiles, the plan and its image (hash and address) in the import format', async () => {
    const { app, image } = await eventWithEdits();
    expect((await call(app, '/api/export/stands.json')).status).toBe(401);
    expect((await call(app, '/api/export/stands.json', { token: app.moderatorToken })).status).toBe(403);
    const response = await call(app, '/api/export/stands.json', { token: app.organizerToken });
    expect(response.status).toBe(200);
    const file = standsFileSchema.parse(await response.json());
    expect(file.planImage).toEqual({ ...image, url: blobPath(image.hash) });
    const dorfFunk = file.stands.find((stand) => stand.id === 'dorf-funk');
    expect(dorfFunk).toMatchObject({ description: 'Vom Host geschrieben.', summary: 'Neu: ein Satz', partners: ['Fraunhofer IESE'], contact: { email: 'dorffunk@example.org' } });
    expect(JSON.stringify(file)).not.toContain('0631 12345');
    expect(file.floorPlan).toEqual(app.server.live.state().floorPlan);
  });

  it('export → import is a no-op: the log gets no change and the state stays equal', async () => {
    const { app, importFile } = await eventWithEdits();
    const exported = await (await call(app, '/api/export/stands.json', { token: app.organizerToken })).text();
    const [before, seqBefore] = [app.server.live.state(), app.store.log.lastSeq()];
    for (const hostEdits of [undefined, 'keep', 'overwrite'] as const) {
      const response = await importFile({ content: exported, ...(hostEdits ? { hostEdits } : {}) });
      expect(response.status).toBe(200);
      expect(app.store.log.lastSeq()).toBe(seqBefore);
      expect(app.server.live.state()).toEqual(before);
    }
    const preview = standsPreviewReplySchema.parse(await (await call(app, '/api/import/stands/preview', { method: 'POST', token: app.organizerToken, body: { content: exported } })).json());
    expect(preview).toEqual({ ok: true, standCount: 4, overwrites: [] });
  });
});

describe('the stands import preview: fields edited on screen since the last file', () => {
  it('names the fields the file would overwrite; the organizer keeps them or takes the file\'s', async () => {
    const { app, importFile } = await eventWithEdits();
    // The organizer's new file: another topic for one stand, nothing new about the host's.
    const newFile = fixture.replace('"Verwaltung"', '"Verwaltung digital"');
    const preview = await call(app, '/api/import/stands/preview', { method: 'POST', token: app.organizerToken, body: { content: newFile } });
    const { overwrites, standCount } = standsPreviewReplySchema.parse(await preview.json());
    expect(standCount).toBe(4);
    expect(overwrites.map((edit) => edit.field).sort()).toEqual(['contact.email', 'contact.phone', 'description', 'partners', 'summary']);
    expect(overwrites.find((edit) => edit.field === 'description')).toMatchObject({ standId: 'dorf-funk', now: 'Vom Host geschrieben.' });
    // Which fields a host edited (a contact field that is not public among them) stays on the server.
    const attendees = await call(app, '/api/snapshot');
    expect(attendees.status).toBe(200);
    const seen = await attendees.text();
    expect(seen).toContain('dorf-funk');
    expect(seen).not.toContain('standEdits');
    expect(seen).not.toContain('contact.phone');
    expect(app.server.live.snapshotFor(['public']).state).not.toHaveProperty('standEdits');

    const seq = app.store.log.lastSeq();
    expect((await importFile({ content: newFile, hostEdits: 'keep' })).status).toBe(200);
    expect(app.store.log.lastSeq()).toBe(seq + 1);
    const kept = app.server.live.state();
    expect(kept.stands.buergerportal?.topic).toBe('Verwaltung digital');
    expect(kept.stands['dorf-funk']).toMatchObject({ description: 'Vom Host geschrieben.', summary: 'Neu: ein Satz', partners: ['Fraunhofer IESE'] });
    expect(kept.standContacts['dorf-funk']?.phone).toEqual({ value: '0631 12345', public: false });
    // Still edited on screen: the same file would still overwrite them.
    const again = standsPreviewReplySchema.parse(await (await call(app, '/api/import/stands/preview', { method: 'POST', token: app.organizerToken, body: { content: newFile } })).json());
    expect(again.overwrites).toEqual(overwrites);

    expect((await importFile({ content: newFile, hostEdits: 'overwrite' })).status).toBe(200);
    const taken = app.server.live.state();
    const fromFile = standsFileSchema.parse(JSON.parse(newFile)).stands.find((stand) => stand.id === 'dorf-funk');
    expect(taken.stands['dorf-funk']).toEqual(fromFile);
    expect(taken.standContacts).toEqual({});
    const after = standsPreviewReplySchema.parse(await (await call(app, '/api/import/stands/preview', { method: 'POST', token: app.organizerToken, body: { content: newFile } })).json());
    expect(after.overwrites).toEqual([]);
  });

  it('refuses a file naming a plan image that was never uploaded, changing nothing', async () => {
    const { app, importFile } = await eventWithEdits();
    const seq = app.store.log.lastSeq();
    const file = { ...JSON.parse(fixture), planImage: { hash: 'c'.repeat(64), type: 'image/png', size: 10 } };
    const response = await importFile({ content: JSON.stringify(file) });
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(app.store.log.lastSeq()).toBe(seq);
  });
});
