import type { Change, ChangeDraft } from '../../shared/changes.js';
import { payloadSchemas, type CommandType } from '../../shared/commands.js';
import { commandError, issuesOf, type CommandResult } from '../../shared/errors.js';
import type { Actor } from '../../shared/roles.js';
import { changesProgramme } from '../../shared/programmeImport.js';
import type { LiveState } from './liveState.js';
import { UnreadableChangeError, type LogBatch, type ProcessedCommand } from './store.js';
import type { VoteIndex } from '../questions/voteIndex.js';
import type { PollIndex } from '../polls/pollIndex.js';
import type { CommandContext, CommandHandlers, HandlerOutcome } from './handler.js';
import { handlers } from '../commands/handlerTable.js';
import { answerForRepeat } from './commandFingerprint.js';
import { eraseDeletedQuestions } from '../questions/questionDeletion.js';

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
  votes: VoteIndex;
  polls: PollIndex;
  batch: LogBatch;
  /** Commands processed before (any process) and in this batch so far. */
  processed: Map<string, ProcessedCommand>;
  now: string;
  /** Every change this batch appended, in order. */
  committed: Change[];
  /** An import is open in the log: programme commands wait for it (another process applies it). */
  importOpen: () => boolean;
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
 * Gives the drafts the next seqs, buffers them in the batch and applies them at once, so the next
 * decision of the batch sees them. A change the schema refuses throws before anything happened.
 */
export function appendDrafts(ctx: DecideContext, drafts: readonly ChangeDraft[], command?: PendingCommand): Change[] {
  const head = Math.max(ctx.live.seq(), ctx.batch.head);
  const changes = drafts.map((draft, index): Change => ({ ...draft, seq: head + index + 1, at: ctx.now }));
  const seq = changes.at(-1)?.seq ?? head;
  ctx.batch.append({ changes, seq, ...(command ? { commandId: command.id, fingerprint: command.fingerprint } : {}) });
  eraseDeletedQuestions(ctx.batch, changes);
  if (command) ctx.processed.set(command.id, { seq, fingerprint: command.fingerprint });
  ctx.live.apply(changes);
  ctx.committed.push(...changes);
  return changes;
}

/** Inside the batch: decides one command on the current state and appends its changes. */
export function decideCommand(command: PendingCommand, ctx: DecideContext): CommandResult {
  const earlier = ctx.processed.get(command.id);
  if (earlier !== undefined) return answerForRepeat(earlier, command.fingerprint);
  // This process's own imports hold its programme commands back before they get here (importApplier.ts).
  if (changesProgramme(command.type) && ctx.importOpen()) {
    return commandError('conflict', { issues: [{ path: 'type', message: 'an import is being applied; try again when it is done' }] });
  }
  const context = { state: ctx.live.state(), votes: ctx.votes, polls: ctx.polls, actor: command.actor, commandId: command.id, now: ctx.now };
  let outcome: HandlerOutcome;
  try {
    outcome = runHandler(command.type, command.payload, context);
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
