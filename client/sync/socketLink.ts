import { io, type Socket } from 'socket.io-client';
import { batch, untrack } from 'solid-js';
import { z } from 'zod';
import { parseChange, type Change } from '../../shared/changes';
import type { Command } from '../../shared/commands';
import { commandError } from '../../shared/errors';
import { socketEvents, type ClientToServerEvents, type HandshakeAuth, type ServerToClientEvents } from '../../shared/events';
import { isTooOld, oldestServerProtocol, protocolVersion, routeKeyParam } from '../../shared/protocol';
import { schemaVersion } from '../../shared/publicState';
import { canGunzip, gunzipSyncAck, isGzipAck, parseSyncReply } from '../../shared/syncReply';
import { noteServerTime } from './clock';
import { readAck } from './commandAck';
import { localFailure, type SendResult } from './commandResult';
import { offlineSince, setCrowded, setOfflineSince, setReceiptCounts, setStatus, setUpdateRequired, updateRequired } from './connectionStatus';
import { refusalDelayMs } from './refusalBackoff';
import { ensureDeviceId, forgetDeviceId, storedDeviceId } from './deviceId';
import { eventSlug } from './eventAddress';
import { dropCopy, lastSeq, receiveLive, receiveSync, resetDevice, state } from './deviceStore';
import { notifyLive } from './liveChanges';
import { flushOutbox } from './outbox';
import { noteOwnQuestionsHidden, waitingOwnQuestions } from './ownQuestions';
import { maxOwnQuestions, ownQuestionsReplySchema } from '../../shared/ownQuestions';
import { audienceKey, clearStaffToken, staffRole, staffToken } from './staffToken';
import { uuid } from './uuid';

/*
 * The socket and the parsing of what it receives. connection.ts loads this module with a dynamic
 * import, so socket.io-client and zod stay out of the first page's JavaScript.
 */

const commandTimeoutMs = 10_000;
const unreadableRetryMs = 5_000;

/** Bumped on every (re)connect, so a sync answer from an older connection is ignored. */
let generation = 0;
const receiptsSent = new Set<string>();
/** Whether the current socket's handshake carried an issued device id. */
let connectedWithId = false;
/** Whether the server of the current socket said (in its sync reply) that it takes this app's commands. */
let serverFits = false;
/**
 * Live changes that came while a gzip'd catch-up was being unpacked: applied after it, so none
 * lands before the changes it follows. Null while no catch-up is being unpacked.
 */
let heldLive: Change[] | null = null;
/** Refusals for load in a row (too many sockets from this address): each waits longer. */
let loadRefusals = 0;
const receiptCountsSchema = z.record(z.string(), z.number().int().nonnegative());

const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
  autoConnect: false,
  auth: (send) =>
    void ensureDeviceId().then((id) => {
      connectedWithId = id !== null;
      send(handshake(id));
    }),
  // One key for this app start: every request of a polling session reaches the same process.
  query: { [routeKeyParam]: uuid() },
  // Hundreds of phones come back when the hall Wi-Fi does: spread their reconnects out.
  reconnectionDelay: 1000,
  reconnectionDelayMax: 15_000,
  randomizationFactor: 0.5,
});

/** Without an id yet (the server was not reachable for one) the socket still reads; it cannot ask or vote. */
function handshake(id: string | null): HandshakeAuth {
  const token = staffToken();
  const event = eventSlug();
  return { protocol: protocolVersion, ...(token ? { token } : {}), ...(id ? { deviceId: id } : {}), ...(event ? { event } : {}) };
}

function goOffline(): void {
  generation++;
  setStatus('offline');
  if (untrack(offlineSince) === null) setOfflineSince(Date.now());
}

function requestSync(): void {
  const current = ++generation;
  serverFits = false;
  heldLive = null;
  const sentAt = Date.now();
  socket.emit(socketEvents.sync, { lastSeq: lastSeq(), schemaVersion, ...(canGunzip() ? { gzip: true } : {}) }, (raw) => {
    if (current !== generation) return;
    if (!isGzipAck(raw)) return takeSyncReply(current, raw, sentAt);
    heldLive = [];
    void gunzipSyncAck(raw).then((unpacked) => {
      if (current !== generation) return;
      const held = heldLive ?? [];
      heldLive = null;
      takeSyncReply(current, unpacked, sentAt);
      held.forEach(onChange);
    });
  });
}

function takeSyncReply(current: number, raw: unknown, sentAt: number): void {
  const reply = parseSyncReply(raw);
  // Unreadable: keep what this device shows and ask again a little later, on a fresh socket.
  if (!reply) return void setTimeout(() => current === generation && restart(false), unreadableRetryMs);
  if (reply.kind === 'error') {
    // Too many catch-ups from this socket: ask again a little later.
    if (reply.code === 'rate_limited') setTimeout(() => current === generation && requestSync(), unreadableRetryMs);
    return;
  }
  // Connected without an id (the server could not give one then): reconnect once one is there.
  if (!connectedWithId) void ensureDeviceId().then((id) => id && current === generation && restart(false));
  noteServerTime(reply.serverTime, sentAt, Date.now());
  receiveSync(reply);
  setStatus('online');
  setOfflineSince(null);
  // A server older than this app reads out fine but may not know its commands: they wait
  // (until this app is reloaded into the server's version, or the server is updated).
  serverFits = !isTooOld(reply.protocol, oldestServerProtocol);
  setUpdateRequired(!serverFits);
  if (serverFits) void flushOutbox();
  askOwnQuestions();
}

