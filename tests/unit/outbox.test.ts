import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SendResult } from '../../client/sync/commandResult.js';
import type { OutboxEntry } from '../../client/sync/persistence.js';
import type { Command } from '../../shared/commands.js';
import type { CommandResult } from '../../shared/errors.js';
import { readAck } from '../../client/sync/commandAck.js';

/** IndexedDB as the outbox sees it: what survives a closed tab. */
const disk = vi.hoisted(() => new Map<string, { queuedAt: number }>());
vi.mock('../../client/sync/persistence.js', () => ({
  loadOutbox: async () => [...disk.values()].sort((a, b) => a.queuedAt - b.queuedAt),
  putQueued: async (command: OutboxEntry) => void disk.set(command.id, structuredClone(command)),
  deleteQueued: async (id: string) => void disk.delete(id),
}));

const target = { kind: 'session', id: 'eroeffnung' } as const;
const ask = (text: string) => ({ questionId: crypto.randomUUID(), target, text });
const lostAck: SendResult = { ok: false, error: { code: 'timeout', message: 'timeout' } };

/** A fresh page: the outbox module loaded anew, with a server that answers from a script. */
async function freshPage(answers: SendResult[] = []) {
  vi.resetModules();
  const outbox = await import('../../client/sync/outbox.js');
  const sent: Command[] = [];
  const settled: { id: string; result: CommandResult }[] = [];
  let online = true;
  outbox.connectOutbox(async (command) => {
    sent.push(structuredClone(command));
    return answers.shift() ?? { ok: true, seq: sent.length };
  }, () => online);
  outbox.onOutboxSettled((command, result) => settled.push({ id: command.id, result }));
  return { outbox, sent, settled, goOffline: () => (online = false), goOnline: () => (online = true) };
}

