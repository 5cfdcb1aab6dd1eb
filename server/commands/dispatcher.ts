import type { Change, ChangeDraft } from '../../shared/changes.js';
import { commandEnvelopeSchema, isCommandType, payloadSchemas, type CommandType } from '../../shared/commands.js';
import { commandError, issuesOf, type CommandResult } from '../../shared/errors.js';
import { mayRun, type Actor } from '../../shared/roles.js';
import type { Clock } from '../clock.js';
import type { RateCheck } from './rateLimits.js';
import type { LiveState } from '../state/liveState.js';
import type { Store } from '../store/store.js';
import type { VoteIndex } from '../questions/voteIndex.js';
import type { CommandContext, CommandHandlers, HandlerOutcome } from './handler.js';
import { handlers } from './handlerTable.js';

export interface DispatcherDeps {
  store: Store;
  live: LiveState;
  votes: VoteIndex;
  clock: Clock;
  /** Sends committed changes to their audiences; set by the transport. */
  publish: (changes: readonly Change[]) => void;
  /** Told of every commit, after it is durable (e.g. the vote coalescer). */
  onCommitted?: (changes: readonly Change[]) => void;
  rateCheck?: RateCheck;
}

export type Dispatch = (actor: Actor, raw: unknown) => Promise<CommandResult>;

export interface Dispatcher {
  dispatch: Dispatch;
  /** Changes the server makes by itself (coalesced vote counts): the same commit and publish path. */
  commitSystemChanges(drafts: readonly ChangeDraft[]): Change[];
}

function runHandler<K extends CommandType>(type: K, rawPayload: unknown, context: CommandContext): HandlerOutcome {
  const parsed = payloadSchemas[type].safeParse(rawPayload);
  if (!parsed.success) {
    return { error: commandError('invalid_command', { issues: issuesOf(parsed.error, 'payload') }).error };
  }
  const handler: CommandHandlers[K] = handlers[type];
  return handler(parsed.data, context);
}

/**
 * The one way anything changes: validate → authorize by the role table → decide → commit in one
 * transaction → publish. Socket.IO and HTTP both call it. Synchronous on purpose: nothing can
 * interleave between reading the state and committing the decision.
 */
export function createDispatcher(deps: DispatcherDeps): Dispatcher {
  const nowIso = () => new Date(deps.clock.now()).toISOString();

  function commit(drafts: readonly ChangeDraft[], at: string, commandId?: string): Change[] {
    const committed = deps.store.commit({ drafts, at, commandId });
    if (committed.length === 0) return committed;
    deps.live.apply(committed);
    deps.publish(committed);
    deps.onCommitted?.(committed);
    return committed;
  }

  async function dispatch(actor: Actor, raw: unknown): Promise<CommandResult> {
    const envelope = commandEnvelopeSchema.safeParse(raw);
    if (!envelope.success) return commandError('invalid_command', { issues: issuesOf(envelope.error) });
    const { id, type, payload } = envelope.data;
    if (!isCommandType(type)) {
      return commandError('unknown_command', { issues: [{ path: 'type', message: `unknown: ${type.slice(0, 64)}` }] });
    }
    if (!mayRun(actor, type)) return commandError(actor.role === 'attendee' ? 'unauthenticated' : 'forbidden');

    const seen = () => deps.store.processedCommandSeq(id);
    const earlier = seen();
    if (earlier !== undefined) return { ok: true, seq: earlier };
    const limited = await deps.rateCheck?.(actor, type);
    if (limited) return commandError('rate_limited', limited);

    // From here to the commit nothing awaits: the decision is made on the state it commits to.
    const raced = seen();
    if (raced !== undefined) return { ok: true, seq: raced };
    const now = nowIso();
    const context = { state: deps.live.state(), votes: deps.votes, actor, commandId: id, now };
    const outcome = runHandler(type, payload, context);
    if ('error' in outcome) return { ok: false, error: outcome.error };
    commit(outcome.changes, now, id);
    return { ok: true, seq: deps.store.lastSeq() };
  }

  return { dispatch, commitSystemChanges: (drafts) => commit(drafts, nowIso()) };
}
