import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/testServer.js';

const fixture = readFileSync(new URL('../fixtures/import/stands.json', import.meta.url), 'utf8');

function importStands(app: Awaited<ReturnType<typeof createTestApp>>, content: string, token = app.organizerToken) {
  return app.server.fetch(
    new Request('http://ortstermin.test/api/import/stands', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ content }),
    }),
  );
}

describe('stands and floor plan import', () => {
  it('the demo event comes with detailed stands and a floor plan placing every stand', async () => {
    const state = (await createTestApp()).server.live.snapshotFor(['public']).state;
    expect(state.stands['digitale-doerfer']?.implementation).not.toBe('');
    expect(state.stands['digitale-doerfer']?.cost).not.toBe('');
    const placed = new Set(state.floorPlan?.places.filter((p) => p.kind === 'stand').map((p) => p.refId));
    expect(Object.keys(state.stands).every((id) => placed.has(id))).toBe(true);
  });

  it('replaces stands and plan from one file, for organizers only', async () => {
    const app = await createTestApp();
    expect((await importStands(app, fixture, app.moderatorToken)).status).toBe(403);
    const response = await importStands(app, fixture);
    expect(response.status).toBe(200);
    const state = app.server.live.snapshotFor(['public']).state;
    expect(state.stands['smarte-lichtmasten']?.cost).toContain('180.000');
    expect(state.stands['digitale-doerfer']).toBeUndefined();
    expect(state.floorPlan?.title).toContain('Fraunhofer');
  });

  it('names the line and field of a problem and changes nothing', async () => {
    const app = await createTestApp();
    const before = app.store.log.lastSeq();
    const broken = fixture.replace('"roomId": "aussen"', '"roomId": "keller"');
    const response = await importStands(app, broken);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('invalid_command');
    expect(JSON.stringify(body.error.issues)).toMatch(/stands\[3\]\.roomId/);
    expect((await importStands(app, '{"version": 1, "stands": [')).status).toBe(400);
    expect(app.store.log.lastSeq()).toBe(before);
  });
});
