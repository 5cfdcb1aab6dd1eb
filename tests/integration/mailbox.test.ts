import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type OrtsterminServer } from '../../server/createServer.js';
import { dropsPerDevice, fetchesPerDevice } from '../../server/drops/dropsFeature.js';
import { createLogger } from '../../server/kernel/logger.js';
import { createSqliteStore } from '../../server/store/sqliteStore.js';
import type { ContactCard } from '../../shared/contactCard.js';
import { decodeDropMessage, encodeDropMessage } from '../../shared/dropMessage.js';
import { dropLimits } from '../../shared/dropLimits.js';
import { newMailboxId } from '../../shared/replyAddress.js';
import { newDropKey, openDrop, sealDrop } from '../../shared/sealedDrop.js';
import { createFakeClock, type FakeClock } from '../support/fakeClock.js';
import { afterEnd } from '../support/personalDataScenario.js';
import { seedTwoEvents } from '../support/seriesSeed.js';
import { storedBytes, storedDrops } from '../support/storedRows.js';
import { tempDir } from '../support/testServer.js';

const card: ContactCard = { name: 'Walburga Quendel', org: 'Ortsgemeinde Zwickelbach', role: 'Ortsbürgermeisterin', email: 'w.quendel@zwickelbach.de', phone: '', topics: ['Dorfladen'] };
const cardWords = ['Walburga', 'Quendel', 'Zwickelbach', 'Ortsbürgermeisterin', 'Dorfladen'];

interface Installation {
  server: OrtsterminServer;
  clock: FakeClock;
  file: string;
  lines: string[];
  call(path: string, init?: RequestInit): Promise<Response>;
  post(slug: string, mailbox: string, body: Uint8Array, headers?: Record<string, string>): Promise<Response>;
  take(slug: string, mailbox: string): Promise<string[]>;
}

const opened: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of opened.splice(0)) await close();
});

/** Two events (May in the home file, October beside it) on SQLite files, with the request log captured. */
async function installation(): Promise<Installation> {
  const dir = tempDir('ortstermin-mailbox-');
  const file = join(dir.path, 'ortstermin.db');
  const home = createSqliteStore({ filename: file });
  const clock = createFakeClock();
  await seedTwoEvents(home, clock);
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(...chunk.toString().split('\n').filter(Boolean)), done()) });
  const server = await createServer({ store: home, clock, config: { log: createLogger('info', sink) } });
  opened.push(async () => (await server.close(), await home.close(), dir.remove()));
  const call = async (path: string, init?: RequestInit) => server.fetch(new Request(`http://ortstermin.test${path}`, init));
  const post = (slug: string, mailbox: string, body: Uint8Array, headers: Record<string, string> = {}) =>
    call(`/${slug}/api/drops/${mailbox}`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', ...headers }, body: Buffer.from(body) });
  const take = async (slug: string, mailbox: string) => {
    const response = await call(`/${slug}/api/drops/${mailbox}`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { items: string[] }).items;
  };
  return { server, clock, file, lines, call, post, take };
}


async function sealedCard() {
  const key = await newDropKey();
  return { key, sealed: await sealDrop(key.x, encodeDropMessage({ kind: 'card', card })) };
}

async function newDevice(app: Installation, slug: string): Promise<string> {
  const reply = await app.call(`/${slug}/api/device`, { method: 'POST' });
  return ((await reply.json()) as { deviceId: string }).deviceId;
}

