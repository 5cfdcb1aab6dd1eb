import type { CommandResult } from '../../shared/errors.js';
import type { Actor } from '../../shared/roles.js';
import type { Uploads } from './blobs.js';
import type { Clock } from './clock.js';
import { CommitPipeline } from './commitPipeline.js';
import { dispatchCommand } from './dispatcher.js';
import { EventFeatures } from './eventFeatures.js';
import type { EventContext, SomeEventFeature } from './feature.js';
import { openLiveState, type LiveState, type Projection } from './liveState.js';
import type { Logger } from './logger.js';
import type { RateCheck, RateLimitConfig } from './rateLimits.js';
import type { EventRooms } from './sockets.js';
import type { Store } from './store.js';

/** What one event's runtime is made of; what belongs to the installation (limits, sockets) is handed in. */
export interface EventRuntimeDeps<F extends Record<string, SomeEventFeature>> {
  store: Store;
  clock: Clock;
  /** The event's rooms on the installation's Socket.IO server. */
  rooms: EventRooms;
  /** The composition root's features, built for this event. */
  features: (event: EventContext) => F;
  /** How many recent changes a reconnecting phone can catch up on before it needs a snapshot. */
  retention: number;
  /** How often coalesced counts go out at most. */
  coalesceMs: number;
  limits: RateLimitConfig;
  /** The installation's stored files and upload limits: every event's uploads go to the installation's store. */
  uploads: Uploads;
  /** The command limits, counted across the installation (per device, per address). */
  rateCheck?: RateCheck;
  logger: Logger;
  /** Told of each command's answer (logs, metrics): installation-wide. */
  observe?: (actor: Actor, raw: unknown, result: Promise<CommandResult>) => void;
  onCommitTimed?: (seconds: number) => void;
  /** Whether the event is past (closed, or its days over and a later one exists): content commands are refused. */
  closed?: () => boolean;
}

/**
 * Everything that belongs to one event's state: its log, live state, commit pipeline and the
 * features' indexes, coalescers and routes. Nothing here is shared with another event's runtime,
 * so two in one process never see each other's changes.
 */
export class EventRuntime<F extends Record<string, SomeEventFeature> = Record<string, SomeEventFeature>> {
  readonly live: LiveState;
  readonly pipeline: CommitPipeline;
  readonly features: EventFeatures;
  /** The features by name, as the composition root built them (tests reach a feature's own parts). */
  readonly parts: F;

  private constructor(private readonly deps: EventRuntimeDeps<F>) {
    let projections: readonly Projection[] = [];
    this.live = openLiveState(deps.store.log, { retention: deps.retention, projections: () => projections });
    this.parts = deps.features(this.context());
    this.features = new EventFeatures(Object.values(this.parts));
    projections = this.features.projections;
    this.pipeline = new CommitPipeline({
      log: deps.store.log,
      live: this.live,
      clock: deps.clock,
      features: this.features,
      rooms: deps.rooms,
      logger: deps.logger,
      ...(deps.onCommitTimed ? { onCommitTimed: deps.onCommitTimed } : {}),
    });
  }

  /** Reads the event from its log, lets every feature start (recounts, an interrupted import undone). */
  static async open<F extends Record<string, SomeEventFeature>>(deps: EventRuntimeDeps<F>): Promise<EventRuntime<F>> {
    const runtime = new EventRuntime(deps);
    await runtime.live.rebuild();
    deps.store.log.onForeignCommit(() => void runtime.pipeline.catchUp());
    await runtime.features.start();
    return runtime;
  }

  /** A command from a phone or a staff device, over the socket or HTTP. */
  dispatch(actor: Actor, raw: unknown): Promise<CommandResult> {
    const result = dispatchCommand(
      {
        log: this.deps.store.log,
        pipeline: this.pipeline,
        features: this.features,
        ...(this.deps.rateCheck ? { rateCheck: this.deps.rateCheck } : {}),
        ...(this.deps.closed ? { closed: this.deps.closed } : {}),
      },
      actor,
      raw,
    );
    this.deps.observe?.(actor, raw, result);
    return result;
  }

  /** Whether this event's log takes writes: after a failed commit, only a probe write that works says yes. */
  async writable(): Promise<boolean> {
    if (!this.pipeline.writesFailing()) return true;
    try {
      await this.deps.store.log.probeWrite();
      this.pipeline.writesWork();
      return true;
    } catch {
      return false;
    }
  }

  /** Commits what waits (counts), lets the queue run empty, stops the features' timers and workers. */
  async stop(): Promise<void> {
    await this.features.flush();
    await this.features.stop();
    await this.pipeline.idle();
  }

  private context(): EventContext {
    return {
      store: this.deps.store,
      log: this.deps.store.log,
      live: this.live,
      clock: this.deps.clock,
      logger: this.deps.logger,
      commit: (drafts) => this.pipeline.commitSystem(drafts),
      dispatch: (actor, raw) => this.dispatch(actor, raw),
      rooms: this.deps.rooms,
      coalesceMs: this.deps.coalesceMs,
      limits: this.deps.limits,
      // Features are built with this context, so theirs are asked for when they are all there.
      personalData: () => this.features.personalData,
      heldPersonalData: () => this.features.heldPersonalData,
      uploads: this.deps.uploads,
    };
  }
}
