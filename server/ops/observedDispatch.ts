import { isCommandType } from '../../shared/commands.js';
import type { Dispatch } from '../kernel/dispatcher.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

export interface ObservedDispatch {
  dispatch: Dispatch;
  /** Resolves once every command dispatched so far has its answer (committed or refused). */
  drained(): Promise<void>;
}

/**
 * Every command, over the socket or HTTP, logged in one line with its outcome and duration and
 * counted; the payload is never logged (it may be a person's question). In-flight commands are
 * tracked so a graceful stop can wait for their batch to commit.
 */
export function observeDispatch(inner: Dispatch, log: Logger, metrics: Metrics): ObservedDispatch {
  const inFlight = new Set<Promise<unknown>>();
  const dispatch: Dispatch = (actor, raw) => {
    const started = performance.now();
    // Only the known type names become labels and log fields: a made-up type must not grow the metrics.
    const claimed = typeof raw === 'object' && raw !== null && 'type' in raw ? raw.type : undefined;
    const type = typeof claimed === 'string' && isCommandType(claimed) ? claimed : 'other';
    const running = inner(actor, raw).then((result) => {
      const outcome = result.ok ? 'ok' : result.error.code;
      const ms = Math.round((performance.now() - started) * 10) / 10;
      metrics.commandDone(type, outcome);
      log.info({ kind: 'command', type, role: actor.role, outcome, ms, ...(result.ok ? { seq: result.seq } : {}) }, 'command');
      return result;
    });
    inFlight.add(running);
    void running.finally(() => inFlight.delete(running)).catch(() => undefined);
    return running;
  };
  return { dispatch, drained: async () => void (await Promise.allSettled([...inFlight])) };
}
