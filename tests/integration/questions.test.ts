import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { defaultRateLimits } from '../../server/kernel/rateLimits.js';
import { useServers } from '../support/useServers.js';
import { socketEvents } from '../../shared/events.js';
import { emptyState } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';
import { isVisibleIn, roomsFor } from '../../server/kernel/audience.js';
import { eventually } from '../support/socketClient.js';
import { standA, standB } from '../support/questionFixture.js';
import { hostToken } from '../support/testServer.js';

const { running, device } = useServers();

describe('questions and moderation', () => {
  it('keeps a pre-moderated question off attendee devices until approved, and a hidden one forever', async () => {
    const app = await running();
    const [attendee, moderator] = [await device(app.url), await device(app.url, app.moderatorToken)];
    await moderator.send('moderation:set-mode', { sessionId: 'westpfalz-wiki', mode: 'pre' });
    const [approved, rejected] = [randomUUID(), randomUUID()];
    const target = { kind: 'session' as const, id: 'westpfalz-wiki' };
    expect(await attendee.send('question:ask', { questionId: approved, target, text: 'Wer schreibt die Artikel?' })).toMatchObject({ ok: true });
    expect(await attendee.send('question:ask', { questionId: rejected, target, text: 'Spam spam spam' })).toMatchObject({ ok: true });
    await eventually(() => Boolean(moderator.state.questions[approved] && moderator.state.questions[rejected]));
    expect(moderator.state.questions[approved]?.status).toBe('pending');

    await moderator.send('question:hide', { questionId: rejected });
    await moderator.send('question:approve', { questionId: approved });
    await eventually(() => attendee.state.questions[approved]?.status === 'published');
    await eventually(() => moderator.state.questions[rejected]?.status === 'hidden');
    expect(attendee.received.some((c) => JSON.stringify(c).includes(rejected))).toBe(false);
    expect(attendee.received.some((c) => JSON.stringify(c).includes('Spam'))).toBe(false);
  });

  it('applies event-wide pre-moderation to every session without a setting of its own (issue 30)', async () => {
    const app = await running({ config: { rateLimits: { ...defaultRateLimits, askPerDevice: [100, 60] } } });
    const [attendee, moderator] = [await device(app.url), await device(app.url, app.moderatorToken)];
    expect(await moderator.send('moderation:set-mode', { sessionId: 'westpfalz-wiki', mode: 'post' })).toMatchObject({ ok: true });
    expect(await moderator.send('moderation:set-mode', { sessionId: null, mode: 'pre' })).toMatchObject({ ok: true });
    const sessions = Object.keys(moderator.state.sessions);
    expect(sessions.length).toBeGreaterThan(5);
    const asked = new Map<string, string>();
    for (const sessionId of sessions) {
      const questionId = randomUUID();
      asked.set(sessionId, questionId);
      expect(await attendee.send('question:ask', { questionId, target: { kind: 'session', id: sessionId }, text: `Frage zu ${sessionId}` })).toMatchObject({ ok: true });
    }
    await eventually(() => [...asked.values()].every((id) => moderator.state.questions[id]));
    const status = (sessionId: string) => moderator.state.questions[asked.get(sessionId) ?? '']?.status;
    // Its own setting wins; every other session follows the event's.
    expect(status('westpfalz-wiki')).toBe('published');
    expect(sessions.filter((id) => id !== 'westpfalz-wiki' && status(id) !== 'pending')).toEqual([]);
  });

  it('routes a stand question to that stand’s host, whose answer reaches the attendee live', async () => {
    const app = await running();
    const attendee = await device(app.url);
    const hostA = await device(app.url, await hostToken(app.server, standA));
    const hostB = await device(app.url, await hostToken(app.server, standB));
    const moderator = await device(app.url, app.moderatorToken);
    await moderator.send('moderation:set-mode', { sessionId: null, mode: 'pre' });
    const questionId = randomUUID();
    await attendee.send('question:ask', { questionId, target: { kind: 'stand', id: standA }, text: 'Was kostet das pro Dorf?' });
    await eventually(() => hostA.state.questions[questionId]?.status === 'pending');
    expect(hostB.state.questions[questionId]).toBeUndefined();
    expect(attendee.state.questions[questionId]).toBeUndefined();

    expect(await hostB.send('question:answer', { questionId, text: 'Falscher Stand' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await hostA.send('question:answer', { questionId, text: 'Rund 2.000 € im Jahr.' })).toMatchObject({ ok: true });
    await eventually(() => attendee.state.questions[questionId]?.answer?.text === 'Rund 2.000 € im Jahr.');
    expect(attendee.state.questions[questionId]).toMatchObject({ status: 'published', answered: true, answer: { by: 'host' } });
    await hostA.send('stand:set-status', { standId: standA, text: 'Demo um 14:00', availability: 'busy' });
    await eventually(() => attendee.state.standStatus[standA]?.text === 'Demo um 14:00');
  });

  it('counts one vote per device, lets it be taken back, and coalesces what watchers get', async () => {
    const app = await running({ config: { voteFlushMs: 100 } });
    const watcher = await device(app.url);
    const voters = await Promise.all(Array.from({ length: 40 }, () => device(app.url)));
    const questionId = randomUUID();
    await voters[0]!.send('question:ask', { questionId, target: { kind: 'session', id: 'digitale-doerfer' }, text: 'Open Source?' });
    await Promise.all(voters.map((v) => v.send('question:vote', { questionId, up: true })));
    await voters[1]!.send('question:vote', { questionId, up: true });
    await voters[2]!.send('question:vote', { questionId, up: false });
    await eventually(() => watcher.state.questions[questionId]?.votes === 39);
    const countMessages = () => watcher.received.filter((c) => c.type === 'question:votes-counted').length;
    const afterFirstBurst = countMessages();
    expect(afterFirstBurst).toBeGreaterThanOrEqual(1);
    expect(afterFirstBurst).toBeLessThanOrEqual(5);
    expect(watcher.received.some((c) => c.type === 'question:vote-cast')).toBe(false);

    // A second burst, after the first counts went out: its counts go out too, coalesced again.
    await Promise.all(voters.slice(10, 20).map((v) => v.send('question:vote', { questionId, up: false })));
    await eventually(() => watcher.state.questions[questionId]?.votes === 29);
    expect(countMessages() - afterFirstBurst).toBeGreaterThanOrEqual(1);
    expect(countMessages() - afterFirstBurst).toBeLessThanOrEqual(5);
  });

  it('keeps sending vote counts round after round, one message per round', async () => {
    const app = await running({ config: { voteFlushMs: 50 } });
    const watcher = await device(app.url);
    const voters = await Promise.all(Array.from({ length: 4 }, () => device(app.url)));
    const questionId = randomUUID();
    await voters[0]!.send('question:ask', { questionId, target: { kind: 'session', id: 'digitale-doerfer' }, text: 'Wer betreibt das?' });
    for (const [i, voter] of voters.entries()) {
      expect(await voter.send('question:vote', { questionId, up: true })).toMatchObject({ ok: true });
      await eventually(() => watcher.state.questions[questionId]?.votes === i + 1);
    }
    expect(watcher.received.filter((c) => c.type === 'question:votes-counted')).toHaveLength(4);
  });

  it('gives every audience a snapshot equal to replaying the changes it receives', async () => {
    const app = await running();
    const moderator = await device(app.url, app.moderatorToken);
    const attendee = await device(app.url);
    await moderator.send('moderation:set-mode', { sessionId: null, mode: 'pre' });
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const [i, questionId] of ids.entries()) {
      await attendee.send('question:ask', { questionId, target: i === 2 ? { kind: 'stand', id: standA } : { kind: 'session', id: 'eroeffnung' }, text: `Frage ${i}` });
    }
    await moderator.send('question:approve', { questionId: ids[0]! });
    await moderator.send('question:hide', { questionId: ids[0]! });
    await moderator.send('question:approve', { questionId: ids[1]! });
    await attendee.send('question:vote', { questionId: ids[1]!, up: true });
    app.server.runtime.parts.questions.own.counts.flush();
    const log = await app.store.log.changesAfter(0, 100_000);
    for (const actor of [{ role: 'attendee' as const }, { role: 'moderator' as const }, { role: 'host' as const, standId: standA }]) {
      const rooms = roomsFor(actor);
      const visible = log.filter((c) => isVisibleIn(c.audience, new Set(rooms)));
      await app.server.live.readyFor(rooms);
      expect(applyChanges(emptyState, visible)).toEqual(app.server.live.snapshotFor(rooms).state);
    }
    expect(app.server.live.snapshotFor(['public']).state.questions[ids[0]!]).toBeUndefined();
  });

  it('shows moderators how many devices received an announcement', async () => {
    const app = await running();
    const moderator = await device(app.url, app.moderatorToken);
    const attendees = await Promise.all([device(app.url), device(app.url), device(app.url)]);
    let counts: Record<string, number> = {};
    moderator.socket.on(socketEvents.receipts, (c) => (counts = c));
    const id = randomUUID();
    await moderator.send('announcement:post', { level: 'urgent', text: 'Bitte Saal räumen' }, id);
    await eventually(() => attendees.every((a) => a.state.announcements.some((x) => x.id === id)));
    attendees.forEach((a) => a.socket.emit(socketEvents.receipt, { announcementId: id }));
    attendees[0]!.socket.emit(socketEvents.receipt, { announcementId: id });
    await eventually(() => counts[id] === 3, 5000);
  });
});
