import type { Logger } from '../kernel/logger.js';

/** The whole stop must fit in this; a stuck close must not keep a restart waiting. */
export const stopDeadlineMs = 9_000;

/**
 * SIGTERM/SIGINT: the graceful stop, exit 0 when it finished, 1 when it ran past the deadline.
 * A second signal exits at once (an operator pressing Ctrl+C twice means it).
 */
export function stopOnSignals(options: { stop: () => Promise<void>; log: Logger; deadlineMs?: number }): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      options.log.warn({ kind: 'stop', signal }, 'second signal: exiting at once');
      process.exit(1);
    }
    stopping = true;
    options.log.info({ kind: 'stop', signal }, 'stopping: finishing commands in flight');
    const started = performance.now();
    const deadline = setTimeout(() => {
      options.log.error({ kind: 'stop' }, 'graceful stop ran past its deadline: exiting');
      process.exit(1);
    }, options.deadlineMs ?? stopDeadlineMs);
    void options.stop().then(
      () => {
        clearTimeout(deadline);
        options.log.info({ kind: 'stop', ms: Math.round(performance.now() - started) }, 'stopped');
        process.exit(0);
      },
      (error: unknown) => {
        options.log.error({ kind: 'stop', err: error }, 'graceful stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
