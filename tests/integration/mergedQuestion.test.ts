import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/testServer.js';

/** Issue 28, item 1: a question merged into another one never speaks to attendees again. */

const target = { kind: 'session' as const, id: 'digitale-doerfer' };
const duplicateText = 'Was kostet das? Fragt Erika, 0631 7654321';
const author = 'Erika Mustermann';

interface Reply {
  ok: boolean;
  error?: { code: string; issues?: { path: string; message: string }[] };
}

async function command(app: TestApp, token: string | null, type: string, payload: unknown): Promise<Reply> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const body = JSON.stringify({ id: randomUUID(), type, payload });
  const response = await app.server.fetch(new Request('http://ortstermin.test/api/commands', { method: 'POST', headers, body }));
  return (await response.json()) as Reply;
}

/** What an attendee can read without a token. */
async function publicSnapshot(app: TestApp): Promise<string> {
  return (await app.server.fetch(new Request('http://ortstermin.test/api/snapshot'))).text();
}

async function publicChangesSince(app: TestApp, since: number): Promise<string> {
  return (await app.server.fetch(new Request(`http://ortstermin.test/api/changes?since=${since}`))).text();
}

/** Two published questions of one session, the second merged into the first. */
async function mergedPair(app: TestApp): Promise<{ kept: string; duplicate: string }> {
  const [kept, duplicate] = [randomUUID(), randomUUID()];
  const ask = (questionId: string, text: string, authorName?: string) =>
    command(app, app.moderatorToken, 'question:ask', { questionId, target, text, ...(authorName ? { authorName } : {}) });
  expect(await ask(kept, 'Was hat die Plattform gekostet?')).toMatchObject({ ok: true });
  expect(await ask(duplicate, duplicateText, author)).toMatchObject({ ok: true });
  expect(await command(app, app.moderatorToken, 'question:merge', { questionId: duplicate, intoId: kept })).toMatchObject({ ok: true });
  return { kept, duplicate };
}

function expectNoTextOfTheDuplicate(body: string): void {
  expect(body).not.toContain('7654321');
  expect(body).not.toContain('Mustermann');
}

describe('a merged-away question refuses what would publish it again', () => {
  it.each([
    ['question:pin', (id: string) => ({ questionId: id, pinned: true })],
    ['question:mark-answered', (id: string) => ({ questionId: id, answered: true })],
    ['question:answer', (id: string) => ({ questionId: id, text: 'Rund 40.000 Euro im Jahr.' })],
    ['question:stage', (id: string) => ({ sessionId: target.id, questionId: id })],
    ['question:approve', (id: string) => ({ questionId: id })],
  ])('%s: conflict saying it was merged, nothing changes, attendees never see its text', async (type, payload) => {
    const app = await createTestApp();
    const { duplicate } = await mergedPair(app);
    const seq = app.server.live.seq();
    const reply = await command(app, app.moderatorToken, type, payload(duplicate));
    expect(reply).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(reply.error?.issues?.[0]?.message).toMatch(/merged/);
    expect(app.server.live.seq()).toBe(seq);
    expectNoTextOfTheDuplicate(await publicSnapshot(app));
    expectNoTextOfTheDuplicate(await publicChangesSince(app, seq - 2));
  });

  it('an answer that waited in an outbox while it was hidden and approved again is refused too', async () => {
    const app = await createTestApp();
    const { duplicate } = await mergedPair(app);
    // Hiding is still allowed: it only takes the pointer away from attendees.
    expect(await command(app, app.moderatorToken, 'question:hide', { questionId: duplicate })).toMatchObject({ ok: true });
    expect(await command(app, app.moderatorToken, 'question:approve', { questionId: duplicate })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await command(app, app.moderatorToken, 'question:answer', { questionId: duplicate, text: 'Rund 40.000 Euro.' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expectNoTextOfTheDuplicate(await publicSnapshot(app));
  });

  it('can still be deleted, which erases it for everyone', async () => {
    const app = await createTestApp();
    const { duplicate } = await mergedPair(app);
    expect(await command(app, app.moderatorToken, 'question:delete', { questionId: duplicate })).toMatchObject({ ok: true });
    expect(app.server.live.state().questions[duplicate]).toBeUndefined();
  });
});

describe('the question a merged-away one points to is deleted', () => {
  it('attendees lose the pointer too and never see its text; staff keep it and may delete it', async () => {
    const app = await createTestApp();
    const { kept, duplicate } = await mergedPair(app);
    expect(JSON.parse(await publicSnapshot(app)).snapshot.state.questions[duplicate]).toMatchObject({ mergedInto: kept });
    const before = app.server.live.seq();
    expect(await command(app, app.moderatorToken, 'question:delete', { questionId: kept })).toMatchObject({ ok: true });

    const snapshot = await publicSnapshot(app);
    expectNoTextOfTheDuplicate(snapshot);
    expect(JSON.parse(snapshot).snapshot.state.questions[duplicate]).toBeUndefined();
    expectNoTextOfTheDuplicate(await publicChangesSince(app, before));
    expectNoTextOfTheDuplicate(await publicChangesSince(app, 0));
    // Still a merged-away question: nothing brings it back.
    expect(await command(app, app.moderatorToken, 'question:pin', { questionId: duplicate, pinned: true })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(app.server.live.state().questions[duplicate]).toMatchObject({ text: duplicateText, mergedInto: kept });
    expect(await command(app, app.moderatorToken, 'question:delete', { questionId: duplicate })).toMatchObject({ ok: true });
  });
});
