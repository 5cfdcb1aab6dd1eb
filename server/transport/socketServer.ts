import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { Server, type Socket } from 'socket.io';
import { z } from 'zod';
import type { Change } from '../../shared/changes.js';
import { commandError } from '../../shared/errors.js';
import {
  socketEvents,
  type ClientToServerEventsReceived,
  type InterServerEvents,
  type ServerToClientEvents,
  type SocketData,
} from '../../shared/events.js';
import { isTooOld, oldestClientProtocol, protocolVersion } from '../../shared/protocol.js';
import { anonymousAttendee, isStaff, type Actor } from '../../shared/roles.js';
import type { AccessService } from '../access/accessService.js';
import type { AnnouncementReceipts } from '../announcements/announcementReceipts.js';
import type { Clock } from '../clock.js';
import type { Dispatch } from '../kernel/dispatcher.js';
import { ownQuestionRoom } from '../../shared/ownQuestions.js';
import { answerOwnQuestions, hiddenQuestionOf } from '../questions/ownQuestions.js';
import { roomsFor, roomsOf } from '../kernel/audience.js';
import type { LiveState } from '../kernel/liveState.js';
import { maxBodyBytes } from './httpApp.js';
import { clientOfRequest, type ProxyTrust } from '../kernel/clientAddress.js';
import { createSyncAcks } from './syncReply.js';
import type { DeviceIds } from '../access/deviceIds.js';
import { addSecurityHeaders } from './securityHeaders.js';

export type OrtsterminIo = Server<ClientToServerEventsReceived, ServerToClientEvents, InterServerEvents, SocketData>;
type OrtsterminSocket = Socket<ClientToServerEventsReceived, ServerToClientEvents, InterServerEvents, SocketData>;

export interface SocketDeps {
  dispatch: Dispatch;
  live: LiveState;
  access: AccessService;
  clock: Clock;
  receipts: () => AnnouncementReceipts;
  /** Whether a browser's Origin may open a socket (`allowedOrigins.ts`), given the scheme the phone used. */
  isAllowedOrigin: (origin: string | undefined, scheme: 'http' | 'https') => boolean;
  deviceIds: DeviceIds;
  /** Catch-ups per socket: [points, per seconds]. */
  syncPerSocket: readonly [number, number];
  /** Proxies whose X-Forwarded-For/-Proto are believed (TRUST_PROXY). */
  trustProxy: ProxyTrust;
  /** Told of each sync reply: a catch-up from memory or a snapshot (metrics). */
  onSync?: (kind: 'changes' | 'snapshot') => void;
  /** True while the server stops: no new sockets. */
  refuseNew?: () => boolean;
  /** The protocol spoken and the oldest client served (`shared/protocol.ts`); tests change them to play another version. */
  protocol?: ServedProtocol;
}

export interface ServedProtocol {
  version: number;
  oldestClient: number;
}

const currentProtocol: ServedProtocol = { version: protocolVersion, oldestClient: oldestClientProtocol };

/** Unknown fields are ignored, not refused: a newer app may send more than this server knows. */
const handshakeAuth = z.object({
  token: z.string().min(16).max(128).optional(),
  deviceId: z.string().min(8).max(64).optional(),
  protocol: z.number().int().min(1).optional(),
});

/** The socket's actor, or the error code its connect_error carries. */
async function authenticate(socket: OrtsterminSocket, deps: SocketDeps): Promise<Actor | 'unauthenticated' | 'invalid_device' | 'update_required'> {
  const parsed = handshakeAuth.safeParse(socket.handshake.auth ?? {});
  if (!parsed.success) return 'unauthenticated';
  const { token, deviceId, protocol } = parsed.data;
  // Before the token: an app too old to talk to this server must hear that, whoever signs in.
  if (isTooOld(protocol, (deps.protocol ?? currentProtocol).oldestClient)) return 'update_required';
  const actor = token ? await deps.access.actorForToken(token) : anonymousAttendee;
  if (!actor) return 'unauthenticated';
  // A made-up (or another server's) id: the device must ask for a new one.
  if (deviceId && !deps.deviceIds.isValid(deviceId)) return 'invalid_device';
  const address = clientOfRequest(socket.request, deps.trustProxy).address;
  return { ...actor, ...(address ? { address } : {}), ...(deviceId ? { deviceId } : {}) };
}

type SyncAcks = ReturnType<typeof createSyncAcks>;
/** Per socket: catch-ups, and questions about its own questions (both once per connect, as a rule). */
type SocketLimits = { sync: RateLimiterMemory; ownQuestions: RateLimiterMemory };

function handleSocket(socket: OrtsterminSocket, deps: SocketDeps, syncAcks: SyncAcks, limits: SocketLimits): void {
  const actor = socket.data.actor;
  socket.on(socketEvents.sync, async (request, ack) => {
    if (typeof ack !== 'function') return;
    // A snapshot costs the server its encoding once, but the network every time: limited per socket.
    const allowed = await limits.sync.consume(socket.id).then(() => true, () => false);
    if (!allowed) return ack({ kind: 'error', code: 'rate_limited' });
    if (!socket.connected) return;
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

  socket.on(socketEvents.ownQuestions, async (request, ack) => {
    if (typeof ack !== 'function') return;
    const allowed = await limits.ownQuestions.consume(socket.id).then(() => true, () => false);
    if (!allowed) return ack({ kind: 'error', code: 'rate_limited' });
    ack(answerOwnQuestions(request, deps.live.state(), (room) => void socket.join(room)));
  });
}

/** The Socket.IO server, made before the commit pipeline (it publishes through it) and attached later. */
export function createSocketIo(): OrtsterminIo {
  return new Server({ serveClient: false });
}

export function attachSocketServer(io: OrtsterminIo, httpServer: HttpServer | HttpsServer, deps: SocketDeps): OrtsterminIo {
  io.attach(httpServer, {
    maxHttpBufferSize: maxBodyBytes,
    allowRequest: (req, callback) =>
      callback(null, !deps.refuseNew?.() && deps.isAllowedOrigin(req.headers.origin, clientOfRequest(req, deps.trustProxy).scheme)),
  });
  // Hono adds these to every response it makes; Socket.IO's polling and handshake bypass Hono.
  io.engine.on('initial_headers', addSecurityHeaders);
  io.engine.on('headers', addSecurityHeaders);

  io.use((socket, next) => {
    authenticate(socket, deps).then(
      (actor) => {
        if (typeof actor === 'string') return next(new Error(actor));
        socket.data.actor = actor;
        next();
      },
      () => next(new Error('unavailable')),
    );
  });
  const syncAcks = createSyncAcks(deps.live, deps.clock, deps.onSync, (deps.protocol ?? currentProtocol).version);
  const [points, duration] = deps.syncPerSocket;
  const limits = { sync: new RateLimiterMemory({ points, duration }), ownQuestions: new RateLimiterMemory({ points, duration }) };
  io.on('connection', (socket) => handleSocket(socket, deps, syncAcks, limits));
  return io;
}

/** One emit per change: socket.io encodes the packet once for all sockets in its rooms. */
export function publishChanges(io: OrtsterminIo, changes: readonly Change[]): void {
  for (const change of changes) {
    const rooms = roomsOf(change.audience);
    if (rooms.length > 0) io.to(rooms).emit(socketEvents.change, change);
    const hidden = hiddenQuestionOf(change);
    if (hidden) io.to(ownQuestionRoom(hidden)).emit(socketEvents.ownQuestionHidden, hidden);
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