/** Lets the awaited sends and writes run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  disk.clear();
  vi.useFakeTimers();
  vi.stubGlobal('window', { isSecureContext: false });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the outbox', () => {
  it('resends a command whose acknowledgement was lost with the id it was queued under', async () => {
    const page = await freshPage([lostAck]);
    const id = await page.outbox.enqueueCommand('question:ask', ask('Wer hostet die Plattform?'));
    await settle();
    expect(page.sent.map((c) => c.id)).toEqual([id]);
    expect(page.outbox.outboxItems().map((c) => c.id)).toEqual([id]);

    await vi.advanceTimersByTimeAsync(4999);
    expect(page.sent).toHaveLength(1); // no hammering a server that did not answer
    await vi.advanceTimersByTimeAsync(1); // the retry after a failure
    expect(page.sent.map((c) => c.id)).toEqual([id, id]);
    expect(page.sent[1]).toEqual(page.sent[0]);
    expect(page.settled).toEqual([{ id, result: { ok: true, seq: 2 } }]);
    expect(page.outbox.outboxItems()).toEqual([]);
    expect(disk.size).toBe(0);
  });

  it('after a closed tab, sends what was queued with the ids it had, oldest first', async () => {
    const before = await freshPage();
    before.goOffline();
    const first = await before.outbox.enqueueCommand('question:ask', ask('Erste Frage'));
    vi.advanceTimersByTime(1);
    const second = await before.outbox.enqueueCommand('question:vote', { questionId: crypto.randomUUID(), up: true });
    await settle();
    expect(before.sent).toEqual([]);
    expect([...disk.keys()].sort()).toEqual([first, second].sort());

    const after = await freshPage();
    await after.outbox.restoreOutbox();
    expect(after.outbox.outboxItems().map((c) => c.id)).toEqual([first, second]);
    await after.outbox.flushOutbox();
    expect(after.sent.map((c) => [c.id, c.type])).toEqual([
      [first, 'question:ask'],
      [second, 'question:vote'],
    ]);
    expect(disk.size).toBe(0);
  });

  it('waits as long as a rate limit says and then sends the same command again', async () => {
    const page = await freshPage([{ ok: false, error: { code: 'rate_limited', message: 'slow down', retryAfterMs: 3000 } }]);
    const id = await page.outbox.enqueueCommand('question:ask', ask('Zu schnell?'));
    await vi.advanceTimersByTimeAsync(2999);
    expect(page.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(page.sent.map((c) => c.id)).toEqual([id, id]);
    expect(page.settled).toEqual([{ id, result: { ok: true, seq: 2 } }]);
  });

  it('keeps a command the server failed on for a later attempt, and settles a refusal for good', async () => {
    const page = await freshPage([
      { ok: false, error: { code: 'internal', message: 'internal' } },
      { ok: false, error: { code: 'not_found', message: 'gone' } },
    ]);
    const id = await page.outbox.enqueueCommand('question:vote', { questionId: crypto.randomUUID(), up: true });
    await settle();
    expect(page.settled).toEqual([]);
    expect(disk.has(id)).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(page.sent.map((c) => c.id)).toEqual([id, id]);
    expect(page.settled).toEqual([{ id, result: { ok: false, error: { code: 'not_found', message: 'gone' } } }]);
    expect(disk.has(id)).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(page.sent).toHaveLength(2);
  });

  it('sends nothing while offline and everything, in order, once connected', async () => {
    const page = await freshPage();
    page.goOffline();
    const ids = [
      await page.outbox.enqueueCommand('question:ask', ask('A')),
      await page.outbox.enqueueCommand('question:ask', ask('B')),
    ];
    await vi.advanceTimersByTimeAsync(10_000);
    expect(page.sent).toEqual([]);
    page.goOnline();
    await page.outbox.flushOutbox();
    expect(page.sent.map((c) => c.id)).toEqual(ids);
    expect(page.settled.map((s) => s.id)).toEqual(ids);
  });

  it('keeps a command that could not go out (offline) and sends it once the socket is back', async () => {
    const page = await freshPage([{ ok: false, error: { code: 'offline', message: 'offline' } }]);
    const id = await page.outbox.enqueueCommand('question:ask', ask('Funkloch?'));
    await settle();
    expect(page.settled).toEqual([]);
    expect(disk.has(id)).toBe(true);
    await page.outbox.flushOutbox();
    expect(page.settled).toEqual([{ id, result: { ok: true, seq: 2 } }]);
  });

  it('sends each command once when flushes overlap (a reconnect during a send)', async () => {
    vi.resetModules();
    const outbox = await import('../../client/sync/outbox.js');
    const sent: string[] = [];
    const answers: ((result: SendResult) => void)[] = [];
    outbox.connectOutbox((command) => {
      sent.push(command.id);
      return new Promise((resolve) => answers.push(resolve));
    }, () => true);
    const id = await outbox.enqueueCommand('question:ask', ask('Doppelt?'));
    const flushes = [outbox.flushOutbox(), outbox.flushOutbox()];
    await settle();
    expect(sent).toEqual([id]);
    answers.forEach((answer) => answer({ ok: true, seq: 1 }));
    await Promise.all(flushes);
    await settle();
    expect(sent).toEqual([id]);
    expect(outbox.outboxItems()).toEqual([]);
  });

  it('lists a command once when what is stored is restored beside what this page queued', async () => {
    const page = await freshPage();
    page.goOffline();
    const id = await page.outbox.enqueueCommand('question:ask', ask('Einmal'));
    await page.outbox.restoreOutbox();
    expect(page.outbox.outboxItems().map((c) => c.id)).toEqual([id]);
  });

  it('stops telling a listener that unsubscribed', async () => {
    const page = await freshPage();
    const heard: string[] = [];
    const stop = page.outbox.onOutboxSettled((command) => heard.push(command.id));
    const first = await page.outbox.enqueueCommand('question:ask', ask('Eins'));
    await settle();
    stop();
    await page.outbox.enqueueCommand('question:ask', ask('Zwei'));
    await settle();
    expect(heard).toEqual([first]);
  });

  it('sends again a command whose acknowledgement did not parse, instead of counting it as done', async () => {
    const page = await freshPage([readAck({ ok: true, seq: 'twelve' })]);
    const id = await page.outbox.enqueueCommand('question:ask', ask('Angekommen?'));
    await settle();
    expect(page.settled).toEqual([]);
    expect(disk.has(id)).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(page.sent.map((c) => c.id)).toEqual([id, id]);
    expect(page.settled).toEqual([{ id, result: { ok: true, seq: 2 } }]);
  });

  it('after an update, drops a stored command this version cannot send (with its reason) and sends the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const valid = { id: crypto.randomUUID(), type: 'question:ask', payload: ask('Gültig'), queuedAt: 3 };
    const misspelt = { id: crypto.randomUUID(), type: 'question:vote', payload: { qestionId: crypto.randomUUID(), up: true }, queuedAt: 1 };
    const retired = { id: crypto.randomUUID(), type: 'question:shout', payload: { text: 'HALLO' }, queuedAt: 2 };
    for (const stored of [valid, misspelt, retired]) disk.set(stored.id, stored);

    const page = await freshPage();
    page.goOffline();
    await page.outbox.restoreOutbox();
    expect(page.outbox.outboxItems().map((c) => c.id)).toEqual([valid.id]);
    expect([...disk.keys()]).toEqual([valid.id]);
    const reasons = warn.mock.calls.map((call) => String(call[0]));
    expect(reasons).toEqual([expect.stringContaining('question:vote: questionId'), expect.stringContaining('unknown command type question:shout')]);
    page.goOnline();
    await page.outbox.flushOutbox();
    expect(page.sent).toEqual([{ id: valid.id, type: 'question:ask', payload: valid.payload, queuedAt: 3 }]);
    warn.mockRestore();
  });
});
