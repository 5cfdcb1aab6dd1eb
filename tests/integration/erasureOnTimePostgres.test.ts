import { Writable } from 'node:stream';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/kernel/logger.js';
import { createPostgresStore } from '../../server/store/postgresStore.js';
import { createFakeClock } from '../support/fakeClock.js';
import { afterEnd, kept, personalStrings, sendPersonalData } from '../support/personalDataScenario.js';
import { eventually } from '../support/socketClient.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';
import { useServers } from '../support/useServers.js';

const cluster = useThrowawayPostgres();
const { running, device, defer } = useServers();

/** The log's lines, as the operator's journal would keep them. */
function capturedLog() {
  const lines: string[] = [];
  const stream = new Writable({ write: (chunk: Buffer, _encoding, done) => void (lines.push(chunk.toString()), done()) });
  return { logger: createLogger('info', stream), lines };
}

describe('erasure on time (PostgreSQL)', () => {
  it('rewrites and vacuums the rows, drops the rate-limit records and logs counts only', async () => {
    const url = await cluster().createDatabase();
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    defer(() => sql.end());
    const clock = createFakeClock();
    const { logger, lines } = capturedLog();
    const app = await running({ store: await createPostgresStore(url, { max: 3 }), clock, config: { log: logger } });
    const [attendee, moderator] = [await device(app.url), await device(app.url, app.moderatorToken)];
    const questionId = await sendPersonalData(app, attendee, moderator);
    const secrets = personalStrings(attendee.deviceId ?? 'no device id');
    const tables = async () => {
      const changes = await sql`SELECT data FROM changes`;
      const limits = await sql`SELECT key FROM rate_limits`;
      return [...changes.map((row) => String(row.data)), ...limits.map((row) => String(row.key))].join('\n');
    };
    expect(await tables()).toContain('127.0.0.1');

    clock.set(afterEnd(29));
    expect(await app.server.runtime.parts.privacy.own.runIfDue('timer')).toBe(false);
    for (const secret of secrets) expect(await tables(), secret).toContain(secret);

    clock.set(afterEnd(30));
    expect(await app.server.runtime.parts.privacy.own.runIfDue('timer')).toBe(true);
    await eventually(() => lines.some((line) => line.includes('personal data erased')));
    const stored = await tables();
    for (const secret of [...secrets, '127.0.0.1']) expect(stored.includes(secret), secret).toBe(false);
    expect(stored).toContain(kept.question);
    expect(stored).toContain(kept.answer);

    const line = JSON.parse(lines.find((l) => l.includes('personal data erased')) ?? '{}');
    expect(line).toMatchObject({ kind: 'erasure', reason: 'timer', rows: { askers_names: expect.any(Number), feedback_comments: 2, barrier_reports: 1 } });
    expect(line.rows.askers_names).toBeGreaterThan(0);
    expect(line.rateLimitRecords).toBeGreaterThan(0);
    for (const secret of secrets) expect(lines.join('\n')).not.toContain(secret);

    const later = await device(app.url);
    expect(later.state.questions[questionId]).toMatchObject({ text: kept.question, answer: { text: kept.answer } });
    expect(later.state.questions[questionId]?.authorName).toBeUndefined();
  });
});
