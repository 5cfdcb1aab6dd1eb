import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Command } from '../../shared/commands.js';
import { protocolVersion } from '../../shared/protocol.js';
import { schemaVersion, emptyState } from '../../shared/publicState.js';
import { encodeSyncBody } from '../../shared/syncReply.js';
import { socketEvents } from '../../shared/events.js';

/*
 * How the app reacts when it and its server do not speak a common protocol version, with the
 * socket replaced by a script (the integration test protocolVersion.test.ts has the real one).
 */

type Handler = (...args: unknown[]) => void;

/** socket.io-client as the app's socket module uses it, driven by the test. */
function fakeSocket() {
  const handlers = new Map<string, Handler>();
  const emitted: { event: string; args: unknown[] }[] = [];
  const socket = {
    connected: false,
    active: false,
    on: (event: string, handler: Handler) => void handlers.set(event, handler),
    emit: (event: string, ...args: unknown[]) => void emitted.push({ event, args }),
    timeout: () => ({ emit: (event: string, ...args: unknown[]) => void emitted.push({ event, args }) }),
    connect: () => undefined,
    disconnect: () => undefined,
  };
  const fire = (event: string, ...args: unknown[]) => handlers.get(event)?.(...args);
  /** The ack callback of the `index`th emit of `event` (the last one by default). */
  const ackOf = (event: string, index = -1) => {
    const ack = emitted.filter((e) => e.event === event).at(index)?.args.at(-1);
    if (typeof ack !== 'function') throw new Error(`no ${event} with an ack was sent`);
    return (...args: unknown[]) => ack(...args);
  };
  /** What the module passed to io(): its handshake `auth` among it. */
  const options: { auth?: unknown } = {};
  const io = (given: { auth?: unknown }) => Object.assign(options, given) && socket;
  return { socket, io, options, fire, ackOf, emitted };
}

const flushOutbox = vi.fn(async () => undefined);

/** The app's socket module, fresh, against a scripted socket; `oldestServer` plays an app that needs a newer server. */
async function app(oldestServer?: number) {
  vi.resetModules();
  const fake = fakeSocket();
  vi.doMock('socket.io-client', () => ({ io: fake.io }));
  vi.doMock('../../client/sync/outbox.js', () => ({ flushOutbox }));
  vi.doMock('../../client/sync/deviceId.js', () => ({
    ensureDeviceId: async () => 'd1.test',
    storedDeviceId: () => 'd1.test',
    forgetDeviceId: () => undefined,
  }));
  vi.doMock('../../client/sync/deviceStore.js', () => ({
    lastSeq: () => null,
    receiveLive: () => false,
    receiveSync: () => undefined,
    resetDevice: () => undefined,
    state: () => emptyState,
  }));
  if (oldestServer !== undefined) {
    vi.doMock('../../shared/protocol.js', async (original) => ({ ...(await original()), oldestServerProtocol: oldestServer }));
  }
  const link = await import('../../client/sync/socketLink.js');
  const status = await import('../../client/sync/connectionStatus.js');
  const connect = () => {
    fake.socket.connected = true;
    fake.fire('connect');
  };
  return { link, status, fake, connect };
}

const snapshotAck = (protocol?: number) => ({
  kind: 'encoded',
  body: encodeSyncBody({ kind: 'snapshot', snapshot: { seq: 0, schemaVersion, state: emptyState } }),
  serverTime: Date.now(),
  ...(protocol === undefined ? {} : { protocol }),
});

const vote: Command = { id: crypto.randomUUID(), type: 'question:vote', payload: { questionId: crypto.randomUUID(), up: true } };

beforeEach(() => {
  flushOutbox.mockClear();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.doUnmock('../../shared/protocol.js');
  vi.restoreAllMocks();
});

