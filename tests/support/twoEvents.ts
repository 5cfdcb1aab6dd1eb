import { randomUUID } from 'node:crypto';
import { afterEach } from 'vitest';
import { createServer } from '../../server/createServer.js';
import type { Store } from '../../server/kernel/store.js';
import type { CommandPayload, CommandType } from '../../shared/commands.js';
import type { Actor } from '../../shared/roles.js';
import { createFakeClock } from './fakeClock.js';
import { seedTwoEvents } from './seriesSeed.js';
import { TestDevice, issueDeviceId } from './socketClient.js';

/** An installation with two events (May and October), each its own log, opened by one server in one process. */
export async function twoEvents(home: Store) {
  const clock = createFakeClock();
  await seedTwoEvents(home, clock);
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
