import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandPayload } from '../../shared/commands.js';
import { socketEvents } from '../../shared/events.js';
import { schemaVersion } from '../../shared/publicState.js';
import { parseSyncReply } from '../../shared/syncReply.js';
import { eventually } from '../support/socketClient.js';
import { newStore, tempDir } from '../support/testServer.js';
import { useTwoEvents } from '../support/twoEvents.js';
import { useServers } from '../support/useServers.js';
import { storedBytes, storedRows } from '../support/storedRows.js';
import { phonesInBursts } from '../support/phones.js';

/**
 * "Wer ist da?" (issue 26, part 3): a listing that leaves is gone from every phone live, from
 * every catch-up from before, and from the stored log; one event's listings never reach another.
 */
const { running, device, track } = useServers();


/** Words no other test or seed has: a body holding one holds this listing. */
function personWords() {
  const tag = randomUUID().slice(0, 8);
  return { name: `Ottilie Liste-${tag}`, org: `Gemeinde Nirgend-${tag}`, role: `Rolle-${tag}`, topic: `Thema-${tag}` };
}

function joinPayload(words: ReturnType<typeof personWords>, listingId = randomUUID()): CommandPayload<'directory:join'> {
  return { listingId, name: words.name, org: words.org, role: words.role, topics: [words.topic], requests: false, mailbox: null };
}

const wordsIn = (body: string, words: ReturnType<typeof personWords>) => Object.values(words).filter((word) => body.includes(word));

