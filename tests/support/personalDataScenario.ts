import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { eventually, type TestDevice } from './socketClient.js';
import type { RunningApp } from './testServer.js';

/** What an attendee typed that is personal: none of it may be left after the period. */
export const personal = {
  name: 'Erika Musterfrau-Geheim',
  comment: 'Kommentar Zugangsdaten Lindenstrasse 7',
  report: 'Barriere Hinweis von Frau Sonnenschein',
  email: 'sonnenschein@example.org',
};

/** What stays, anonymous: the public question and the host's answer. */
export const kept = { question: 'Was kostet die Plattform pro Einwohner?', answer: 'Etwa 80 Cent im Jahr.' };

/** The event's end (demo day 16:00 in Berlin) plus days. */
export const afterEnd = (days: number) => Date.parse('2026-05-14T14:00:00Z') + days * 24 * 60 * 60 * 1000 + 60_000;

/** An attendee asks with a name, is answered, votes, rates with a comment and reports a barrier. */
export async function sendPersonalData(app: RunningApp, attendee: TestDevice, moderator: TestDevice): Promise<string> {
  const questionId = randomUUID();
  const ok = { ok: true };
  expect(await attendee.send('question:ask', { questionId, target: { kind: 'session', id: 'digitale-doerfer' }, text: kept.question, authorName: personal.name })).toMatchObject(ok);
  expect(await moderator.send('question:answer', { questionId, text: kept.answer })).toMatchObject(ok);
  expect(await attendee.send('question:vote', { questionId, up: true })).toMatchObject(ok);
  expect(await moderator.send('feedback:open', { sessionId: 'digitale-doerfer' })).toMatchObject(ok);
  expect(await attendee.send('feedback:give', { sessionId: 'digitale-doerfer', stars: 4, comment: personal.comment })).toMatchObject(ok);
  const report = { reportId: randomUUID(), text: personal.report, email: personal.email, page: '/barrierefreiheit' };
  expect(await attendee.send('barrier:report', report)).toMatchObject(ok);
  await app.server.runtime.parts.polls.own.results.flush();
  await app.server.runtime.parts.questions.own.counts.flush();
  await eventually(() => moderator.state.polls.feedback['digitale-doerfer']?.comments.length === 1);
  return questionId;
}

/** Every piece of personal data the scenario sent, and the device's id. */
export const personalStrings = (deviceId: string) => [...Object.values(personal), deviceId];