/**
 * Asks which of this device's waiting questions were hidden meanwhile (a hide reaches staff only)
 * and has the server tell it at once about a later one. On each connect and after each question sent.
 */
export function askOwnQuestions(): void {
  const ids = waitingOwnQuestions().slice(-maxOwnQuestions);
  if (ids.length === 0 || !socket.connected) return;
  socket.emit(socketEvents.ownQuestions, { questionIds: ids }, (raw) => {
    const reply = ownQuestionsReplySchema.safeParse(raw);
    if (reply.success && reply.data.kind === 'ok') noteOwnQuestionsHidden(reply.data.hidden);
  });
}

function onChange(raw: Change): void {
  if (heldLive) return void heldLive.push(raw);
  const change = parseChange(raw);
  // A change this client cannot read: take a fresh snapshot, which contains its effect.
  if (!change) return restart(false);
  batch(() => {
    if (receiveLive(change)) notifyLive(change, state());
  });
}

/** Closes the socket and opens a new one, whose handshake reads the current token. */
export function restart(newAudience: boolean): void {
  generation++;
  if (newAudience) resetDevice(audienceKey());
  socket.disconnect();
  setStatus('connecting');
  socket.connect();
}

socket.on('connect', () => {
  loadRefusals = 0;
  setCrowded(false);
  requestSync();
});
socket.on(socketEvents.change, onChange);
socket.on(socketEvents.ownQuestionHidden, (id) => typeof id === 'string' && noteOwnQuestionsHidden([id]));
socket.on('disconnect', (reason) => {
  goOffline();
  // The server closed this socket on purpose (revoked access); socket.io will not retry itself.
  if (reason === 'io server disconnect') setTimeout(() => socket.connect(), 1000);
});
socket.on('connect_error', (error) => {
  goOffline();
  // An id this server did not issue (its key changed): get a new one on the next try.
  if (error.message === 'invalid_device') {
    forgetDeviceId();
    dropCopy();
  }
  // This app is older than the server serves: socket.io does not retry, and the connection under
  // it is closed too (it would keep polling for nothing); the update prompt shows.
  if (error.message === 'update_required') {
    setUpdateRequired(true);
    socket.disconnect();
  }
  // Too many sockets from this network (a venue NAT at the server's cap): socket.io does not
  // retry a refusal, so the phone says so and tries again, waiting longer each time.
  if (!socket.active && error.message === 'rate_limited') {
    setCrowded(true);
    setTimeout(() => !socket.connected && socket.connect(), refusalDelayMs(++loadRefusals));
  }
  // The server could not look the token up (its database is down): try again, the token may be fine.
  if (!socket.active && error.message === 'unavailable') setTimeout(() => socket.connect(), 2000);
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
// The server closes every socket next; socket.io-client then reconnects with its randomized backoff.
socket.on(socketEvents.serverRestarting, () => setStatus('connecting'));
socket.on(socketEvents.accessRevoked, () => {
  clearStaffToken();
  restart(true);
});

export function connect(): void {
  socket.connect();
}

/** Ready to send commands: connected, with an issued device id (or as staff), else asking and voting would be refused. */
export const isConnected = (): boolean =>
  socket.connected && serverFits && (storedDeviceId() !== null || staffToken() !== null);

export function emitCommand(command: Command): Promise<SendResult> {
  if (untrack(updateRequired)) return Promise.resolve(commandError('update_required'));
  if (!socket.connected) return Promise.resolve(localFailure('offline'));
  return new Promise((resolve) => {
    // Not volatile: right after a reconnect the transport upgrades, and volatile packets sent
    // then are silently dropped. A buffered repeat is harmless, the command id makes it so.
    socket
      .timeout(commandTimeoutMs)
      .emit(socketEvents.command, command, (error: Error | null, raw: unknown) => resolve(error ? localFailure('timeout') : readAck(raw)));
  });
}

/** The phone says the network is back: try now instead of waiting out the backoff. */
export function reconnectNow(): void {
  if (socket.connected || !navigator.onLine) return;
  socket.disconnect();
  socket.connect();
}

/** Tells the server this attendee's device shows an announcement; once per announcement and page load. */
export function sendReceipt(announcementId: string): void {
  if (receiptsSent.has(announcementId) || !socket.connected || staffRole() !== 'attendee') return;
  receiptsSent.add(announcementId);
  socket.emit(socketEvents.receipt, { announcementId });
}
