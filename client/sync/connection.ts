import { io, type Socket } from 'socket.io-client';
import { batch, createSignal, untrack } from 'solid-js';
import { parseChange, type Change } from '../../shared/changes';
import type { CommandPayload, CommandType } from '../../shared/commands';
import type { CommandResult } from '../../shared/errors';
import {
  socketEvents,
  type ClientToServerEvents,
  type HandshakeAuth,
  type ServerToClientEvents,
  type SyncReply,
} from '../../shared/events';
import { emptyState, schemaVersion, type PublicState } from '../../shared/model';
import { applyChange } from '../../shared/reducer';
import { noteServerTime } from './clock';
import { localFailure, type SendResult } from './commandResult';
import { deviceId } from './deviceId';
import { notifyLive } from './liveChanges';
import { clearStaffToken, staffToken } from './staffToken';
import { uuid } from './uuid';

export type ConnectionStatus = 'connecting' | 'online' | 'offline';
export { onLiveChange } from './liveChanges';

const commandTimeoutMs = 10_000;

const [state, setState] = createSignal<PublicState>(emptyState);
const [status, setStatus] = createSignal<ConnectionStatus>('connecting');
const [loaded, setLoaded] = createSignal(false);
/** The whole event as this device's audience sees it; immutable, so unchanged parts keep their DOM. */
export { state, status, loaded };

let lastSeq: number | null = null;
/** Bumped on every (re)connect, so a sync answer from an older connection is ignored. */
let generation = 0;
const receiptsSent = new Set<string>();

function handshakeAuth(): HandshakeAuth {
  const token = staffToken();
  return token ? { token, deviceId: deviceId() } : { deviceId: deviceId() };
}

const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
  autoConnect: false,
  auth: (send) => send(handshakeAuth()),
});

function applyAll(base: PublicState, changes: readonly Change[]): PublicState {
  let next = base;
  for (const raw of changes) {
    const change = parseChange(raw);
    if (change && (lastSeq === null || change.seq > lastSeq)) next = applyChange(next, change);
  }
  return next;
}

function receiveSync(reply: SyncReply, sentAt: number): void {
  if (reply.kind === 'error') {
    console.warn('sync refused', reply.code);
    return;
  }
  noteServerTime(reply.serverTime, sentAt, Date.now());
  if (reply.kind === 'snapshot') {
    setState(reply.snapshot.state);
    lastSeq = reply.snapshot.seq;
  } else {
    setState((current) => applyAll(current, reply.changes));
    lastSeq = reply.seq;
  }
  setLoaded(true);
  setStatus('online');
}

function requestSync(): void {
  const current = ++generation;
  const sentAt = Date.now();
  socket.emit(socketEvents.sync, { lastSeq, schemaVersion }, (reply) => {
    if (current === generation) receiveSync(reply, sentAt);
  });
}

function receiveLive(raw: Change): void {
  if (lastSeq === null || raw.seq <= lastSeq) return;
  const change = parseChange(raw);
  if (!change) {
    // A change this client cannot read: a fresh snapshot already contains its effect.
    lastSeq = null;
    requestSync();
    return;
  }
  const next = applyChange(untrack(state), change);
  lastSeq = change.seq;
  // One batch: what listeners set (e.g. "arrived live") is in place when the new DOM is made.
  batch(() => {
    setState(next);
    notifyLive(change, next);
  });
}

/** Closes the socket and opens a new one, whose handshake reads the current token. */
function restart(): void {
  generation++;
  // Another audience sees other changes: catching up from the old seq would miss some.
  lastSeq = null;
  socket.disconnect();
  setStatus('connecting');
  socket.connect();
}

socket.on('connect', requestSync);
socket.on(socketEvents.change, receiveLive);
socket.on('disconnect', (reason) => {
  generation++;
  setStatus('offline');
  // The server closed this socket on purpose (revoked access); socket.io will not retry itself.
  if (reason === 'io server disconnect') setTimeout(() => socket.connect(), 1000);
});
socket.on('connect_error', (error) => {
  setStatus('offline');
  // A refused token is final for this socket; carry on as an attendee rather than stay dark.
  if (!socket.active && error.message === 'unauthenticated' && staffToken()) {
    clearStaffToken();
    restart();
  }
});
socket.on(socketEvents.accessRevoked, () => {
  clearStaffToken();
  restart();
});

export function startConnection(): void {
  socket.connect();
}

/** After a staff login (or logout): reconnect so the server sees the new token and audience. */
export function reconnectWithToken(): void {
  restart();
}

export function sendCommand<K extends CommandType>(type: K, payload: CommandPayload<K>): Promise<SendResult> {
  if (!socket.connected) return Promise.resolve(localFailure('offline'));
  const command = { id: uuid(), type, payload };
  return new Promise((resolve) => {
    // Volatile: a command that cannot go out now must not run minutes later after a reconnect.
    socket.volatile
      .timeout(commandTimeoutMs)
      .emit(socketEvents.command, command, (error: Error | null, result: CommandResult) =>
        resolve(error ? localFailure('timeout') : result),
      );
  });
}

/** Tells the server this device shows an announcement; once per announcement and page load. */
export function sendReceipt(announcementId: string): void {
  if (receiptsSent.has(announcementId) || !socket.connected) return;
  receiptsSent.add(announcementId);
  socket.emit(socketEvents.receipt, { announcementId });
}
