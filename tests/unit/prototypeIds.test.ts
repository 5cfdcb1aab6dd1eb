import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChange, type Change } from '../../shared/changes.js';
import { emptyState } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';
import type { Actor } from '../../shared/roles.js';
import { encodeSyncBody, parseSyncReply } from '../../shared/syncReply.js';
import { isVisibleIn } from '../../server/kernel/audience.js';
import { createTestApp } from '../support/testServer.js';

const moderator: Actor = { role: 'moderator', tokenId: 'prototype-test' };
const attendee: Actor = { role: 'attendee', deviceId: 'prototype-attendee' };
const prototypeIds = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'plain-id'] as const;

const step = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), id: fc.constantFrom(...prototypeIds) }),
  fc.record({ kind: fc.constant('rename' as const), id: fc.constantFrom(...prototypeIds) }),
  fc.record({ kind: fc.constant('mode' as const), id: fc.constantFrom(...prototypeIds), pre: fc.boolean() }),
  fc.record({ kind: fc.constant('pause' as const), id: fc.constantFrom(...prototypeIds), paused: fc.boolean() }),
  fc.record({ kind: fc.constant('ask' as const), id: fc.constantFrom(...prototypeIds) }),
  fc.record({ kind: fc.constant('stage' as const), id: fc.constantFrom(...prototypeIds) }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function commandOf(s: Step, asked: Map<string, string>): { actor: Actor; type: string; payload: unknown } {
  const sessionId = s.id;
  switch (s.kind) {
    case 'add':
      return { actor: moderator, type: 'session:add', payload: { sessionId, title: `Sitzung ${sessionId}`, startsAt: '2026-05-14T15:00:00+02:00', endsAt: '2026-05-14T15:30:00+02:00', roomId: 'seminar-1' } };
    case 'rename':
      return { actor: moderator, type: 'session:rename', payload: { sessionId, title: `Neu: ${sessionId}` } };
    case 'mode':
      return { actor: moderator, type: 'moderation:set-mode', payload: { sessionId, mode: s.pre ? 'pre' : 'post' } };
    case 'pause':
      return { actor: moderator, type: 'moderation:pause-questions', payload: { sessionId, paused: s.paused } };
    case 'ask': {
      const questionId = randomUUID();
      asked.set(sessionId, questionId);
      return { actor: attendee, type: 'question:ask', payload: { questionId, target: { kind: 'session', id: sessionId }, text: 'Frage?' } };
    }
    case 'stage':
      return { actor: moderator, type: 'question:stage', payload: { sessionId, questionId: asked.get(sessionId) ?? null } };
  }
}

/** What a phone gets from a snapshot: the bytes on the wire, read back with the app's own parser. */
function snapshotOnPhone(app: Awaited<ReturnType<typeof createTestApp>>, rooms: string[]) {
  const bytes = encodeSyncBody({ kind: 'snapshot', snapshot: app.server.live.snapshotFor(rooms) });
  const reply = parseSyncReply({ kind: 'encoded', body: bytes, serverTime: 0 });
  if (reply?.kind !== 'snapshot') throw new Error('the phone would refuse this snapshot');
  return reply.snapshot.state;
}

/** What a phone gets by replaying its audience's changes as they came over the wire. */
async function replayOnPhone(app: Awaited<ReturnType<typeof createTestApp>>, rooms: string[]) {
  const roomSet = new Set(rooms);
  const changes = (await app.store.log.changesAfter(0, 100_000)).filter((c) => isVisibleIn(c.audience, roomSet));
  const received = changes.map((c) => parseChange(JSON.parse(JSON.stringify(c)) as Change));
  if (received.some((c) => c === null)) throw new Error('the phone would refuse a change');
  return applyChanges(emptyState, received.filter((c): c is Change => c !== null));
}

describe('ids are data, never object keys with a meaning (defect 10)', () => {
  it('snapshot = replay for every audience when sessions are called __proto__, constructor or toString', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const app = await createTestApp();
        const asked = new Map<string, string>();
        for (const s of steps) {
          const { actor, type, payload } = commandOf(s, asked);
          await app.server.dispatch(actor, { id: randomUUID(), type, payload });
        }
        for (const rooms of [['public'], ['public', 'staff']]) {
          const replayed = await replayOnPhone(app, rooms);
          const snapshot = snapshotOnPhone(app, rooms);
          expect(JSON.stringify(snapshot)).toBe(JSON.stringify(replayed));
          expect(Object.keys(snapshot.sessions).sort()).toEqual(Object.keys(app.server.live.snapshotFor(rooms).state.sessions).sort());
        }
        app.server.runtime.parts.questions.own.counts.stop();
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('a session called __proto__ reaches a phone by snapshot as it does by replay', async () => {
    const app = await createTestApp();
    const result = await app.server.dispatch(moderator, { id: randomUUID(), type: 'session:add', payload: { sessionId: '__proto__', title: 'Prototyp', startsAt: '2026-05-14T15:00:00+02:00', endsAt: '2026-05-14T15:30:00+02:00', roomId: 'seminar-1' } });
    expect(result.ok).toBe(true);
    expect(Object.hasOwn((await replayOnPhone(app, ['public'])).sessions, '__proto__')).toBe(true);
    expect(Object.hasOwn(snapshotOnPhone(app, ['public']).sessions, '__proto__')).toBe(true);
    app.server.runtime.parts.questions.own.counts.stop();
  });
});
