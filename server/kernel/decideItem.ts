import type { Change, ChangeDraft } from '../../shared/changes.js';
import { payloadSchemas, type CommandType } from '../../shared/commands.js';
import { commandError, issuesOf, type CommandResult } from '../../shared/errors.js';
import type { Actor } from '../../shared/roles.js';
import type { LiveState } from './liveState.js';
import { UnreadableChangeError, type LogBatch, type ProcessedCommand } from './store.js';
import type { CommandContext, CommandHandlers, HandlerOutcome } from './handler.js';
import { answerForRepeat } from './commandFingerprint.js';
import type { EventFeatures } from './eventFeatures.js';

/** A command that passed every check that needs no state, waiting for its batch's commit. */
export interface PendingCommand {
  actor: Actor;
  id: string;
  type: CommandType;
  payload: unknown;
  /** Type, payload and sender in one hash: a reused id naming another command is refused. */
  fingerprint: string;
}

/** What deciding needs: the state (with its indexes) and the open batch. */
export interface DecideContext {
  live: LiveState;
  features: EventFeatures;
  batch: LogBatch;
  /** Commands processed before (any process) and in this batch so far. */
  processed: Map<string, ProcessedCommand>;
  now: string;
  /** Every change this batch appended, in order. */
  committed: Change[];
}

function runHandler<K extends CommandType>(type: K, rawPayload: unknown, context: CommandContext, features: EventFeatures): HandlerOutcome {
  const parsed = payloadSchemas[type].safeParse(rawPayload);
  if (!parsed.success) {
    return { error: commandError('invalid_command', { issues: issuesOf(parsed.error, 'payload') }).error };
  }
  const handler: CommandHandlers[K] | undefined = features.handlerFor(type);
  if (!handler) return { error: commandError('unknown_command').error };
  return handler(parsed.data, context);
}

/**
 * Gives the drafts the next seqs, buffers them in the batch and applies them at once, so the next
 * decision of the batch sees them. A change the schema refuses throws before anything happened.
 */
export function appendDrafts(ctx: DecideContext, drafts: readonly ChangeDraft[], command?: PendingCommand): Change[] {
  const head = Math.max(ctx.live.seq(), ctx.batch.head);
  const changes = drafts.map((draft, index): Change => ({ ...draft, seq: head + index + 1, at: ctx.now }));
  const seq = changes.at(-1)?.seq ?? head;
  ctx.batch.append({ changes, seq, ...(command ? { commandId: command.id, fingerprint: command.fingerprint } : {}) });
  ctx.features.inBatch(ctx.batch, changes);
  if (command) ctx.processed.set(command.id, { seq, fingerprint: command.fingerprint });
  ctx.live.apply(changes);
  ctx.committed.push(...changes);
  return changes;
}

/** Inside the batch: decides one command on the current state and appends its changes. */
export function decideCommand(command: PendingCommand, ctx: DecideContext): CommandResult {
  const earlier = ctx.processed.get(command.id);
  if (earlier !== undefined) return answerForRepeat(earlier, command.fingerprint);
  const refused = ctx.features.refuseInBatch(command.type);
  if (refused) return refused;
  const context = { state: ctx.live.state(), actor: command.actor, commandId: command.id, now: ctx.now };
  let outcome: HandlerOutcome;
  try {
    outcome = runHandler(command.type, command.payload, context, ctx.features);
  } catch {
    return commandError('internal'); // a handler's bug fails its command, not the batch
  }
  if ('error' in outcome) return { ok: false, error: outcome.error };
  try {
    appendDrafts(ctx, outcome.changes, command);
  } catch (error) {
    if (!(error instanceof UnreadableChangeError)) throw error;
    console.error(`command ${command.type} refused: ${error.message}`);
    return commandError('internal');
  }
  return { ok: true, seq: ctx.live.seq() };
}
