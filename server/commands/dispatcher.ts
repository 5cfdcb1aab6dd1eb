import type { Change, ChangeDraft } from '../../shared/changes.js';
import { commandEnvelopeSchema, isCommandType, payloadSchemas, type CommandType } from '../../shared/commands.js';
import { commandError, issuesOf, type CommandResult } from '../../shared/errors.js';
import { mayRun, type Actor } from '../../shared/roles.js';
import type { Clock } from '../clock.js';
import type { RateCheck } from './rateLimits.js';
import type { LiveState } from '../state/liveState.js';
import { UnreadableChangeError, type Store } from '../store/store.js';
import type { VoteIndex } from '../questions/voteIndex.js';
import type { PollIndex } from '../polls/pollIndex.js';
import type { CommandContext, CommandHandlers, HandlerOutcome } from './handler.js';
import { createGroupCommit, type PendingCommand } from './groupCommit.js';
import { handlers } from './handlerTable.js';
import { answerForRepeat, commandFingerprint } from './commandFingerprint.js';
import { eraseDeletedQuestions } from '../questions/questionDeletion.js';

export interface DispatcherDeps {
  store: Store;
  live: LiveState;
  votes: VoteIndex;
  polls: PollIndex;
  clock: Clock;
  /** Sends committed changes to their audiences; set by the transport. */
  publish: (changes: readonly Change[]) => void;
  /** Told of every commit, after it is durable (e.g. the vote coalescer). */
  onCommitted?: (changes: readonly Change[]) => void;
  rateCheck?: RateCheck;
  /** At most this many commands share one commit; more wait for the next turn of the loop. */
  maxBatch?: number;
  onCommitTimed?: (seconds: number) => void;
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

/** After a deletion, old copies of the erased text leave the write-ahead log too; failing that is not the command's failure. */
function scrubQuietly(store: Store): void {
  try {
    store.scrub();
  } catch (error) {
    console.error('could not checkpoint the write-ahead log after a deletion', error);
  }
}

/**
 * The one way anything changes: validate → authorize by the role table → rate limits → decide →
 * commit → publish. Socket.IO and HTTP both call it; commits are grouped (`groupCommit.ts`).
 */
export function createDispatcher(deps: DispatcherDeps): Dispatcher {
  const nowIso = () => new Date(deps.clock.now()).toISOString();

  function announce(committed: readonly Change[]): void {
    if (committed.length === 0) return;
    if (committed.some((change) => change.type === 'question:deleted')) scrubQuietly(deps.store);
    deps.publish(committed);
    deps.onCommitted?.(committed);
  }

  function commitSystemChanges(drafts: readonly ChangeDraft[]): Change[] {
    const committed = deps.store.commit({ drafts, at: nowIso() });
    deps.live.apply(committed);
    announce(committed);
    return committed;
  }

  /** Inside the batch's transaction: decides one command on the current state and writes it. */
  function decide(command: PendingCommand, committed: Change[]): CommandResult {
    const earlier = deps.store.processedCommand(command.id);
    if (earlier !== undefined) return answerForRepeat(earlier, command.fingerprint);
    const now = nowIso();
    const context = { state: deps.live.state(), votes: deps.votes, polls: deps.polls, actor: command.actor, commandId: command.id, now };
    let outcome: HandlerOutcome;
    try {
      outcome = runHandler(command.type, command.payload, context);
    } catch {
      return commandError('internal'); // a handler's bug fails its command, not the batch
    }
    if ('error' in outcome) return { ok: false, error: outcome.error };
    let changes: Change[];
    try {
      changes = deps.store.commit({ drafts: outcome.changes, at: now, commandId: command.id, fingerprint: command.fingerprint });
      eraseDeletedQuestions(deps.store, changes);
    } catch (error) {
      // Only a change the schema refuses ends here alone (its savepoint undid it); a storage
      // error fails the whole batch, which rolls back and rebuilds.
      if (!(error instanceof UnreadableChangeError)) throw error;
      console.error(`command ${command.type} refused: ${error.message}`);
      return commandError('internal');
    }
    // Applied at once, so the next command of the batch decides on it; published after the commit.
    deps.live.apply(changes);
    committed.push(...changes);
    return { ok: true, seq: deps.store.lastSeq() };
  }

  const enqueue = createGroupCommit({ store: deps.store, live: deps.live, decide, announce, maxBatch: deps.maxBatch ?? 200, onCommitTimed: deps.onCommitTimed });

  async function dispatch(actor: Actor, raw: unknown): Promise<CommandResult> {
    const envelope = commandEnvelopeSchema.safeParse(raw);
    if (!envelope.success) return commandError('invalid_command', { issues: issuesOf(envelope.error) });
    const { id, type, payload } = envelope.data;
    if (!isCommandType(type)) {
      return commandError('unknown_command', { issues: [{ path: 'type', message: `unknown: ${type.slice(0, 64)}` }] });
    }
    if (!mayRun(actor, type)) return commandError(actor.role === 'attendee' ? 'unauthenticated' : 'forbidden');

    // A repeat of a committed command gets its answer without a turn in the queue (and the limiter).
    const fingerprint = commandFingerprint(actor, type, payload);
    const earlier = deps.store.processedCommand(id);
    if (earlier !== undefined) return answerForRepeat(earlier, fingerprint);
    const limited = await deps.rateCheck?.(actor, type);
    if (limited) return commandError('rate_limited', limited);
    return enqueue({ actor, id, type, payload, fingerprint });
  }

  return { dispatch, commitSystemChanges };
}
