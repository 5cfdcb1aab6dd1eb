import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { Server, type Socket } from 'socket.io';
import { z } from 'zod';
import type { Change } from '../../shared/changes.js';
import { commandError } from '../../shared/errors.js';
import {
  socketEvents,
  type ClientToServerEvents,
  type InterServerEvents,
  type ServerToClientEvents,
  type SocketData,
} from '../../shared/events.js';
import { anonymousAttendee, isStaff, type Actor } from '../../shared/roles.js';
import type { AccessService } from '../access/accessService.js';
import type { AnnouncementReceipts } from '../announcements/announcementReceipts.js';
import type { Clock } from '../clock.js';
import type { Dispatch } from '../commands/dispatcher.js';
import { roomsFor, roomsOf } from '../state/audience.js';
import type { LiveState } from '../state/liveState.js';
import { maxBodyBytes } from './httpApp.js';
import { clientOfRequest, type ProxyTrust } from './clientAddress.js';
import { createSyncAcks } from './syncReply.js';

export type OrtsterminIo = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
type OrtsterminSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export interface SocketDeps {
  dispatch: Dispatch;
  live: LiveState;
  access: AccessService;
  clock: Clock;
  receipts: () => AnnouncementReceipts;
  /** Origins allowed besides the server's own (e.g. the Vite dev server). */
  extraOrigins: readonly string[];
  /** Proxies whose X-Forwarded-For/-Proto are believed (TRUST_PROXY). */
  trustProxy: ProxyTrust;
  /** Told of each sync reply: a catch-up from memory or a snapshot (metrics). */
  onSync?: (kind: 'changes' | 'snapshot') => void;
  /** True while the server stops: no new sockets. */
  refuseNew?: () => boolean;
}

const handshakeAuth = z.object({
  token: z.string().min(16).max(128).optional(),
  deviceId: z.string().min(8).max(64).optional(),
});

/**
 * Browsers always send Origin on a WebSocket and on cross-origin polling; it must be our own host.
 * Non-browser clients send none and cannot carry a victim's credentials, so they pass.
 */
export function isAllowedOrigin(req: IncomingMessage, extraOrigins: readonly string[], trust: ProxyTrust): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (extraOrigins.includes(origin)) return true;
  try {
    const url = new URL(origin);
    return url.host === req.headers.host && url.protocol === `${clientOfRequest(req, trust).scheme}:`;
  } catch {
    return false;
  }
}

function authenticate(socket: OrtsterminSocket, access: AccessService, trust: ProxyTrust): Actor | null {
  const parsed = handshakeAuth.safeParse(socket.handshake.auth ?? {});
  if (!parsed.success) return null;
  const { token, deviceId } = parsed.data;
  const actor = token ? access.actorForToken(token) : anonymousAttendee;
  const address = clientOfRequest(socket.request, trust).address ?? socket.handshake.address;
  return actor && { ...actor, address, ...(deviceId ? { deviceId } : {}) };
}

type SyncAcks = ReturnType<typeof createSyncAcks>;

function handleSocket(socket: OrtsterminSocket, deps: SocketDeps, syncAcks: SyncAcks): void {
  const actor = socket.data.actor;
  socket.on(socketEvents.sync, (request, ack) => {
    if (typeof ack !== 'function') return;
    const reply = syncAcks(request, actor);
    ack(reply);
    if (reply.kind === 'error') return;
    // Joining after the reply, in the same tick, means no change falls between catch-up and live.
    void socket.join(roomsFor(actor));
    if (isStaff(actor)) socket.emit(socketEvents.receipts, deps.receipts().counts());
  });

  socket.on(socketEvents.command, (command, ack) => {
    if (typeof ack !== 'function') return;
    void deps.dispatch(actor, command).then(ack, () => ack(commandError('internal')));
  });

  socket.on(socketEvents.receipt, (receipt) => deps.receipts().record(receipt, actor.deviceId ?? socket.id));
}

export function attachSocketServer(httpServer: HttpServer | HttpsServer, deps: SocketDeps): OrtsterminIo {
  const io: OrtsterminIo = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: maxBodyBytes,
    allowRequest: (req, callback) => callback(null, !deps.refuseNew?.() && isAllowedOrigin(req, deps.extraOrigins, deps.trustProxy)),
  });

  io.use((socket, next) => {
    const actor = authenticate(socket, deps.access, deps.trustProxy);
    if (!actor) return next(new Error(commandError('unauthenticated').error.code));
    socket.data.actor = actor;
    next();
  });
  const syncAcks = createSyncAcks(deps.live, deps.clock, deps.onSync);
  io.on('connection', (socket) => handleSocket(socket, deps, syncAcks));
  return io;
}

/** One emit per change: socket.io encodes the packet once for all sockets in its rooms. */
export function publishChanges(io: OrtsterminIo, changes: readonly Change[]): void {
  for (const change of changes) {
    const rooms = roomsOf(change.audience);
    if (rooms.length > 0) io.to(rooms).emit(socketEvents.change, change);
  }
}

/** Revoking a code ends its sockets at once; the token no longer opens new ones either. */
export function endSocketsOfCode(io: OrtsterminIo, codeId: string): void {
  for (const socket of io.of('/').sockets.values()) {
    if (socket.data.actor.codeId !== codeId) continue;
    socket.emit(socketEvents.accessRevoked);
    socket.disconnect(true);
  }
}
