import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { socketEvents } from '../../shared/events.js';
import { ownQuestionsReplySchema } from '../../shared/ownQuestions.js';
import { eventually, type TestDevice } from '../support/socketClient.js';
import { standA } from '../support/questionFixture.js';
import { hostToken } from '../support/testServer.js';
import { useServers } from '../support/useServers.js';

const { running, device } = useServers();

async function askOwn(device: TestDevice, questionIds: unknown) {
  return ownQuestionsReplySchema.parse(await device.unchecked.emitWithAck(socketEvents.ownQuestions, { questionIds }));
}

/** Everything a socket receives, whatever the event: nothing about the question may reach others. */
function recordAll(device: TestDevice): unknown[] {
  const seen: unknown[] = [];
  device.socket.onAny((event: string, ...args: unknown[]) => seen.push([event, ...args]));
  return seen;
}

describe('a pre-moderated question hidden before it was published (issue 16)', () => {
  it('reaches its asker as hidden, live and after a reload, and nobody else', async () => {
    const app = await running();
    const moderator = await device(app.url, app.moderatorToken);
    await moderator.send('moderation:set-mode', { sessionId: null, mode: 'pre' });
    const [asker, other, host] = [await device(app.url), await device(app.url), await device(app.url, await hostToken(app.server, standA))];
    const questionId = randomUUID();
    const text = 'Wer hat das bezahlt, ehrlich?';
    expect(await asker.send('question:ask', { questionId, target: { kind: 'stand', id: standA }, text })).toMatchObject({ ok: true });
    await eventually(() => host.state.questions[questionId]?.status === 'pending');

    const told: string[] = [];
    asker.socket.on(socketEvents.ownQuestionHidden, (id) => told.push(id));
    const othersSaw = recordAll(other);
    // The asker's device watches its waiting question; still waiting, it is not hidden.
    expect(await askOwn(asker, [questionId])).toEqual({ kind: 'ok', hidden: [] });

    expect(await moderator.send('question:hide', { questionId })).toMatchObject({ ok: true });
    await eventually(() => told.length === 1);
    expect(told).toEqual([questionId]);
    expect(asker.state.questions[questionId]).toBeUndefined();

    // A reload: a new socket asks again and hears the same, the text still stays with the host.
    const reloaded = await device(app.url);
    expect(await askOwn(reloaded, [questionId, randomUUID()])).toEqual({ kind: 'ok', hidden: [questionId] });
    expect(JSON.stringify(othersSaw)).not.toContain(questionId);
    expect(JSON.stringify([...othersSaw, ...asker.received, ...reloaded.received])).not.toContain(text);
  });

  it('refuses a request that is not a list of question ids, and changes nothing', async () => {
    const app = await running();
    const attendee = await device(app.url);
    expect(await askOwn(attendee, ['not-an-id'])).toEqual({ kind: 'error', code: 'invalid_command' });
    expect(await askOwn(attendee, Array.from({ length: 101 }, () => randomUUID()))).toEqual({ kind: 'error', code: 'invalid_command' });
    expect(await askOwn(attendee, ['__proto__'])).toEqual({ kind: 'error', code: 'invalid_command' });
    expect(ownQuestionsReplySchema.parse(await attendee.unchecked.emitWithAck(socketEvents.ownQuestions, null))).toEqual({
      kind: 'error',
      code: 'invalid_command',
    });
    // Without a callback the request is dropped; the socket carries on.
    (attendee.socket.emit as (event: string, ...args: unknown[]) => void)(socketEvents.ownQuestions, { questionIds: [] });
    expect(await askOwn(attendee, [randomUUID()])).toEqual({ kind: 'ok', hidden: [] });
  });
});
