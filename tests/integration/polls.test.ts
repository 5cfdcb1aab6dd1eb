import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../shared/changes.js';
import type { PollSetup } from '../../shared/polls.js';
import { eventually, TestDevice } from '../support/socketClient.js';
import { useServers } from '../support/useServers.js';

const { running, device, track } = useServers();
const sessionId = 'digitale-doerfer';
const choice: PollSetup = { sessionId, kind: 'single', question: 'Nutzen Sie das schon in Ihrer Kommune?', options: ['Ja', 'Geplant', 'Nein'] };

/** Anything that carries a poll's results or a session's feedback. */
const carriesResults = (c: Change) =>
  c.type === 'poll:results-counted' || c.type === 'poll:revealed' || c.type === 'feedback:counted' || c.type === 'feedback:given' || c.type === 'poll:vote-cast';

async function connectMany(url: string, n: number): Promise<TestDevice[]> {
  const devices: TestDevice[] = [];
  for (let i = 0; i < n; i += 50) {
    const batch = Array.from({ length: Math.min(50, n - i) }, () => track(new TestDevice(url)));
    await Promise.all(batch.map((d) => d.connect()));
    devices.push(...batch);
  }
  return devices;
}

describe('live polls over real sockets', () => {
  it('keeps results off 200 attendee devices until revealed, then all converge on the server’s counts', async () => {
    const app = await running({ config: { voteFlushMs: 50 } });
    const moderator = await device(app.url, app.moderatorToken);
    const pollId = randomUUID();
    expect(await moderator.send('poll:create', { pollId, setup: choice })).toMatchObject({ ok: true });
    expect(await moderator.send('poll:open', { pollId })).toMatchObject({ ok: true });
    const voters = await connectMany(app.url, 200);
    await eventually(() => voters.every((v) => v.state.polls.polls[pollId]?.status === 'open'));

    const answers = voters.map((_, i) => i % 3);
    const results = await Promise.all(voters.map((v, i) => v.send('poll:vote', { pollId, answer: { kind: 'choice', options: [answers[i]!] } })));
    expect(results.every((r) => r.ok)).toBe(true);
    // One device changes its mind: its vote moves, it is not counted twice.
    expect(await voters[0]!.send('poll:vote', { pollId, answer: { kind: 'choice', options: [2] } })).toMatchObject({ ok: true });
    answers[0] = 2;
    app.server.runtime.parts.polls.own.results.flush();
    const expected = [0, 1, 2].map((option) => answers.filter((a) => a === option).length);
    await eventually(() => moderator.state.polls.results[pollId]?.counts.join() === expected.join());
    expect(moderator.state.polls.results[pollId]?.voters).toBe(200);

    // A phone that starts from nothing (seq 0) gets no hidden result either.
    const late = await device(app.url);
    expect(late.state.polls.polls[pollId]?.status).toBe('open');
    expect(late.state.polls.results[pollId]).toBeUndefined();
    for (const v of [...voters, late]) {
      expect(v.received.filter(carriesResults)).toEqual([]);
      expect(v.state.polls.results).toEqual({});
    }

    expect(await moderator.send('poll:reveal', { pollId })).toMatchObject({ ok: true });
    const snapshot = app.server.live.snapshotFor(['public']).state.polls.results[pollId];
    expect(snapshot).toMatchObject({ voters: 200, counts: expected });
    await eventually(() => [...voters, late].every((v) => v.state.polls.results[pollId]?.voters === 200));
    for (const v of [...voters, late]) expect(v.state.polls.results[pollId]).toEqual(snapshot);

    // Live after the reveal, coalesced: one more vote, one count message per device.
    const before = voters[1]!.received.length;
    await voters[1]!.send('poll:vote', { pollId, answer: { kind: 'choice', options: [0] } });
    await eventually(() => voters[5]!.state.polls.results[pollId]?.counts[0] === expected[0]! + 1);
    expect(voters[1]!.received.slice(before).filter((c) => c.type === 'poll:results-counted')).toHaveLength(1);
  });

  it('refuses a vote that arrives after the poll closed, and keeps drafts and word moderation with staff', async () => {
    const app = await running({ config: { voteFlushMs: 20 } });
    const moderator = await device(app.url, app.moderatorToken);
    const attendee = await device(app.url);
    const pollId = randomUUID();
    const words: PollSetup = { sessionId, kind: 'words', question: 'Ein Wort?', options: [] };
    await moderator.send('poll:create', { pollId, setup: words });
    expect(await attendee.send('poll:vote', { pollId, answer: { kind: 'words', words: ['KI'] } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await attendee.send('poll:open', { pollId })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    await moderator.send('poll:open', { pollId });
    expect(await attendee.send('poll:vote', { pollId, answer: { kind: 'words', words: ['  '] } })).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
    expect(await attendee.send('poll:vote', { pollId, answer: { kind: 'words', words: ['a', 'b', 'c', 'd'] } })).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
    expect(await attendee.send('poll:vote', { pollId, answer: { kind: 'rating', value: 3 } })).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
    expect(await attendee.send('poll:vote', { pollId, answer: { kind: 'words', words: ['Spamwort', 'Open Data'] } })).toMatchObject({ ok: true });
    await moderator.send('poll:hide-word', { pollId, word: 'spamwort' });
    await moderator.send('poll:reveal', { pollId });
    await eventually(() => attendee.state.polls.results[pollId] !== undefined);
    expect(attendee.state.polls.results[pollId]?.words.map((w) => w.word)).toEqual(['Open Data']);
    expect(attendee.state.polls.hiddenWords).toEqual({});
    expect(attendee.received.some((c) => JSON.stringify(c).includes('Spamwort'))).toBe(false);

    await moderator.send('poll:close', { pollId });
    expect(await attendee.send('poll:vote', { pollId, answer: { kind: 'words', words: ['Zu spät'] } })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('opens one poll at a time per session', async () => {
    const app = await running();
    const moderator = await device(app.url, app.moderatorToken);
    const [first, second] = [randomUUID(), randomUUID()];
    await moderator.send('poll:create', { pollId: first, setup: choice });
    await moderator.send('poll:create', { pollId: second, setup: { ...choice, question: 'Zweite Frage?' } });
    await moderator.send('poll:open', { pollId: first });
    await moderator.send('poll:open', { pollId: second });
    await eventually(() => moderator.state.polls.polls[second]?.status === 'open');
    expect(moderator.state.polls.polls[first]?.status).toBe('closed');
  });

  it('session feedback: once per device, changeable, comments only for staff, in the organizer’s CSV', async () => {
    const app = await running({ config: { voteFlushMs: 20 } });
    const moderator = await device(app.url, app.moderatorToken);
    const attendee = await device(app.url);
    const other = await device(app.url);
    const give = (d: TestDevice, stars: number, comment?: string) => d.send('feedback:give', { sessionId, stars, ...(comment ? { comment } : {}) });
    expect(await give(attendee, 4)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await moderator.send('feedback:open', { sessionId });
    await eventually(() => attendee.state.polls.feedbackOpen[sessionId] === true);
    expect(await give(attendee, 2, 'Zu leise')).toMatchObject({ ok: true });
    expect(await give(attendee, 5, '=HYPERLINK("http://böse.example")')).toMatchObject({ ok: true });
    expect(await give(other, 3)).toMatchObject({ ok: true });
    await eventually(() => moderator.state.polls.feedback[sessionId]?.count === 2);
    expect(moderator.state.polls.feedback[sessionId]).toMatchObject({ distribution: [0, 0, 1, 0, 1], average: 4 });
    for (const d of [attendee, other]) {
      expect(d.state.polls.feedback).toEqual({});
      expect(d.received.some((c) => JSON.stringify(c).includes('HYPERLINK'))).toBe(false);
    }

    const csv = await app.server.fetch(new Request('http://ortstermin.test/api/export/polls.csv', { headers: { authorization: `Bearer ${app.organizerToken}` } }));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="abstimmungen-feedback.csv"');
    const text = await csv.text();
    expect(text).toContain(`"'=HYPERLINK(""http://böse.example"")"`);
    expect(text).not.toContain('Zu leise');
    const json = await app.server.fetch(new Request('http://ortstermin.test/api/export/polls.json', { headers: { authorization: `Bearer ${app.organizerToken}` } }));
    expect((await json.json()) as unknown).toMatchObject({ feedback: [{ sessionId, summary: { count: 2 } }] });
    for (const token of [undefined, app.moderatorToken]) {
      const refused = await app.server.fetch(new Request('http://ortstermin.test/api/export/polls.csv', token ? { headers: { authorization: `Bearer ${token}` } } : {}));
      expect(refused.status).toBe(token ? 403 : 401);
    }

    // After the event day, feedback can no longer change.
    app.clock.set(Date.parse('2026-05-15T00:00:00+02:00'));
    expect(await give(other, 1)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
