import { expect } from 'vitest';
import type { OrtsterminServer } from '../../server/createServer.js';
import { errorCodes, type CommandResult } from '../../shared/errors.js';

const knownCodes = new Set<string>(errorCodes);

/**
 * A typed refusal that changed nothing: never ok, never internal, the log where it was. Counts an
 * earlier accepted command left pending (poll results, votes) are committed first: they are not this command's.
 */
export async function expectRefused(server: OrtsterminServer, send: () => Promise<CommandResult>, code?: string): Promise<void> {
  const { parts, pipeline } = server.runtime;
  await Promise.all([parts.polls.own.results.flush(), parts.questions.own.counts.flush()]);
  await pipeline.idle();
  const before = server.live.seq();
  const result = await send();
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (result.ok) return;
  expect(knownCodes.has(result.error.code)).toBe(true);
  expect(result.error.code).not.toBe('internal');
  if (code) expect(result.error.code).toBe(code);
  expect(server.live.seq()).toBe(before);
}