describe('"Wer ist da?": leaving', () => {
  it('takes the listing off 200 phones live and out of the stored log; the other listing stays', async () => {
    const dir = tempDir('ortstermin-who-is-here-');
    const file = join(dir.path, 'ortstermin.db');
    const app = await running({ store: newStore(file) });
    try {
      const [anna, ben] = [await device(app.url), await device(app.url)];
      const annaWords = personWords();
      const benWords = personWords();
      const listing = joinPayload(annaWords);
      expect(await anna.send('directory:join', listing)).toMatchObject({ ok: true });
      // A change (requests off, role unticked) leaves the older version in no stored row either.
      expect(await anna.send('directory:join', { ...listing, role: '' })).toMatchObject({ ok: true });
      expect(await ben.send('directory:join', joinPayload(benWords))).toMatchObject({ ok: true });
      expect(storedRows(file)).not.toContain(annaWords.role);
      // Nor in the file's bytes: the write-ahead log is checkpointed after a change as after a leave.
      await eventually(() => !storedBytes(file).includes(annaWords.role), 15_000);

      const phones = await phonesInBursts(device, app.url, 200);
      await eventually(() => phones.every((p) => p.state.directory[listing.listingId]?.name === annaWords.name), 20_000);
      expect(Object.keys(phones[0]!.state.directory)).toHaveLength(2);

      expect(await anna.send('directory:leave', {})).toMatchObject({ ok: true });
      await eventually(() => phones.every((p) => p.state.directory[listing.listingId] === undefined), 20_000);
      for (const p of [...phones, anna, ben]) {
        expect(wordsIn(JSON.stringify(p.state), annaWords)).toEqual([]);
        expect(Object.values(p.state.directory).map((l) => l.name)).toEqual([benWords.name]);
      }
      expect(wordsIn(storedRows(file), annaWords)).toEqual([]);
      expect(storedRows(file)).toContain(benWords.name);
      // A phone that connects now gets a state without it.
      const late = await device(app.url);
      expect(Object.keys(late.state.directory)).toHaveLength(1);
    } finally {
      await app.close();
      dir.remove();
    }
  }, 120_000);

  it('is in no catch-up from any seq before the leave, over the socket or HTTP', async () => {
    const app = await running();
    const [anna, ben, reader] = [await device(app.url), await device(app.url), await device(app.url)];
    const words = personWords();
    const listingId = randomUUID();
    const first = app.server.live.seq();
    expect(await anna.send('directory:join', joinPayload(words, listingId))).toMatchObject({ ok: true });
    expect(await ben.send('directory:join', joinPayload(personWords()))).toMatchObject({ ok: true });
    expect(await anna.send('directory:join', { ...joinPayload(words, listingId), topics: [words.topic, 'Glasfaser'] })).toMatchObject({ ok: true });
    await eventually(() => reader.state.directory[listingId]?.topics.length === 2);
    const catchUps = async (from: number, to: number) => {
      const bodies: string[] = [];
      for (let since = from; since <= to; since++) {
        bodies.push(await (await fetch(`${app.url}/api/changes?since=${since}`)).text());
        const reply = parseSyncReply(await reader.socket.timeout(5000).emitWithAck(socketEvents.sync, { lastSeq: since, schemaVersion }));
        expect(reply, `sync from ${since}`).not.toBeNull();
        bodies.push(JSON.stringify(reply));
      }
      return bodies.join('\n');
    };
    // Before it leaves the same catch-ups carry it: what follows is the erasure, not an empty window.
    expect(wordsIn(await catchUps(first, first), words)).toEqual(Object.values(words));
    const beforeLeave = app.server.live.seq();
    expect(await anna.send('directory:leave', {})).toMatchObject({ ok: true });
    await eventually(() => reader.state.directory[listingId] === undefined);
    const after = await catchUps(0, beforeLeave);
    expect(after.length).toBeGreaterThan(1000);
    expect(wordsIn(after, words)).toEqual([]);
  }, 60_000);

  it('refuses a listing another device made, and an attendee without a device id', async () => {
    const app = await running();
    const [anna, mallory] = [await device(app.url), await device(app.url)];
    const listing = joinPayload(personWords());
    expect(await anna.send('directory:join', listing)).toMatchObject({ ok: true });
    expect(await mallory.send('directory:join', { ...listing, name: 'Mallory' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Leaving is by device: Mallory's leave takes nothing of Anna's.
    expect(await mallory.send('directory:leave', {})).toMatchObject({ ok: true });
    expect(app.server.live.state().directory[listing.listingId]?.name).toBe(listing.name);
    const response = await fetch(`${app.url}/api/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: randomUUID(), type: 'directory:join', payload: joinPayload(personWords()) }),
    });
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
  });
});

describe('"Wer ist da?" in a series', () => {
  const openTwo = useTwoEvents(async () => newStore());

  it("keeps one event's listings out of the other's phones, snapshots and log", async () => {
    const app = await openTwo();
    const [may, october] = [track(await app.phone('2026-mai')), track(await app.phone('2026-okt'))];
    const words = personWords();
    const listing = joinPayload(words);
    expect(await may.send('directory:join', listing)).toMatchObject({ ok: true });
    await eventually(() => may.state.directory[listing.listingId] !== undefined);
    // The October phone stays connected a moment longer: nothing of May arrives.
    expect(await october.send('directory:join', joinPayload(personWords()))).toMatchObject({ ok: true });
    await eventually(() => Object.keys(october.state.directory).length === 1);
    expect(wordsIn(JSON.stringify(october.received) + JSON.stringify(october.state), words)).toEqual([]);
    const snapshot = await (await fetch(`${app.url}/2026-okt/api/snapshot`)).text();
    expect(wordsIn(snapshot, words)).toEqual([]);
    const octoberLog = await app.site('2026-okt').store.log.changesAfter(0, 10_000);
    expect(wordsIn(JSON.stringify(octoberLog), words)).toEqual([]);
    // May's own log does hold it: the search above finds what is there.
    const mayLog = await app.site('2026-mai').store.log.changesAfter(0, 10_000);
    expect(wordsIn(JSON.stringify(mayLog), words)).toEqual(Object.values(words));
    // The same listing id at October is another listing of another device's, not May's.
    expect(app.site('2026-okt').runtime.live.state().directory[listing.listingId]).toBeUndefined();
  });
});
