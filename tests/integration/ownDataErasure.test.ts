import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestDevice } from '../support/socketClient.js';
import { eventually } from '../support/socketClient.js';
import { newStore, tempDir } from '../support/testServer.js';
import { useServers } from '../support/useServers.js';
import { storedRows } from '../support/storedRows.js';

const { running, device, defer } = useServers();
const session = { kind: 'session' as const, id: 'digitale-doerfer' };
const ok = { ok: true };


async function ask(from: TestDevice, text: string, authorName: string): Promise<string> {
  const questionId = randomUUID();
  expect(await from.send('question:ask', { questionId, target: session, text, authorName })).toMatchObject(ok);
  return questionId;
}

describe('"Meine Daten": a device erases what it sent', () => {
  it('erases its questions and comments on the server and on 50 other phones live; another device is refused; nothing of others is lost', async () => {
    const dir = tempDir('ortstermin-own-data-');
    defer(() => dir.remove());
    const file = join(dir.path, 'ortstermin.db');
    const app = await running({ store: newStore(file) });
    const [mine, theirs, moderator] = [await device(app.url), await device(app.url), await device(app.url, app.moderatorToken)];

    const unanswered = await ask(mine, 'Meine Frage zur Lindenstrasse 7?', 'Ottilie Eigen');
    const answered = await ask(mine, 'Wer betreibt die Plattform in Otterbach?', 'Ottilie Eigen');
    const other = await ask(theirs, 'Gibt es Fördermittel vom Land?', 'Bruno Fremd');
    expect(await moderator.send('question:answer', { questionId: answered, text: 'Der Landkreis betreibt sie.' })).toMatchObject(ok);
    expect(await mine.send('question:vote', { questionId: other, up: true })).toMatchObject(ok);
    expect(await theirs.send('question:vote', { questionId: answered, up: true })).toMatchObject(ok);
    expect(await moderator.send('feedback:open', { sessionId: session.id })).toMatchObject(ok);
    expect(await mine.send('feedback:give', { sessionId: session.id, stars: 2, comment: 'Mein Kommentar Ottilie' })).toMatchObject(ok);
    expect(await theirs.send('feedback:give', { sessionId: session.id, stars: 5, comment: 'Sein Kommentar Bruno' })).toMatchObject(ok);
    const pollId = randomUUID();
    expect(await moderator.send('poll:create', { pollId, setup: { sessionId: session.id, kind: 'single', question: 'Nutzen Sie das?', options: ['Ja', 'Nein'] } })).toMatchObject(ok);
    expect(await moderator.send('poll:open', { pollId })).toMatchObject(ok);
    expect(await mine.send('poll:vote', { pollId, answer: { kind: 'choice', options: [0] } })).toMatchObject(ok);
    expect(await theirs.send('poll:vote', { pollId, answer: { kind: 'choice', options: [1] } })).toMatchObject(ok);
    await app.server.runtime.parts.polls.own.results.flush();
    expect(await moderator.send('poll:reveal', { pollId })).toMatchObject(ok);
    await app.server.runtime.parts.questions.own.counts.flush();
    await eventually(() => moderator.state.polls.feedback[session.id]?.comments.length === 2);

    const phones = await Promise.all(Array.from({ length: 50 }, () => device(app.url)));
    await eventually(() => phones.every((p) => p.state.questions[other]?.votes === 1 && p.state.polls.results[pollId] !== undefined));
    const resultsBefore = phones[0]!.state.polls.results[pollId];

    // Another device names this one's questions: refused, typed, and nothing changes.
    const refused = await theirs.send('own-data:erase', { questionIds: [unanswered] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(app.server.live.state().questions[unanswered]?.authorName).toBe('Ottilie Eigen');

    // The other phones keep asking while this one erases: every question acknowledged stays.
    const theirQuestions = phones.map(() => randomUUID());
    const [erasedResult, ...asked] = await Promise.all([
      mine.send('own-data:erase', { questionIds: [unanswered, answered] }),
      ...phones.map((p, i) => p.send('question:ask', { questionId: theirQuestions[i]!, target: session, text: `Frage Nummer ${i}`, authorName: `Gast ${i}` })),
    ]);
    expect(erasedResult).toMatchObject(ok);
    const acknowledged = theirQuestions.filter((_id, i) => asked[i]?.ok === true);
    expect(acknowledged.length).toBeGreaterThan(0);
    await eventually(() => phones.every((p) => !p.state.questions[unanswered] && p.state.questions[answered]?.erased === true), 10_000);
    await eventually(() => phones.every((p) => acknowledged.every((id) => p.state.questions[id]?.authorName?.startsWith('Gast'))), 10_000);
    for (const p of [...phones, moderator]) {
      expect(p.state.questions[unanswered]).toBeUndefined();
      expect(p.state.questions[answered]).toMatchObject({ text: '—', answer: { text: 'Der Landkreis betreibt sie.' }, votes: 1 });
      expect(p.state.questions[answered]?.authorName).toBeUndefined();
      // The other device's question, name and the vote this device gave stay.
      expect(p.state.questions[other]).toMatchObject({ text: 'Gibt es Fördermittel vom Land?', authorName: 'Bruno Fremd', votes: 1 });
      expect(p.state.polls.results[pollId]).toEqual(resultsBefore);
    }
    await eventually(() => moderator.state.polls.feedback[session.id]?.comments.length === 1);
    expect(moderator.state.polls.feedback[session.id]).toMatchObject({ count: 2, comments: [{ text: 'Sein Kommentar Bruno', stars: 5 }] });

    const rows = storedRows(file);
    for (const erased of ['Lindenstrasse 7', 'Otterbach', 'Ottilie']) expect(rows.includes(erased), erased).toBe(false);
    for (const keptText of ['Gibt es Fördermittel vom Land?', 'Bruno Fremd', 'Sein Kommentar Bruno', 'Der Landkreis betreibt sie.']) expect(rows).toContain(keptText);
  }, 60_000);
});
