import { randomUUID } from 'node:crypto';
import { afterEach } from 'vitest';
import { loadProgrammeIfEmpty } from '../../server/bootstrap.js';
import { createServer } from '../../server/createServer.js';
import { loadDemoEvent, loadDemoStands } from '../../server/demo/loadDemoEvent.js';
import type { Store } from '../../server/kernel/store.js';
import type { CommandPayload, CommandType } from '../../shared/commands.js';
import type { Actor } from '../../shared/roles.js';
import { createFakeClock } from './fakeClock.js';
import { TestDevice, issueDeviceId } from './socketClient.js';

const createdAt = '2026-05-01T08:00:00.000Z';

/** An installation with two events (May and October), each its own log, opened by one server in one process. */
export async function twoEvents(home: Store) {
  const clock = createFakeClock();
  await loadProgrammeIfEmpty(home.log, clock, () => loadDemoEvent('2026-05-14'), loadDemoStands);
  await home.series.insert({ id: 'e-mai', slug: '2026-mai', location: '', createdAt, closedAt: null });
  const location = home.siblingLocation('e-okt');
  const october = await home.openSibling(location);
  await loadProgrammeIfEmpty(october.log, clock, () => loadDemoEvent('2026-10-22'), loadDemoStands);
  await october.close();
  await home.series.insert({ id: 'e-okt', slug: '2026-okt', location, createdAt, closedAt: null });
  const server = await createServer({ store: home, clock });
  const { url } = await server.listen(0, '127.0.0.1');
  const site = (slug: string) => {
    const found = server.series.bySlug(slug);
    if (!found) throw new Error(`no event ${slug}`);
    return found;
  };
  const phone = async (slug: string) => new TestDevice(url, { deviceId: await issueDeviceId(`${url}/${slug}`), extraAuth: { event: slug } }).connect();
  const run = <K extends CommandType>(slug: string, actor: Actor, type: K, payload: CommandPayload<K>) =>
    site(slug).runtime.dispatch(actor, { id: randomUUID(), type, payload });
  return { server, url, clock, site, phone, run, close: () => server.close() };
}


/** For a describe block: an installation with two events on a new home store per test, closed after each. */
export function useTwoEvents(newHome: () => Promise<Store>): () => ReturnType<typeof twoEvents> {
  const opened: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const o of opened.splice(0)) await o.close();
  });
  return async () => {
    const home = await newHome();
    const app = await twoEvents(home);
    opened.push({ close: async () => (await app.close(), await home.close()) });
    return app;
  };
}
