import { Hono } from 'hono';
import { exportNames, type ExportName, type ProgrammeBasis } from './importJob.js';
import type { ImportWorker } from './importWorkerClient.js';
import type { LiveState } from '../kernel/liveState.js';
import { fail, type AppEnv } from '../kernel/http.js';

const contentTypes: Record<ExportName, Record<string, string>> = {
  'schedule.xml': { 'content-type': 'application/xml; charset=utf-8' },
  'schedule.json': { 'content-type': 'application/json; charset=utf-8' },
  'programme.ics': { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': 'attachment; filename="programme.ics"' },
};

/** One programme version: what identifies it, the basis the worker holds, its files as built. */
interface Built {
  programme: readonly unknown[];
  basis: ProgrammeBasis;
  files: Map<ExportName, Promise<Uint8Array<ArrayBuffer> | null>>;
}

/**
 * Public exports of the programme as attendees see it; the seq is the version consumers compare.
 * Built in the worker thread and kept while the programme stays the same: the state's records
 * are immutable, so an unchanged event, room and session record means an unchanged file, and
 * calendar apps polling every few minutes cost one build per programme change, not one each
 * (nor one per vote count, which moves the seq but not the programme). The programme crosses to
 * the worker once per version, for all three files.
 */
export function exportRoutes(live: LiveState, worker: ImportWorker): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  let built: Built | null = null;

  function exported(name: ExportName): Promise<Uint8Array<ArrayBuffer> | null> {
    const { seq, state } = live.snapshotFor(['public']);
    const programme = [live.generation(), state.event, state.rooms, state.sessions];
    if (!built || !built.programme.every((part, i) => part === programme[i])) {
      built = { programme, basis: { event: state.event, rooms: state.rooms, sessions: state.sessions }, files: new Map() };
    }
    const { files, basis } = built;
    const cached = files.get(name);
    if (cached) return cached;
    const file = worker.export({ name, version: String(seq) }, basis);
    files.set(name, file);
    file.catch(() => files.delete(name));
    return file;
  }

  for (const name of exportNames) {
    routes.get(`/${name}`, async (c) => {
      const file = await exported(name);
      return file === null ? fail(c, 'not_found') : c.body(file, 200, contentTypes[name]);
    });
  }
  return routes;
}
