import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { socketEvents } from '../../shared/events.js';
import { schemaVersion } from '../../shared/publicState.js';
import { parseSyncReply } from '../../shared/syncReply.js';
import type { TestDevice } from '../support/socketClient.js';
import { eventually } from '../support/socketClient.js';
import { useServers } from '../support/useServers.js';

/**
 * Issue 30: a question hidden or deleted after its life in public (approved, pinned, answered,
 * staged) is in no attendee catch-up from any seq in between, over the socket or HTTP.
 */
const { running, device } = useServers();
const sessionId = 'digitale-doerfer';

async function catchUpsFrom(url: string, attendee: TestDevice, from: number, to: number): Promise<string[]> {
  const bodies: string[] = [];
  for (let since = from; since <= to; since++) {
    bodies.push(await (await fetch(`${url}/api/changes?since=${since}`)).text());
    const reply = parseSyncReply(await attendee.socket.timeout(5000).emitWithAck(socketEvents.sync, { lastSeq: since, schemaVersion }));
    expect(reply, `sync from ${since}`).not.toBeNull();
    bodies.push(JSON.stringify(reply));
  }
  return bodies;
}

describe.each(['question:hide', 'question:delete'] as const)('a question ended by %s', (ending) => {
  it('is in no attendee catch-up from any seq between its publication and its end', async () => {
    const app = await running();
    const moderator = await device(app.url, app.moderatorToken);
    const [asker, attendee] = [await device(app.url), await device(app.url)];
    await moderator.send('moderation:set-mode', { sessionId, mode: 'pre' });
    const questionId = randomUUID();
    const words = `Vertraulich-${randomUUID().slice(0, 8)}`;
    const answer = `Antwort-${randomUUID().slice(0, 8)}`;
    expect(await asker.send('question:ask', { questionId, target: { kind: 'session', id: sessionId }, text: words, authorName: 'Petra Beispiel' })).toMatchObject({ ok: true });
    const beforePublication = app.server.live.seq();
    for (const [type, payload] of [
      ['question:approve', { questionId }],
      ['question:pin', { questionId, pinned: true }],
      ['question:answer', { questionId, text: answer }],
      ['question:stage', { sessionId, questionId }],
    ] as const) expect(await moderator.send(type, payload), type).toMatchObject({ ok: true });
    await eventually(() => attendee.state.questions[questionId]?.answer?.text === answer);
    // Before its end, the same catch-ups do carry it: what follows is the erasure, not an empty window.
    const before = (await catchUpsFrom(app.url, attendee, beforePublication, beforePublication)).join();
    expect(before).toContain(words);
    expect(before).toContain('Petra Beispiel');
    expect(await moderator.send(ending, { questionId })).toMatchObject({ ok: true });
    await eventually(() => attendee.state.questions[questionId] === undefined);

    const bodies = await catchUpsFrom(app.url, attendee, beforePublication - 1, app.server.live.seq());
    expect(bodies.length).toBeGreaterThan(10);
    for (const body of bodies) {
      expect(body).not.toContain(words);
      expect(body).not.toContain('Petra Beispiel');
      expect(body).not.toContain(answer);
    }
  });
});
