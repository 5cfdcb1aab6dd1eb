import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { socketEvents } from '../../shared/events.js';
import type { PollSetup } from '../../shared/polls.js';
import { schemaVersion } from '../../shared/publicState.js';
import { parseSyncReply } from '../../shared/syncReply.js';
import { eventually } from '../support/socketClient.js';
import { useServers } from '../support/useServers.js';

/** Issue 28, item 2: a word a moderator hid from the cloud leaves catch-ups too, not only the snapshot. */

const { running, device } = useServers();
const words: PollSetup = { sessionId: 'digitale-doerfer', kind: 'words', question: 'Ein Wort zu Ihrer Kommune?', options: [] };
const hiddenWord = 'Schimpfwortxyz';

describe('a hidden word-cloud word in a catch-up', () => {
  it('is in no catch-up from a seq between the reveal and the hide, over /api/changes or socket sync', async () => {
    const app = await running({ config: { voteFlushMs: 20 } });
    const moderator = await device(app.url, app.moderatorToken);
    const [voter, other] = [await device(app.url), await device(app.url)];
    const pollId = randomUUID();
    expect(await moderator.send('poll:create', { pollId, setup: words })).toMatchObject({ ok: true });
    expect(await moderator.send('poll:open', { pollId })).toMatchObject({ ok: true });
    expect(await voter.send('poll:vote', { pollId, answer: { kind: 'words', words: [hiddenWord, 'Open Data'] } })).toMatchObject({ ok: true });
    expect(await moderator.send('poll:reveal', { pollId })).toMatchObject({ ok: true });
    const afterReveal = app.server.live.seq();
    // One more vote after the reveal: a public count that still carries the word.
    expect(await other.send('poll:vote', { pollId, answer: { kind: 'words', words: ['Open Data'] } })).toMatchObject({ ok: true });
    await eventually(() => voter.state.polls.results[pollId]?.voters === 2);
    const beforeHide = app.server.live.seq();

    expect(await moderator.send('poll:hide-word', { pollId, word: hiddenWord })).toMatchObject({ ok: true });
    await eventually(() => voter.state.polls.results[pollId]?.words.every((w) => w.word !== hiddenWord) === true);

    for (const since of [afterReveal - 1, afterReveal, beforeHide - 1]) {
      const http = await (await fetch(`${app.url}/api/changes?since=${since}`)).text();
      expect(http, `/api/changes?since=${since}`).not.toContain(hiddenWord);
      const reply = parseSyncReply(await voter.socket.timeout(5000).emitWithAck(socketEvents.sync, { lastSeq: since, schemaVersion }));
      expect(reply, `sync from ${since}`).not.toBeNull();
      expect(JSON.stringify(reply), `sync from ${since}`).not.toContain(hiddenWord);
    }
    const snapshot = await (await fetch(`${app.url}/api/snapshot`)).text();
    expect(snapshot).not.toContain(hiddenWord);
    expect(snapshot).toContain('Open Data');
  });

  it('a device that had all the results before the hide still gets only the cleaned count', async () => {
    const app = await running({ config: { voteFlushMs: 20 } });
    const moderator = await device(app.url, app.moderatorToken);
    const voter = await device(app.url);
    const pollId = randomUUID();
    await moderator.send('poll:create', { pollId, setup: words });
    await moderator.send('poll:open', { pollId });
    await voter.send('poll:vote', { pollId, answer: { kind: 'words', words: [hiddenWord, 'Open Data'] } });
    await moderator.send('poll:reveal', { pollId });
    const beforeHide = app.server.live.seq();
    await moderator.send('poll:hide-word', { pollId, word: hiddenWord });
    await eventually(() => voter.state.polls.results[pollId]?.words.every((w) => w.word !== hiddenWord) === true);

    const body = await (await fetch(`${app.url}/api/changes?since=${beforeHide}`)).text();
    expect(JSON.parse(body)).toMatchObject({ kind: 'changes' });
    expect(body).not.toContain(hiddenWord);
    expect(body).toContain('Open Data');
  });
});
