import { Hono } from 'hono';
import type { ExportName } from '../import/importJob.js';
import type { ImportWorker } from '../import/importWorkerClient.js';
import type { LiveState } from '../state/liveState.js';
import { fail, type AppEnv } from '../transport/httpHelpers.js';

const contentTypes: Record<ExportName, Record<string, string>> = {
  'schedule.xml': { 'content-type': 'application/xml; charset=utf-8' },
  'schedule.json': { 'content-type': 'application/json; charset=utf-8' },
  'programme.ics': { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': 'attachment; filename="programme.ics"' },
};

/**
 * Public exports of the programme as attendees see it; the seq is the version consumers compare.
 * Built in the worker thread and kept while the programme stays the same: the state's records
 * are immutable, so an unchanged event, room and session record means an unchanged file, and
 * calendar apps polling every few minutes cost one build per programme change, not one each
 * (nor one per vote count, which moves the seq but not the programme).
 */
export function exportRoutes(live: LiveState, worker: ImportWorker): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const built = new Map<ExportName, { programme: readonly unknown[]; text: Promise<string | null> }>();

  function exported(name: ExportName): Promise<string | null> {
    const { seq, state } = live.snapshotFor(['public']);
    const programme = [live.generation(), state.event, state.rooms, state.sessions];
    const cached = built.get(name);
    if (cached && cached.programme.every((part, i) => part === programme[i])) return cached.text;
    const basis = { event: state.event, rooms: state.rooms, sessions: state.sessions };
    const text = worker.export({ name, basis, version: String(seq) });
    built.set(name, { programme, text });
    text.catch(() => built.delete(name));
    return text;
  }

  for (const name of ['schedule.xml', 'schedule.json', 'programme.ics'] as const) {
    routes.get(`/${name}`, async (c) => {
      const text = await exported(name);
      return text === null ? fail(c, 'not_found') : c.body(text, 200, contentTypes[name]);
    });
  }
  return routes;
}