describe('a mailbox', () => {
  it('keeps only ciphertext, gives each item once, and no log line holds the mailbox id or a word of the card', async () => {
    const app = await installation();
    const mailbox = newMailboxId();
    const { key, sealed } = await sealedCard();
    const posted = await app.post('2026-mai', mailbox, sealed);
    expect(posted.status).toBe(201);
    const rows = storedDrops(app.file);
    expect(rows).toHaveLength(1);
    // What is stored is the sealed bytes (so this reading of the file finds what it holds) under the id's hash.
    expect(rows[0]?.body).toBe(Buffer.from(sealed).toString('hex').toUpperCase());
    expect(rows[0]?.mailbox).not.toContain(mailbox);
    const disk = storedBytes(app.file);
    for (const word of [...cardWords, mailbox]) expect(disk).not.toContain(word);

    const items = await app.take('2026-mai', mailbox);
    expect(items).toEqual([Buffer.from(sealed).toString('base64')]);
    const opened = await openDrop(key.privateJwk, Buffer.from(items[0] ?? '', 'base64'));
    expect(opened && decodeDropMessage(opened)).toEqual({ kind: 'card', card });
    expect(await app.take('2026-mai', mailbox)).toEqual([]);
    expect(storedDrops(app.file)).toEqual([]);

    const requests = app.lines.map((line) => JSON.parse(line) as { kind?: string; path?: string }).filter((entry) => entry.kind === 'request');
    expect(requests.filter((entry) => entry.path === '/api/drops/…')).toHaveLength(3);
    const log = app.lines.join('\n');
    for (const word of [...cardWords, mailbox, Buffer.from(sealed).toString('base64').slice(0, 40)]) expect(log).not.toContain(word);
  });

  it('forgets an item a day after it came, fetched or not: the fetch gives none, the sweep erases the row', async () => {
    const app = await installation();
    const [fetched, swept] = [newMailboxId(), newMailboxId()];
    expect((await app.post('2026-mai', fetched, (await sealedCard()).sealed)).status).toBe(201);
    expect((await app.post('2026-mai', swept, (await sealedCard()).sealed)).status).toBe(201);
    app.clock.advance(dropLimits.keepMs - 1000);
    await app.server.series.bySlug('2026-mai')?.runtime.parts.privacy.own.eraseExpired();
    expect(storedDrops(app.file)).toHaveLength(2);
    app.clock.advance(2000);
    expect(await app.take('2026-mai', fetched)).toEqual([]);
    expect(storedDrops(app.file)).toHaveLength(1);
    await app.server.series.bySlug('2026-mai')?.runtime.parts.privacy.own.eraseExpired();
    expect(storedDrops(app.file)).toEqual([]);
    expect(app.lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toContainEqual(
      expect.objectContaining({ kind: 'erasure', reason: 'expired', rows: { 'mailbox items': 1 } }),
    );
  });

  it('refuses a body over 4 KB, of another type, empty, or to an id that is not 128 bits of hex', async () => {
    const app = await installation();
    const mailbox = newMailboxId();
    expect((await app.post('2026-mai', mailbox, new Uint8Array(dropLimits.itemBytes + 1))).status).toBe(413);
    expect((await app.post('2026-mai', mailbox, new Uint8Array(dropLimits.itemBytes))).status).toBe(201);
    expect((await app.post('2026-mai', mailbox, new Uint8Array(10), { 'content-type': 'application/json' })).status).toBe(400);
    expect((await app.post('2026-mai', mailbox, new Uint8Array(0))).status).toBe(400);
    expect((await app.post('2026-mai', mailbox.toUpperCase(), new Uint8Array(10))).status).toBe(400);
    expect((await app.post('2026-mai', `${mailbox}0`, new Uint8Array(10))).status).toBe(400);
    expect((await app.call(`/2026-mai/api/drops/${mailbox.slice(2)}`)).status).toBe(400);
    expect(await app.take('2026-mai', mailbox)).toHaveLength(1);
  });

  it('refuses floods: a full mailbox, and a device over its limit (another device still sends)', async () => {
    const app = await installation();
    const mailbox = newMailboxId();
    const device = await newDevice(app, '2026-mai');
    const from = { 'x-device-id': device };
    for (let i = 0; i < dropLimits.itemsPerMailbox; i++) expect((await app.post('2026-mai', mailbox, new Uint8Array([i + 1]), from)).status).toBe(201);
    const full = await app.post('2026-mai', mailbox, new Uint8Array([9]), from);
    expect(full.status).toBe(429);
    expect(await full.json()).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(await app.take('2026-mai', mailbox)).toHaveLength(dropLimits.itemsPerMailbox);
    for (let i = dropLimits.itemsPerMailbox + 1; i < dropsPerDevice[0]; i++) expect((await app.post('2026-mai', newMailboxId(), new Uint8Array([1]), from)).status).toBe(201);
    const flooded = await app.post('2026-mai', newMailboxId(), new Uint8Array([1]), from);
    expect(flooded.status).toBe(429);
    expect(await flooded.json()).toMatchObject({ error: { code: 'rate_limited', retryAfterMs: expect.any(Number) } });
    const other = { 'x-device-id': await newDevice(app, '2026-mai') };
    expect((await app.post('2026-mai', newMailboxId(), new Uint8Array([1]), other)).status).toBe(201);
  });

  it('refuses a device that fetches over its limit (a listed mailbox id is public), while another device still fetches', async () => {
    const app = await installation();
    const device = { 'x-device-id': await newDevice(app, '2026-mai') };
    const mailbox = newMailboxId();
    for (let i = 0; i < fetchesPerDevice[0]; i++) expect((await app.call(`/2026-mai/api/drops/${mailbox}`, { headers: device })).status).toBe(200);
    const { sealed } = await sealedCard();
    expect((await app.post('2026-mai', mailbox, sealed)).status).toBe(201);
    const refused = await app.call(`/2026-mai/api/drops/${mailbox}`, { headers: device });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'rate_limited', retryAfterMs: expect.any(Number) } });
    // The refused fetch emptied nothing: the owner's phone still gets the item.
    const owner = { 'x-device-id': await newDevice(app, '2026-mai') };
    const items = await app.call(`/2026-mai/api/drops/${mailbox}`, { headers: owner });
    expect(((await items.json()) as { items: string[] }).items).toHaveLength(1);
  });

  it('of one event is not reachable at another’s address', async () => {
    const app = await installation();
    const mailbox = newMailboxId();
    const { sealed } = await sealedCard();
    expect((await app.post('2026-mai', mailbox, sealed)).status).toBe(201);
    expect(await app.take('2026-okt', mailbox)).toEqual([]);
    expect(await app.take('2026-mai', mailbox)).toHaveLength(1);
    expect((await app.post('2026-okt', mailbox, sealed)).status).toBe(201);
    expect(await app.take('2026-mai', mailbox)).toEqual([]);
    expect(await app.take('2026-okt', mailbox)).toHaveLength(1);
  });

  it('is erased with the event’s personal data ("Jetzt löschen")', async () => {
    const app = await installation();
    const mailbox = newMailboxId();
    expect((await app.post('2026-mai', mailbox, (await sealedCard()).sealed)).status).toBe(201);
    const site = app.server.series.bySlug('2026-mai');
    expect(await site?.runtime.dispatch({ role: 'organizer' }, { id: crypto.randomUUID(), type: 'personal-data:erase', payload: {} })).toMatchObject({ ok: true });
    await expect.poll(() => storedDrops(app.file), { timeout: 15_000 }).toEqual([]);
  });

  it('is erased with the event’s personal data when its period ends, and the log gives that reason, not the organizer’s', async () => {
    const app = await installation();
    expect((await app.post('2026-mai', newMailboxId(), (await sealedCard()).sealed)).status).toBe(201);
    const site = app.server.series.bySlug('2026-mai');
    const report = { reportId: crypto.randomUUID(), text: 'Die Rampe am Eingang fehlt.', page: '/map' };
    const attendee = { role: 'attendee' as const, deviceId: 'rampe-melderin' };
    expect(await site?.runtime.dispatch(attendee, { id: crypto.randomUUID(), type: 'barrier:report', payload: report })).toMatchObject({ ok: true });
    app.clock.set(afterEnd(31));
    expect(await site?.runtime.parts.privacy.own.runIfDue('timer')).toBe(true);
    await expect.poll(() => storedDrops(app.file), { timeout: 15_000 }).toEqual([]);
    const erasures = () => app.lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.kind === 'erasure');
    await expect.poll(erasures, { timeout: 15_000 }).toContainEqual(expect.objectContaining({ reason: 'timer', rows: { 'mailbox items': 1 } }));
    expect(erasures().map((line) => line.reason)).not.toContain('organizer');
  });
});
