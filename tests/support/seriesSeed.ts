import { loadProgrammeIfEmpty } from '../../server/bootstrap.js';
import { loadDemoEvent, loadDemoStands } from '../../server/demo/loadDemoEvent.js';
import type { Clock } from '../../server/kernel/clock.js';
import type { Store } from '../../server/kernel/store.js';
import { createFakeClock } from './fakeClock.js';

const createdAt = '2026-05-01T08:00:00.000Z';

/** Writes an installation with two events (May `2026-mai` in the home store, October `2026-okt` in a sibling) into `home`. */
export async function seedTwoEvents(home: Store, clock: Clock = createFakeClock()): Promise<void> {
  await loadProgrammeIfEmpty(home.log, clock, () => loadDemoEvent('2026-05-14'), loadDemoStands);
  await home.series.insert({ id: 'e-mai', slug: '2026-mai', location: '', createdAt, closedAt: null });
  const location = home.siblingLocation('e-okt');
  const october = await home.openSibling(location);
  await loadProgrammeIfEmpty(october.log, clock, () => loadDemoEvent('2026-10-22'), loadDemoStands);
  await october.close();
  await home.series.insert({ id: 'e-okt', slug: '2026-okt', location, createdAt, closedAt: null });
}