describe('the app and its server speak different protocol versions', () => {
  it('refused as too old: the update prompt shows, queued commands stay and nothing is sent', async () => {
    const { link, status, fake } = await app();
    fake.fire('connect_error', new Error('update_required'));
    expect(status.updateRequired()).toBe(true);
    expect(link.isConnected()).toBe(false);
    expect(await link.emitCommand(vote)).toMatchObject({ ok: false, error: { code: 'update_required' } });
    expect(fake.emitted.filter((e) => e.event === socketEvents.command)).toEqual([]);
    expect(flushOutbox).not.toHaveBeenCalled();
  });

  it.each([
    ['an older version', 1],
    ['no version (from before versions)', undefined],
  ])('a server that states %s to an app that needs version 2: shown, but its commands wait', async (_name, protocol) => {
    const { link, status, fake, connect } = await app(2);
    connect();
    fake.ackOf(socketEvents.sync)(snapshotAck(protocol));
    expect(status.status()).toBe('online');
    expect(status.updateRequired()).toBe(true);
    expect(link.isConnected()).toBe(false);
    expect(flushOutbox).not.toHaveBeenCalled();
  });

  it('a server too old for the app that is then updated: the prompt goes and the waiting commands are sent', async () => {
    const { link, status, fake, connect } = await app(2);
    connect();
    fake.ackOf(socketEvents.sync)(snapshotAck(1));
    expect(status.updateRequired()).toBe(true);
    connect();
    fake.ackOf(socketEvents.sync)(snapshotAck(2));
    expect(status.updateRequired()).toBe(false);
    expect(link.isConnected()).toBe(true);
    expect(flushOutbox).toHaveBeenCalledOnce();
  });

  it('a server that speaks the app’s version: the outbox is sent, no prompt', async () => {
    const { link, status, fake, connect } = await app();
    expect(link.isConnected()).toBe(false);
    connect();
    fake.ackOf(socketEvents.sync)(snapshotAck(1));
    expect(status.updateRequired()).toBe(false);
    expect(link.isConnected()).toBe(true);
    expect(flushOutbox).toHaveBeenCalledOnce();
  });

  it('states its own version in the handshake', async () => {
    const { fake } = await app();
    const auth = fake.options.auth;
    if (typeof auth !== 'function') throw new Error('the handshake is not built by a function');
    const sent = await new Promise((resolve) => auth(resolve));
    expect(sent).toEqual({ protocol: protocolVersion, deviceId: 'd1.test' });
  });
});

describe('the acknowledgement of a command', () => {
  it('counts as an answer only when it parses; otherwise the command is unanswered and sent again', async () => {
    const { link, fake, connect } = await app();
    connect();
    fake.ackOf(socketEvents.sync)(snapshotAck(1));
    const answers = [link.emitCommand(vote), link.emitCommand(vote), link.emitCommand(vote)];
    fake.ackOf(socketEvents.command, 0)(null, { ok: true, seq: 7 });
    fake.ackOf(socketEvents.command, 1)(null, { ok: true });
    fake.ackOf(socketEvents.command, 2)(null, { ok: false, error: { code: 'no_such_code', message: 'x' } });
    expect(await Promise.all(answers)).toEqual([
      { ok: true, seq: 7 },
      { ok: false, error: { code: 'unreadable', message: 'unreadable' } },
      { ok: false, error: { code: 'unreadable', message: 'unreadable' } },
    ]);
  });
});

describe('refused by the server for load (too many sockets from this address)', () => {
  it('says so, tries again after a growing, spread-out wait, and stops saying so once connected', async () => {
    vi.useFakeTimers();
    try {
      const { status, fake, connect } = await app();
      const connectSpy = vi.spyOn(fake.socket, 'connect');
      fake.fire('connect_error', new Error('rate_limited'));
      expect(status.crowded()).toBe(true);
      vi.advanceTimersByTime(999);
      expect(connectSpy).not.toHaveBeenCalled();
      vi.advanceTimersByTime(2001);
      expect(connectSpy).toHaveBeenCalledTimes(1);
      connect();
      expect(status.crowded()).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
