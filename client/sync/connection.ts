import type { Command, CommandPayload, CommandType } from '../../shared/commands';
import { untrack } from 'solid-js';
import { commandOf } from '../../shared/protocol';
import { localFailure, type SendResult } from './commandResult';
import { status } from './connectionStatus';
import { resetDevice, restoreDevice } from './deviceStore';
import { connectOutbox, restoreOutbox } from './outbox';
import { askPersistentStorage } from './persistence';
import { audienceKey } from './staffToken';
import type * as SocketLinkModule from './socketLink';
import { uuid } from './uuid';

/*
 * The one connection every feature imports. It is light on purpose: the socket, socket.io-client
 * and the zod parsing of what arrives live in socketLink.ts, loaded with a dynamic import, so the
 * first render (the stored state, offline too) never waits for that code.
 */

export type { ConnectionStatus } from './connectionStatus';
export { status, offlineSince, receiptCounts, updateRequired, crowded } from './connectionStatus';
export { onLiveChange } from './liveChanges';
export { watchOwnQuestions } from './ownQuestions';
export { state, loaded } from './deviceStore';

type SocketLink = typeof SocketLinkModule;
let link: SocketLink | null = null;
let linking: Promise<SocketLink> | null = null;
let started = false;

/** Loads the socket module once; a failed load (a dead network without the worker) is retried. */
function loadLink(): Promise<SocketLink> {
  linking ??= import('./socketLink').then(
    (module) => (link = module),
    (error: unknown) => {
      linking = null;
      throw error;
    },
  );
  return linking;
}

/** Until the socket module is there, nothing is connected: commands fail as offline. */
function emitCommand(command: Command): Promise<SendResult> {
  return link ? link.emitCommand(command) : Promise.resolve(localFailure('offline'));
}

/** The phone says the network is back: try now instead of waiting out the backoff. */
function reconnectNow(): void {
  if (link) link.reconnectNow();
  // Only when loading the socket module failed before; otherwise startConnection connects.
  else if (started && !linking) void loadLink().then((loaded) => loaded.connect(), () => undefined);
}

export async function startConnection(): Promise<void> {
  askPersistentStorage();
  window.addEventListener('online', reconnectNow);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && reconnectNow());
  connectOutbox(emitCommand, () => link?.isConnected() ?? false);
  // Online, the socket module downloads while IndexedDB is read: on mobile data that takes longest.
  // Offline, it would come from the worker's cache and only compete with showing the stored state.
  const early = navigator.onLine ? loadLink() : null;
  await Promise.all([restoreDevice(audienceKey()), restoreOutbox()]);
  started = true;
  (await (early ?? loadLink())).connect();
}

/** After a staff login (or logout): reconnect so the server sees the new token and audience. */
export function reconnectWithToken(): void {
  if (link) link.restart(true);
  // Not connected yet: the socket opens later with the new token; the state must be the new audience's.
  else resetDevice(audienceKey());
}

/** How long a command waits for a connection still being made (a page just opened, a server restarting). */
const connectingWaitMs = 10_000;

/**
 * Staff actions and one-shot commands: sent now, or refused as offline; the person sees the answer
 * and decides. While the connection is still being made, the command waits for it (up to 10 s)
 * rather than answering "Keine Verbindung" to a tap that would go through a second later; known
 * offline, it is refused at once.
 */
export async function sendCommand<K extends CommandType>(type: K, payload: CommandPayload<K>): Promise<SendResult> {
  const deadline = Date.now() + connectingWaitMs;
  while (untrack(status) === 'connecting' && !(link?.isConnected() ?? false) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return emitCommand(commandOf(uuid(), type, payload));
}

/** Tells the server this attendee's device shows an announcement; once per announcement and page load. */
export function sendReceipt(announcementId: string): void {
  link?.sendReceipt(announcementId);
}

/** A question was sent: have the server watch it, so a moderator hiding it reaches this device. */
export function refreshOwnQuestions(): void {
  link?.askOwnQuestions();
}
