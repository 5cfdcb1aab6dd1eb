import type { Hono } from 'hono';
import type { Change } from '../../shared/changes.js';
import type { Uploads } from './blobs.js';
import type { CommandType } from '../../shared/commands.js';
import type { CommandResult } from '../../shared/errors.js';
import type { Clock } from './clock.js';
import type { SystemDrafts } from './commitPipeline.js';
import type { Dispatch } from './dispatcher.js';
import type { CommandHandlers } from './handler.js';
import type { AppEnv } from './http.js';
import type { LiveState, Projection } from './liveState.js';
import type { Logger } from './logger.js';
import type { HeldPersonalData, PersonalData } from './personalData.js';
import type { RateLimitConfig } from './rateLimits.js';
import type { EventRooms, OrtsterminSocket } from './sockets.js';
import type { ChangeLog, LogBatch, Store } from './store.js';

/** What one event's runtime hands each feature: its log, its state, and the seams to commit and to reach its phones. */
export interface EventContext {
  store: Store;
  log: ChangeLog;
  live: LiveState;
  clock: Clock;
  logger: Logger;
  /** The server's own changes (counts, imports), committed in the same queue as commands. */
  commit(drafts: SystemDrafts): Promise<Change[]>;
  /** Every command of this event, validated, authorized and committed (the feature's routes use it). */
  dispatch: Dispatch;
  /** This event's rooms, to reach its phones. */
  rooms: EventRooms;
  /** How often coalesced counts go out at most. */
  coalesceMs: number;
  /** The installation's rate limits (per socket, per device, per address). */
  limits: RateLimitConfig;
  /** Every feature's personal data (asked when erasing, after all features are built). */
  personalData(): readonly PersonalData[];
  /** Every feature's personal data kept beside the log for a short time (erased on the privacy feature's timer). */
  heldPersonalData(): readonly HeldPersonalData[];
  /** The installation's stored files (one store for every event) and the upload limits. */
  uploads: Uploads;
}

/** A feature's HTTP routes, mounted under `path` after the caller is identified. */
export interface FeatureRoutes {
  path: string;
  routes: Hono<AppEnv>;
  /**
   * Paths below this one name a secret (a mailbox id): the request log writes this prefix and `…`
   * in place of the rest.
   */
  secretBelow?: string;
  /**
   * Requests under this path may carry larger bodies than commands (programme files). `streamed`:
   * the route reads and counts the body itself as it arrives (a video); only a declared length
   * above the limit is refused before it, and nothing is buffered.
   */
  largeBodies?: { under: string; maxBytes: number; streamed?: boolean };
}

/**
 * What a feature adds to one event. Every part is optional but the handlers; the runtime
 * (`eventRuntime.ts`) calls each part at its one place in a command's or a change's path.
 */
export interface EventFeature<K extends CommandType = never> {
  /** The commands it decides: one handler each, and no other feature handles the same type. */
  handlers: CommandHandlers<K>;
  /** The feature's own parts (its index, its coalescer), named for the composition root and tests. */
  own?: object;
  /** The personal data it keeps in the log, and how to erase it (names, comments, device ids). */
  personalData?: readonly PersonalData[];
  /** The personal data it keeps beside the log for a short time (mailbox items), and how to erase it. */
  heldPersonalData?: readonly HeldPersonalData[];
  /** Server-side indexes kept beside the state (votes by device): told every change, emptied on rebuild. */
  projections?: readonly Projection[];
  /** Inside the batch that appends `changes`, before it is written (erasing a deleted question's words). */
  inBatch?(batch: LogBatch, changes: readonly Change[]): void;
  /** Refuses a command in its batch, on the state then (a programme command while an import is open). */
  refuseInBatch?(type: CommandType): CommandResult | null;
  /**
   * Checks, before the command's turn, what the state cannot tell: that a file a command names
   * by its hash is stored. Null lets the command go on; `payload` is not validated yet.
   */
  checkCommand?(type: CommandType, payload: unknown): Promise<CommandResult | null>;
  /** Runs a command when its turn comes (programme commands take turns with an import). */
  holdCommand?(type: CommandType, run: () => Promise<CommandResult>): Promise<CommandResult>;
  /** Told of every durable change, this process's and other processes', after it was published. */
  committed?(changes: readonly Change[]): void;
  /** Before any phone connects: recounts, undoing an interrupted import. */
  start?(): Promise<void>;
  /** Commits what waits (counts) and stops timers: before the sockets close. */
  flush?(): Promise<void>;
  stop?(): void | Promise<void>;
  routes?: readonly FeatureRoutes[];
  /** A socket of this event connected: the feature's own socket events. */
  connected?(socket: OrtsterminSocket): void;
  /** A socket caught up and joined its rooms. */
  synced?(socket: OrtsterminSocket): void;
}

/** Any feature, as the runtime sees it: handlers for some command types. */
export type SomeEventFeature = Omit<EventFeature, 'handlers'> & { handlers: Partial<CommandHandlers> };

/** A feature folder's module value: builds what the feature adds to one event, keeping no state of its own. */
export type FeatureModule<F extends SomeEventFeature> = (event: EventContext) => F;

/** The command types a record of features handles. */
export type HandledBy<F> = { [N in keyof F]: F[N] extends { handlers: infer H } ? keyof H : never }[keyof F];
