import type { CommandResult } from '../../shared/errors.js';
import { isCommandType } from '../../shared/commands.js';
import type { Actor } from '../../shared/roles.js';
import type { Logger } from '../kernel/logger.js';
import type { Metrics } from './metrics.js';

export interface CommandObserver {
  /** Told of each command as it is dispatched, with the promise of its answer. */
  observe(actor: Actor, raw: unknown, result: Promise<CommandResult>): void;
  /** Resolves once every command dispatched so far has its answer (committed or refused). */
  drained(): Promise<void>;
}

/**
 * Every command, over the socket or HTTP, logged in one line with its outcome and duration and
 * counted; the payload is never logged (it may be a person's question). In-flight commands are
 * tracked so a graceful stop can wait for their batch to commit.
 */
export function createCommandObserver(log: Logger, metrics: Metrics): CommandObserver {
  const inFlight = new Set<Promise<unknown>>();
  return {
    observe(actor, raw, result) {
      const started = performance.now();
      // Only the known type names become labels and log fields: a made-up type must not grow the metrics.
      const claimed = typeof raw === 'object' && raw !== null && 'type' in raw ? raw.type : undefined;
      const type = typeof claimed === 'string' && isCommandType(claimed) ? claimed : 'other';
      const running = result.then((answer) => {
        const outcome = answer.ok ? 'ok' : answer.error.code;
        const ms = Math.round((performance.now() - started) * 10) / 10;
        metrics.commandDone(type, outcome);
        log.info({ kind: 'command', type, role: actor.role, outcome, ms, ...(answer.ok ? { seq: answer.seq } : {}) }, 'command');
      });
      inFlight.add(running);
      void running.finally(() => inFlight.delete(running)).catch(() => undefined);
    },
    drained: async () => void (await Promise.allSettled([...inFlight])),
  };
}
