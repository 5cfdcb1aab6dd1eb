import type { Change } from '../../shared/changes.js';
import type { CommandType } from '../../shared/commands.js';
import { commandError, type CommandResult } from '../../shared/errors.js';
import type { Actor } from '../../shared/roles.js';
import type { LiveState } from '../state/liveState.js';
import type { Store } from '../store/store.js';

/** A command that passed every check that needs no state, waiting for its batch's commit. */
export interface PendingCommand {
  actor: Actor;
  id: string;
  type: CommandType;
  payload: unknown;
  /** Type, payload and sender in one hash: a reused id naming another command is refused. */
  fingerprint: string;
}

export interface GroupCommitDeps {
  store: Store;
  live: LiveState;
  /** Inside the batch's transaction: decides one command on the live state, writes and applies it. */
  decide: (command: PendingCommand, committed: Change[]) => CommandResult;
  /** After the commit: tells the devices. */
  announce: (committed: readonly Change[]) => void;
  maxBatch: number;
  /** How long each batch took to decide and write (metrics). */
  onCommitTimed?: (seconds: number) => void;
}

/**
 * Group commit: the commands that arrive in one turn of the event loop are decided one after the
 * other, each on the state its predecessors left, and written in one SQLite transaction, so a
 * burst of questions costs one sync to disk, not one each. A batch is decided and written
 * synchronously, so nothing interleaves between reading the state and committing the decision.
 * Nothing is published or acknowledged before the batch's commit returns; if it fails, the live
 * state (which took the changes already, for the next decision) is rebuilt from the log.
 */
export function createGroupCommit(deps: GroupCommitDeps): (command: PendingCommand) => Promise<CommandResult> {
  const queue: { command: PendingCommand; resolve: (result: CommandResult) => void }[] = [];
  let scheduled = false;

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  }

  function flush(): void {
    scheduled = false;
    const batch = queue.splice(0, deps.maxBatch);
    if (queue.length > 0) schedule();
    const answers: { resolve: (result: CommandResult) => void; result: CommandResult }[] = [];
    const committed: Change[] = [];
    const started = performance.now();
    try {
      deps.live.batch(() =>
        deps.store.transaction(() => {
          for (const { command, resolve } of batch) answers.push({ resolve, result: deps.decide(command, committed) });
        }),
      );
    } catch (error) {
      console.error('commit failed', error);
      deps.live.rebuild();
      for (const { resolve } of batch) resolve(commandError('internal'));
      return;
    }
    deps.onCommitTimed?.((performance.now() - started) / 1000);
    try {
      deps.announce(committed);
    } catch (error) {
      // Durable already: the commands succeeded; devices that missed the broadcast catch up.
      console.error('publishing failed', error);
    }
    for (const { resolve, result } of answers) resolve(result);
  }

  return (command) =>
    new Promise((resolve) => {
      queue.push({ command, resolve });
      schedule();
    });
}
