import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { Server } from 'socket.io';
import { z } from 'zod';
import { commandError } from '../../shared/errors.js';
import { socketEvents } from '../../shared/events.js';
import { isTooOld, oldestClientProtocol, protocolVersion } from '../../shared/protocol.js';
import { anonymousAttendee, type Actor } from '../../shared/roles.js';
import type { Clock } from '../kernel/clock.js';
import type { EventRuntime } from '../kernel/eventRuntime.js';
import type { IssuedDeviceIds, TokenHolders } from '../kernel/identity.js';
import type { EventRooms, OrtsterminIo, OrtsterminSocket } from '../kernel/sockets.js';
import { roomsFor } from '../kernel/audience.js';
import { maxBodyBytes } from './httpApp.js';
import { clientOfRequest, type ProxyTrust } from '../kernel/clientAddress.js';
import { createSyncAcks, type SyncBodies } from './syncReply.js';
import type { SyncCheck } from '../kernel/syncBudget.js';
import { addSecurityHeaders } from './securityHeaders.js';
import type { AddressCap } from './addressCap.js';
import type { TurnSlices } from '../kernel/turnSlices.js';

export type { OrtsterminIo };

/** What the installation's Socket.IO server checks before any event: origins, and whether it is stopping. */
export interface SocketServerDeps {
  /** Whether a browser's Origin may open a socket (`allowedOrigins.ts`), given the scheme the phone used. */
  isAllowedOrigin: (origin: string | undefined, scheme: 'http' | 'https') => boolean;
  trustProxy: ProxyTrust;
  /** True while the server stops: no new sockets. */
  refuseNew?: () => boolean;
  /** The process's turns: a storm of upgrades is spread over them. */
  slices: TurnSlices;
}

