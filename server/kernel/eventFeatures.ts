import type { Change } from '../../shared/changes.js';
import { commandTypes, type CommandType } from '../../shared/commands.js';
import type { CommandResult } from '../../shared/errors.js';
import type { FeatureRoutes, SomeEventFeature } from './feature.js';
import type { CommandHandlers } from './handler.js';
import type { Projection } from './liveState.js';
import type { HeldPersonalData, PersonalData } from './personalData.js';
import type { OrtsterminSocket } from './sockets.js';
import type { LogBatch } from './store.js';

/** Thrown at start when two features handle one command type, or none handles one. */
export class FeatureWiringError extends Error {}

function handlerTable(features: readonly SomeEventFeature[]): Partial<CommandHandlers> {
  const table: Partial<CommandHandlers> = {};
  for (const feature of features) {
    const twice = Object.keys(feature.handlers).filter((type) => Object.hasOwn(table, type));
    if (twice.length > 0) throw new FeatureWiringError(`handled twice: ${twice.join(', ')}`);
    Object.assign(table, feature.handlers);
  }
  const missing = commandTypes.filter((type) => !Object.hasOwn(table, type));
  if (missing.length > 0) throw new FeatureWiringError(`no handler for: ${missing.join(', ')}`);
  return table;
}

/**
 * One event's features, called at their places in a command's and a change's path. Each method
 * is one hook of `EventFeature` (feature.ts), asked of every feature that has it, in the order
 * the composition root lists them.
 */
export class EventFeatures {
  private readonly handlers: Partial<CommandHandlers>;
  readonly projections: readonly Projection[];
  readonly routes: readonly FeatureRoutes[];
  readonly personalData: readonly PersonalData[];
  readonly heldPersonalData: readonly HeldPersonalData[];
  private readonly holders: readonly SomeEventFeature[];

  constructor(private readonly features: readonly SomeEventFeature[]) {
    this.handlers = handlerTable(features);
    this.projections = features.flatMap((feature) => feature.projections ?? []);
    this.routes = features.flatMap((feature) => feature.routes ?? []);
    this.personalData = features.flatMap((feature) => feature.personalData ?? []);
    this.heldPersonalData = features.flatMap((feature) => feature.heldPersonalData ?? []);
    this.holders = features.filter((feature) => feature.holdCommand !== undefined);
  }

  /** The one handler of a command type (checked complete at start). */
  handlerFor<K extends CommandType>(type: K): CommandHandlers[K] | undefined {
    return this.handlers[type];
  }

  inBatch(batch: LogBatch, changes: readonly Change[]): void {
    for (const feature of this.features) feature.inBatch?.(batch, changes);
  }

  refuseInBatch(type: CommandType): CommandResult | null {
    for (const feature of this.features) {
      const refused = feature.refuseInBatch?.(type);
      if (refused) return refused;
    }
    return null;
  }

  /** The first refusal of the features' checks that need more than the state (a stored file), or null. */
  async check(type: CommandType, payload: unknown): Promise<CommandResult | null> {
    for (const feature of this.features) {
      const refused = await feature.checkCommand?.(type, payload);
      if (refused) return refused;
    }
    return null;
  }

  /** Runs the command inside every feature's hold, the first listed outermost. */
  hold(type: CommandType, run: () => Promise<CommandResult>): Promise<CommandResult> {
    // Only the features that hold commands wrap the run (today one: the import's turn).
    const held = this.holders.reduceRight<() => Promise<CommandResult>>((inner, feature) => () => feature.holdCommand?.(type, inner) ?? inner(), run);
    return held();
  }

  committed(changes: readonly Change[]): void {
    for (const feature of this.features) feature.committed?.(changes);
  }

  async start(): Promise<void> {
    for (const feature of this.features) await feature.start?.();
  }

  /** Commits what waits; a failure is logged: the figures are recounted at the next start. */
  async flush(): Promise<void> {
    for (const feature of this.features) {
      await feature.flush?.().catch((error: unknown) => console.error('committing the last counts failed; the next start recounts', error));
    }
  }

  async stop(): Promise<void> {
    for (const feature of this.features) await feature.stop?.();
  }

  connected(socket: OrtsterminSocket): void {
    for (const feature of this.features) feature.connected?.(socket);
  }

  synced(socket: OrtsterminSocket): void {
    for (const feature of this.features) feature.synced?.(socket);
  }
}
