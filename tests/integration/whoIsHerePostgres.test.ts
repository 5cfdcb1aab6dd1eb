import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import type { CommandPayload } from '../../shared/commands.js';
import { createPostgresStore } from '../../server/store/postgresStore.js';
import { eventually } from '../support/socketClient.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';
import { useServers } from '../support/useServers.js';

const cluster = useThrowawayPostgres();
const { running, device, defer } = useServers();

describe('"Wer ist da?" on PostgreSQL', () => {
  it('keeps only the newest version of a listing in the rows, none of one that left, and on time none at all', async () => {
    const url = await cluster().createDatabase();
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    defer(() => sql.end());
    const app = await running({ store: await createPostgresStore(url, { max: 3 }) });
    const [anna, ben, reader] = [await device(app.url), await device(app.url), await device(app.url)];
    const tag = randomUUID().slice(0, 8);
    const listing: CommandPayload<'directory:join'> = {
      listingId: randomUUID(), name: `Anna ${tag}`, org: `Kusel ${tag}`, role: `Lotsin ${tag}`, topics: [`Glasfaser ${tag}`], requests: false, mailbox: null,
    };
    const rows = async () => (await sql`SELECT data FROM changes`).map((row) => String(row.data)).join('\n');
    expect(await anna.send('directory:join', listing)).toMatchObject({ ok: true });
    expect(await ben.send('directory:join', { ...listing, listingId: randomUUID(), name: `Ben ${tag}`, org: 'Lauterecken', role: '', topics: [] })).toMatchObject({ ok: true });
    expect(await rows()).toContain(listing.role);
    expect(await anna.send('directory:join', { ...listing, role: '' })).toMatchObject({ ok: true });
    expect(await rows()).not.toContain(listing.role);
    expect(await rows()).toContain(listing.name);

    expect(await anna.send('directory:leave', {})).toMatchObject({ ok: true });
    await eventually(() => reader.state.directory[listing.listingId] === undefined);
    for (const word of [listing.name, listing.org, listing.topics[0]!]) expect(await rows(), word).not.toContain(word);
    expect(await rows()).toContain(`Ben ${tag}`);

    expect(await app.server.dispatch({ role: 'organizer', deviceId: 'organizer-device' }, { id: randomUUID(), type: 'personal-data:erase', payload: {} })).toMatchObject({ ok: true });
    await eventually(() => Object.keys(reader.state.directory).length === 0);
    expect(await rows()).not.toContain(`Ben ${tag}`);
  }, 60_000);
});