/** What one event's sockets need: its runtime and rooms, and the installation's access records and limits. */
export interface SocketDeps {
  /** The event these sockets belong to. */
  runtime: EventRuntime;
  rooms: EventRooms;
  access: TokenHolders;
  clock: Clock;
  deviceIds: IssuedDeviceIds;
  /** Catch-ups per device and per address, shared with HTTP's (`syncBudget.ts`). */
  syncBudget: SyncCheck;
  /** The event's catch-up bodies, shared with /api/changes. */
  syncBodies: SyncBodies;
  /** Proxies whose X-Forwarded-For/-Proto are believed (TRUST_PROXY). */
  trustProxy: ProxyTrust;
  /** Told of each sync reply: a catch-up from memory or a snapshot (metrics). */
  onSync?: (kind: 'changes' | 'snapshot') => void;
  /** The protocol spoken and the oldest client served (`shared/protocol.ts`); tests change them to play another version. */
  protocol?: ServedProtocol;
  /** The process's turns: a storm of catch-ups is spread over them. */
  slices: TurnSlices;
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
  event: z.string().max(64).optional(),
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

async function viewReady(runtime: EventRuntime, rooms: readonly string[]): Promise<boolean> {
  try {
    await runtime.live.readyFor(rooms);
    return true;
  } catch (error) {
    console.error('reading a view from the log failed', error);
    return false;
  }
}

/** A socket's own events: catch-up and commands here, the features' own (receipts, own questions) from their modules. */
function handleSocket(socket: OrtsterminSocket, deps: SocketDeps, syncAcks: SyncAcks): void {
  const actor = socket.data.actor;
  const { runtime } = deps;
  socket.on(socketEvents.sync, async (request, ack) => {
    if (typeof ack !== 'function') return;
    // A snapshot costs the server its encoding once, but the network every time: limited per
    // device and address, so a new socket does not bring a new budget.
    if (await deps.syncBudget(actor)) return ack({ kind: 'error', code: 'rate_limited' });
    const rooms = roomsFor(actor);
    // A stand's hosts' view is read from the log the first time one asks; unanswered if that
    // read fails, so the phone asks again as after any lost reply.
    if (!(await viewReady(runtime, rooms))) return;
    deps.slices.run(() => {
      if (!socket.connected) return;
      const reply = syncAcks(request, actor);
      ack(reply);
      if (reply.kind === 'error') return;
      // Joining after the reply, in the same tick, means no change falls between catch-up and live.
      deps.rooms.join(socket, rooms);
      runtime.features.synced(socket);
    });
  });

  socket.on(socketEvents.command, (command, ack) => {
    if (typeof ack !== 'function') return;
    void runtime.dispatch(actor, command).then(ack, () => ack(commandError('internal')));
  });

  runtime.features.connected(socket);
}

/** The Socket.IO server, made before the commit pipeline (it publishes through it) and attached later. */
export function createSocketIo(): OrtsterminIo {
  return new Server({ serveClient: false });
}

/** The installation's one Socket.IO server on its HTTP server; each event then serves its own sockets (`serveEventSockets`). */
export function attachSocketServer(io: OrtsterminIo, httpServer: HttpServer | HttpsServer, deps: SocketServerDeps): OrtsterminIo {
  io.attach(httpServer, {
    maxHttpBufferSize: maxBodyBytes,
    allowRequest: (req, callback) =>
      callback(null, !deps.refuseNew?.() && deps.isAllowedOrigin(req.headers.origin, clientOfRequest(req, deps.trustProxy).scheme)),
  });
  // Hono adds these to every response it makes; Socket.IO's polling and handshake bypass Hono.
  io.engine.on('initial_headers', addSecurityHeaders);
  io.engine.on('headers', addSecurityHeaders);
  spreadUpgrades(httpServer, deps.slices);
  return io;
}

/**
 * Engine.IO answers an upgrade (the WebSocket's handshake) when the request comes; in a storm,
 * hundreds come in one turn. Its listeners run in slices instead. Nothing is lost meanwhile: a
 * WebSocket client sends nothing before the handshake's answer.
 */
function spreadUpgrades(httpServer: HttpServer | HttpsServer, slices: TurnSlices): void {
  const listeners = httpServer.listeners('upgrade') as ((...args: unknown[]) => void)[];
  httpServer.removeAllListeners('upgrade');
  httpServer.on('upgrade', (...args: unknown[]) => slices.run(() => listeners.forEach((listener) => listener.apply(httpServer, args))));
}

/** One event's sockets: who each is (the handshake), its catch-up and commands, and the features' own events. */
export interface EventSocketHandler {
  authenticate(socket: OrtsterminSocket): Promise<Actor | 'unauthenticated' | 'invalid_device' | 'update_required'>;
  handle(socket: OrtsterminSocket): void;
  eventId: string;
}

export function eventSocketHandler(deps: SocketDeps): EventSocketHandler {
  const syncAcks = createSyncAcks(deps.runtime.live, deps.clock, deps.onSync, (deps.protocol ?? currentProtocol).version, deps.syncBodies);
  return {
    eventId: deps.rooms.eventId,
    authenticate: (socket) => authenticate(socket, deps),
    handle: (socket) => handleSocket(socket, deps, syncAcks),
  };
}

/** The event a handshake names by its slug, or the root's when it names none. */
export type SocketEvents = (slug: string | undefined) => EventSocketHandler | null;

function slugOf(socket: OrtsterminSocket): string | undefined {
  const parsed = handshakeAuth.safeParse(socket.handshake.auth ?? {});
  return parsed.success ? parsed.data.event : undefined;
}

/**
 * A socket over its address's cap hears `rate_limited` (the phone backs off and tries again);
 * its connection is then closed, once that answer has gone out, so refused sockets hold nothing.
 */
function refuseOverCap(socket: OrtsterminSocket, next: (error?: Error) => void): void {
  next(new Error('rate_limited'));
  setImmediate(() => socket.conn.close());
}

/** Every event's sockets on the installation's one server: each handshake names its event; `cap`: sockets per address. */
export function serveSockets(io: OrtsterminIo, eventFor: SocketEvents, slices: TurnSlices, cap?: AddressCap): void {
  const handlers = new WeakMap<OrtsterminSocket, EventSocketHandler>();
  io.use((socket, next) => slices.run(() => admit(socket, next)));
  function admit(socket: OrtsterminSocket, next: (error?: Error) => void): void {
    if (cap && !cap.admit(socket)) return refuseOverCap(socket, next);
    const handler = eventFor(slugOf(socket));
    if (!handler) return next(new Error('not_found'));
    handler.authenticate(socket).then(
      (actor) => {
        if (typeof actor === 'string') return next(new Error(actor));
        socket.data.actor = actor;
        socket.data.eventId = handler.eventId;
        handlers.set(socket, handler);
        next();
      },
      () => next(new Error('unavailable')),
    );
  }
  io.on('connection', (socket) => handlers.get(socket)?.handle(socket));
}

/** Revoking a code ends its sockets at once; the token no longer opens new ones either. */
export function endSocketsOfCode(rooms: EventRooms, codeId: string): void {
  for (const socket of rooms.sockets()) {
    if (socket.data.actor.codeId !== codeId) continue;
    socket.emit(socketEvents.accessRevoked);
    socket.disconnect(true);
  }
}
