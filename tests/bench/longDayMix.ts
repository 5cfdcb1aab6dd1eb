import { randomUUID } from 'node:crypto';
import type { OrtsterminServer } from '../../server/createServer.js';
import type { Actor } from '../../shared/roles.js';

/**
 * A long day's commands, out of every hundred: 10 questions (one in five at a stand), 55 votes
 * on them, 28 poll answers, 3 staff answers, 2 announcements and 2 agenda moves, from 5,000
 * phones. Sent through the real command path, many at once, so they share commit batches.
 */
const phones = 5000;
const inFlight = 400;
const moderator: Actor = { role: 'moderator', deviceId: 'long-day-moderator' };
const phone = (i: number): Actor => ({ role: 'attendee', deviceId: `long-day-phone-${i % phones}` });
const pick = <T>(items: readonly T[], i: number): T => items[i % items.length]!;

export interface MixOutcome {
  commands: number;
  refused: Record<string, number>;
  ms: number;
}

async function must(server: OrtsterminServer, actor: Actor, type: string, payload: unknown): Promise<void> {
  const result = await server.dispatch(actor, { id: randomUUID(), type, payload });
  if (!result.ok) throw new Error(`${type}: ${result.error.code}`);
}

/** Commits commands of the mix until the log holds at least `changes` changes more than at the start. */
export async function commitLongDay(server: OrtsterminServer, changes: number): Promise<MixOutcome> {
  const started = performance.now();
  const state = server.live.state();
  const sessions = Object.keys(state.sessions);
  const stands = Object.keys(state.stands);
  const rooms = Object.keys(state.rooms);
  const polls = Array.from({ length: 12 }, () => randomUUID());
  for (const [i, pollId] of polls.entries()) {
    const setup = { sessionId: pick(sessions, i), kind: 'single', question: `Frage ${i}?`, options: ['Ja', 'Nein', 'Vielleicht'] };
    await must(server, moderator, 'poll:create', { pollId, setup });
    await must(server, moderator, 'poll:open', { pollId });
  }
  const questions: string[] = [];
  const refused: Record<string, number> = {};
  const goal = server.live.seq() + changes;
  let commands = 0;
  const one = (i: number): [Actor, string, unknown] => {
    const slot = i % 100;
    if (slot < 10 || questions.length === 0) {
      const questionId = randomUUID();
      questions.push(questionId);
      const target = slot % 5 === 0 ? { kind: 'stand', id: pick(stands, i) } : { kind: 'session', id: pick(sessions, i) };
      return [phone(i), 'question:ask', { questionId, target, text: `Wie geht es nach Frage ${i} weiter?` }];
    }
    if (slot < 65) return [phone(i * 7), 'question:vote', { questionId: pick(questions, i * 31), up: i % 9 !== 0 }];
    if (slot < 93) return [phone(i * 3), 'poll:vote', { pollId: pick(polls, i), answer: { kind: 'choice', options: [i % 3] } }];
    if (slot < 96) return [moderator, 'question:answer', { questionId: pick(questions, i * 13), text: `Antwort ${i}` }];
    if (slot < 98) return [moderator, 'announcement:post', { level: 'info', text: `Durchsage ${i}` }];
    return [moderator, 'session:move', { sessionId: pick(sessions, i), roomId: pick(rooms, i) }];
  };
  let stalled = 0;
  while (server.live.seq() < goal) {
    const before = server.live.seq();
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        const [actor, type, payload] = one(commands++);
        const result = await server.dispatch(actor, { id: randomUUID(), type, payload });
        if (!result.ok) refused[`${type} ${result.error.code}`] = (refused[`${type} ${result.error.code}`] ?? 0) + 1;
      }),
    );
    // Every command refused (a limit, a changed rule): stop with what was refused, not loop for ever.
    stalled = server.live.seq() === before ? stalled + 1 : 0;
    if (stalled >= 3) throw new Error(`the long day commits nothing; refused: ${JSON.stringify(refused)}`);
  }
  await server.runtime.pipeline.idle();
  return { commands, refused, ms: Math.round(performance.now() - started) };
}
