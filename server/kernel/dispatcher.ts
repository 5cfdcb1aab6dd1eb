import { commandEnvelopeSchema, isCommandType } from '../../shared/commands.js';
import { commandError, issuesOf, type CommandResult } from '../../shared/errors.js';
import { mayRun, type Actor } from '../../shared/roles.js';
import { commandsAfterClose } from '../../shared/series.js';
import type { RateCheck } from './rateLimits.js';
import type { ChangeLog } from './store.js';
import type { CommitPipeline } from './commitPipeline.js';
import { answerForRepeat, commandFingerprint } from './commandFingerprint.js';
import type { EventFeatures } from './eventFeatures.js';
import { payloadDepthIssue } from './payloadDepth.js';

/** What a command passes through on its way: its event's log, features and pipeline, and the limits. */
export interface DispatchTarget {
  log: ChangeLog;
  pipeline: CommitPipeline;
  features: EventFeatures;
  rateCheck?: RateCheck;
  /** The event is past: it keeps what it has and takes nothing new but erasure. */
  closed?: () => boolean;
}

export type Dispatch = (actor: Actor, raw: unknown) => Promise<CommandResult>;

/**
 * The one way a client changes anything: validate → authorize by the role table → rate limits →
 * the features' holds (an import's turn) → the commit pipeline (decide → commit → publish →
 * answer). Socket.IO and HTTP both call it, through `EventRuntime.dispatch`.
 */
export async function dispatchCommand(deps: DispatchTarget, actor: Actor, raw: unknown): Promise<CommandResult> {
  const envelope = commandEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return commandError('invalid_command', { issues: issuesOf(envelope.error) });
  const { id, type, payload } = envelope.data;
  if (!isCommandType(type)) {
    return commandError('unknown_command', { issues: [{ path: 'type', message: `unknown: ${type.slice(0, 64)}` }] });
  }
  if (!mayRun(actor, type)) return commandError(actor.role === 'attendee' ? 'unauthenticated' : 'forbidden');

  const tooDeep = payloadDepthIssue(payload);
  if (tooDeep) return commandError('invalid_command', { issues: [tooDeep] });
  // A repeat of a committed command gets its answer without a turn in the queue (and the limiter).
  const fingerprint = commandFingerprint(actor, type, payload);
  const earlier = await deps.log.processedCommand(id).catch(() => undefined);
  if (earlier !== undefined) return answerForRepeat(earlier, fingerprint);
  if (deps.closed?.() && !commandsAfterClose.has(type)) return commandError('event_closed');
  // Shared limits live in the database: when it is away, the command cannot be committed either.
  const limited = await Promise.resolve(deps.rateCheck?.(actor, type)).catch(() => 'unreachable' as const);
  if (limited === 'unreachable') return commandError('unavailable');
  if (limited) return commandError('rate_limited', limited);
  const refused = await deps.features.check(type, payload).catch(() => commandError('unavailable'));
  if (refused) return refused;
  return deps.features.hold(type, () => deps.pipeline.submit({ actor, id, type, payload, fingerprint }));
}
