import type { HttpBindings } from '@hono/node-server';
import type { Hono } from 'hono';
import { accessRoutes } from './access/accessRoutes.js';
import { createAccessService, type AccessService } from './access/accessService.js';
import { createDeviceIds, type DeviceIds } from './access/deviceIds.js';
import { eventFeatures, type EventFeatureParts } from './features.js';
import type { StandCodes } from './stands/standCodes.js';
import type { Clock } from './kernel/clock.js';
import type { ProxyTrust } from './kernel/clientAddress.js';
import { EventRuntime, type EventRuntimeDeps } from './kernel/eventRuntime.js';
import type { FeatureRoutes } from './kernel/feature.js';
import type { AppEnv } from './kernel/http.js';
import type { Logger } from './kernel/logger.js';
import { EventRooms, type OrtsterminIo } from './kernel/sockets.js';
import type { SeriesEventRecord, Store } from './kernel/store.js';
import { liveFigures } from './ops/liveFigures.js';
import { createHttpApp } from './transport/httpApp.js';
import { createSyncBodies, type SyncBodies } from './transport/syncReply.js';
import type { SyncCheck } from './kernel/syncBudget.js';
import type { TurnSlices } from './kernel/turnSlices.js';
import { endSocketsOfCode, eventSocketHandler, type EventSocketHandler, type ServedProtocol } from './transport/socketServer.js';

/** What every event of the installation shares: built once by the composition root. */
export interface InstallationParts {
  home: Store;
  clock: Clock;
  io: OrtsterminIo;
  runtime: Omit<EventRuntimeDeps<EventFeatureParts>, 'store' | 'rooms' | 'features' | 'closed'>;
  clientDir: string | null;
  publicUrl: string | null;
  trustProxy: ProxyTrust;
  log: Logger;
  ops: Hono;
  /** Routes every event's address answers alike (the series' list). */
  routes: readonly FeatureRoutes[];
  onSync: (kind: 'changes' | 'snapshot') => void;
  /** Catch-ups per device and address, over the socket and HTTP alike (`syncBudget.ts`). */
  syncBudget: SyncCheck;
  /** The process's turns, over which a reconnect storm's catch-ups are spread. */
  slices: TurnSlices;
  protocol?: ServedProtocol;
}

/** The event's codes for the stands feature: a removed stand's codes are revoked and their sockets ended. */
function standCodesOf(access: AccessService, rooms: EventRooms): StandCodes {
  return {
    list: () => access.listCodes(),
    async revoke(codeId) {
      if (await access.revokeCode(codeId)) endSocketsOfCode(rooms, codeId);
    },
  };
}

/** One event of the series with everything of its own: log, runtime, rooms, codes, device ids, HTTP app and sockets. */
export interface EventSite {
  record: SeriesEventRecord;
  store: Store;
  runtime: EventRuntime<EventFeatureParts>;
  rooms: EventRooms;
  access: AccessService;
  deviceIds: DeviceIds;
  app: Hono<AppEnv>;
  sockets: EventSocketHandler;
  /** The event's catch-up bodies (their largest sizes the slow-reader bound). */
  syncBodies: SyncBodies;
  event(): { name: string; startsAt: string; endsAt: string; timeZone: string } | null;
  fetch(request: Request, env?: HttpBindings): Response | Promise<Response>;
}

/**
 * Opens one event: its runtime on its own store, and its codes and device ids as this event sees
 * them. `first`: the series' first event, to which staff codes from before series belong.
 */
export async function openEventSite(parts: InstallationParts, record: SeriesEventRecord, store: Store, first: boolean, isPast: () => boolean): Promise<EventSite> {
  const rooms = new EventRooms(parts.io, record.id);
  const access = createAccessService(parts.home.access, parts.clock, { eventId: record.id, first, past: isPast });
  const limits = parts.runtime.limits;
  // Each event signs its own device ids: a phone's id at one event says nothing of it at another.
  const deviceIds = createDeviceIds(await store.log.serverKey('device-ids'), limits.deviceIdsPerAddress, parts.home.limiter);
  const runtime = await EventRuntime.open({ ...parts.runtime, store, rooms, features: (context) => eventFeatures(context, { standCodes: standCodesOf(access, rooms) }), closed: isPast });
  const syncBodies = createSyncBodies(runtime.live);
  const app = createHttpApp({
    syncBudget: parts.syncBudget,
    syncBodies,
    runtime,
    access,
    deviceIds,
    clock: parts.clock,
    clientDir: parts.clientDir,
    liveFigures: () => liveFigures(runtime.live.state(), rooms.sockets().length),
    trustProxy: parts.trustProxy,
    log: parts.log,
    ops: parts.ops,
    routes: [
      ...parts.routes,
      { path: '/api/access', routes: accessRoutes({ access, onCodeRevoked: (codeId) => endSocketsOfCode(rooms, codeId), publicUrl: parts.publicUrl }) },
      ...runtime.features.routes,
    ],
  });
  const sockets = eventSocketHandler({
    runtime, rooms, access, deviceIds, clock: parts.clock, syncBudget: parts.syncBudget, syncBodies, trustProxy: parts.trustProxy, onSync: parts.onSync, slices: parts.slices,
    ...(parts.protocol ? { protocol: parts.protocol } : {}),
  });
  const site: EventSite = {
    record, store, runtime, rooms, access, deviceIds, app, sockets, syncBodies,
    event: () => runtime.live.state().event,
    fetch: (request, env) => app.fetch(request, env),
  };
  return site;
}
