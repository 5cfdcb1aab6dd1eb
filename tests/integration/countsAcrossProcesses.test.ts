import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CommandPayload, CommandType } from '../../shared/commands.js';
import type { Actor } from '../../shared/roles.js';
import { createPostgresStore } from '../../server/store/postgresStore.js';
import { emptiedDatabase } from '../support/postgres.js';
import { addQuestionFixture, sessionPost } from '../support/questionFixture.js';
import { eventually } from '../support/socketClient.js';
import type { RunningApp } from '../support/testServer.js';
import { useServers } from '../support/useServers.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';

const cluster = useThrowawayPostgres();
const emptied = emptiedDatabase(cluster);
const { running } = useServers();

/** Two processes on one PostgreSQL whose counts go out only when a test flushes them. */
async function twoProcesses(): Promise<[RunningApp, RunningApp]> {
  const url = await emptied();
  const start = async () => running({ store: await createPostgresStore(url, { max: 4 }), config: { voteFlushMs: 3_600_000 } });
  return [await start(), await start()];
}

async function send<K extends CommandType>(app: RunningApp, actor: Actor, type: K, payload: CommandPayload<K>): Promise<void> {
  expect(await app.server.dispatch(actor, { id: randomUUID(), type, payload })).toMatchObject({ ok: true });
}

describe('counts with several processes on one PostgreSQL', () => {
  it('commits each count once when both processes flush at the same moment', async () => {
    const [a, b] = await twoProcesses();
    const fixture = await addQuestionFixture(a.server);
    const attendee: Actor = { role: 'attendee', deviceId: 'counted-phone' };
    await send(a, attendee, 'question:vote', { questionId: fixture.q1, up: true });
    await send(a, attendee, 'poll:vote', { pollId: fixture.openPoll, answer: { kind: 'choice', options: [0] } });
    await send(a, attendee, 'feedback:give', { sessionId: sessionPost, stars: 5, comment: 'Klar erklärt' });
    const voted = a.server.live.seq();
    await eventually(() => b.server.live.seq() === voted);

    // Both timers fire together: each process has seen the answers, neither has seen a count yet.
    await Promise.all([a, b].flatMap((app) => [app.server.runtime.parts.questions.own.counts.flush(), app.server.runtime.parts.polls.own.results.flush()]));
    await eventually(() => a.server.live.seq() === b.server.live.seq());

    const counted = (await a.store.log.changesAfter(voted, 1000)).map((change) => change.type);
    expect(counted.sort()).toEqual(['feedback:counted', 'poll:results-counted', 'question:votes-counted']);
    expect(b.server.live.state().questions[fixture.q1]?.votes).toBe(a.server.live.state().questions[fixture.q1]?.votes);
  });
});
