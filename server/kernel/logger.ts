import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs, one JSON line each. Only fields chosen here are written: never a header, a
 * body or a query string, so access codes and tokens cannot reach the log.
 */
export function createLogger(level = 'info', destination?: NodeJS.WritableStream): Logger {
  return destination ? pino({ level, base: undefined }, destination) : pino({ level, base: undefined });
}

export const silentLogger: Logger = pino({ level: 'silent' });
