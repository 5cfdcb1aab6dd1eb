import { io, type Socket } from 'socket.io-client';
import { batch, createSignal, untrack } from 'solid-js';
import { z } from 'zod';
import { parseChange, type Change } from '../../shared/changes';
import type { CommandPayload, CommandType } from '../../shared/commands';
import type { CommandResult } from '../../shared/errors';
import { socketEvents, type ClientToServerEvents, type HandshakeAuth, type ServerToClientEvents } from '../../shared/events';
import { schemaVersion } from '../../shared/model';
import { noteServerTime } from './clock';
import { localFailure, type SendResult } from './commandResult';
import { deviceId } from './deviceId';
import { lastSeq, receiveLive, receiveSync, resetDevice, restoreDevice, state } from './deviceStore';
import { notifyLive } from './liveChanges';
import { connectOutbox, flushOutbox, restoreOutbox, type QueuedCommand } from './outbox';
import { askPersistentStorage } from './persistence';
import { clearStaffToken, staffRole, staffStandId, staffToken } from './staffToken';
import { uuid } from './uuid';

export type ConnectionStatus = 'connecting' | 'online' | 'offline';
export { onLiveChange } from './liveChanges';
export { state, loaded } from './deviceStore';

const commandTimeoutMs = 10_000;
const [status, setStatus] = createSignal<ConnectionStatus>('connecting');
const [offlineSince, setOfflineSince] = createSignal<number | null>(null);
export { status, offlineSince };

/** Bumped on every (re)connect, so a sync answer from an older connection is ignored. */
let generation = 0;
const receiptsSent = new Set<string>();
/** Hosts of different stands see different questions, so the stand is part of the audience. */
const audienceKey = () => [staffRole(), staffStandId()].filter(Boolean).join(':');

const receiptCountsSchema = z.record(z.string(), z.number().int().nonnegative());
const [receiptCounts, setReceiptCounts] = createSignal<Readonly<Record<string, number>>>({});
/** Staff only: how many devices showed each announcement, as the server last counted. */
export { receiptCounts };

const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
  autoConnect: false,
  auth: (send) => send(handshake()),
  // Hundreds of phones come back when the hall Wi-Fi does: spread their reconnects out.
  reconnectionDelay: 1000,
  reconnectionDelayMax: 15_000,
  randomizationFactor: 0.5,
});

function handshake(): HandshakeAuth {
  const token = staffToken();
  return token ? { token, deviceId: deviceId() } : { deviceId: deviceId() };
}

function goOffline(): void {
  generation++;
  setStatus('offline');
  if (untrack(offlineSince) === null) setOfflineSince(Date.now());
}

function requestSync(): void {
  const current = ++generation;
  const sentAt = Date.now();
  socket.emit(socketEvents.sync, { lastSeq: lastSeq(), schemaVersion }, (reply) => {
    if (current !== generation || reply.kind === 'error') return;
    noteServerTime(reply.serverTime, sentAt, Date.now());
    receiveSync(reply);
    setStatus('online');
    setOfflineSince(null);
    void flushOutbox();
  });
}

function onChange(raw: Change): void {
  const change = parseChange(raw);
  // A change this client cannot read: take a fresh snapshot, which contains its effect.
  if (!change) return restart(false);
  batch(() => {
    if (receiveLive(change)) notifyLive(change, state());
  });
}

/** Closes the socket and opens a new one, whose handshake reads the current token. */
function restart(newAudience: boolean): void {
  generation++;
  if (newAudience) resetDevice(audienceKey());
  socket.disconnect();
  setStatus('connecting');
  socket.connect();
}

socket.on('connect', requestSync);
socket.on(socketEvents.change, onChange);
socket.on('disconnect', (reason) => {
  goOffline();
  // The server closed this socket on purpose (revoked access); socket.io will not retry itself.
  if (reason === 'io server disconnect') setTimeout(() => socket.connect(), 1000);
});
socket.on('connect_error', (error) => {
  goOffline();
  // A refused token is final; carry on as an attendee rather than stay dark.
  if (!socket.active && error.message === 'unauthenticated' && staffToken()) {
    clearStaffToken();
    restart(true);
  }
});
socket.on(socketEvents.receipts, (counts) => {
  const parsed = receiptCountsSchema.safeParse(counts);
  if (parsed.success) setReceiptCounts(parsed.data);
});
socket.on(socketEvents.accessRevoked, () => {
  clearStaffToken();
  restart(true);
});

function emitCommand(command: { id: string; type: string; payload: unknown }): Promise<SendResult> {
  if (!socket.connected) return Promise.resolve(localFailure('offline'));
  return new Promise((resolve) => {
    // Not volatile: right after a reconnect the transport upgrades, and volatile packets sent
    // then are silently dropped. A buffered repeat is harmless, the command id makes it so.
    socket
      .timeout(commandTimeoutMs)
      .emit(socketEvents.command, command, (error: Error | null, result: CommandResult) =>
        resolve(error ? localFailure('timeout') : result),
      );
  });
}

/** The phone says the network is back: try now instead of waiting out the backoff. */
function reconnectNow(): void {
  if (socket.connected || !navigator.onLine) return;
  socket.disconnect();
  socket.connect();
}

export async function startConnection(): Promise<void> {
  askPersistentStorage();
  window.addEventListener('online', reconnectNow);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && reconnectNow());
  connectOutbox((command: QueuedCommand) => emitCommand(command), () => socket.connected);
  await Promise.all([restoreDevice(audienceKey()), restoreOutbox()]);
  socket.connect();
}

/** After a staff login (or logout): reconnect so the server sees the new token and audience. */
export function reconnectWithToken(): void {
  restart(true);
}

/** Staff actions: sent now or refused as offline; the person sees the answer and decides. */
export function sendCommand<K extends CommandType>(type: K, payload: CommandPayload<K>): Promise<SendResult> {
  return emitCommand({ id: uuid(), type, payload });
}

/** Tells the server this attendee's device shows an announcement; once per announcement and page load. */
export function sendReceipt(announcementId: string): void {
  if (receiptsSent.has(announcementId) || !socket.connected || staffRole() !== 'attendee') return;
  receiptsSent.add(announcementId);
  socket.emit(socketEvents.receipt, { announcementId });
}
