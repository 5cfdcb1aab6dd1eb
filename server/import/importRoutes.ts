import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { standsImportRequestSchema, type ImportApplyReply, type ImportPreviewReply, type StandsPreviewReply } from '../../shared/importReport.js';
import { overwrittenEdits, unchangedBy, type EditedField } from '../../shared/standEdits.js';
import type { Dispatch } from '../kernel/dispatcher.js';
import { exportRoutes } from './exportRoutes.js';
import type { LiveState } from '../kernel/liveState.js';
import { fail, requireRoute, sendResult, validate, type AppEnv } from '../kernel/http.js';
import type { ImportApplier } from './importApplier.js';
import { rejectedAsIssues } from './importService.js';
import type { ImportWorker } from './importWorkerClient.js';
import { parseStandsFile } from './standsFile.js';
import { standsFileOf } from './standsExport.js';


/**
 * Request body limit for /api/import/*: our own XML export of the largest event we accept, sent
 * as a JSON string (escaped quotes and line breaks, multi-byte letters), stays well below it.
 * Other /api routes keep their small limit.
 */
export const importBodyLimitBytes = 16 * 1024 * 1024;

export interface ImportRouteDeps {
  dispatch: Dispatch;
  live: LiveState;
  /** Reads and diffs files off the main thread, so a big import never stops the event. */
  importWorker: ImportWorker;
  /** Commits an apply in slices, taking turns with programme commands. */
  imports: ImportApplier;
  /** Profile fields edited on screen since the last stands file, by stand id (kept by the stands feature). */
  standEdits: () => Readonly<Record<string, readonly EditedField[]>>;
}

/**
 * The organizer's programme import (preview, then apply in slices) and the public exports.
 * Mounted under /api.
 */
export function importRoutes(deps: ImportRouteDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  /**
   * The request read in the worker against the programme as it is now; the seq and generation say
   * which programme that was. The body is checked there with the shared schema, not here: parsing
   * a file of megabytes on this thread would hold up every phone (importBody.ts).
   */
  const read = async (c: Context<AppEnv>, apply: boolean) => {
    // The whole body first (a big file over venue Wi-Fi takes a while), then the programme as it is.
    const body = await c.req.arrayBuffer();
    const state = deps.live.state();
    const [seq, generation] = [deps.live.seq(), deps.live.generation()];
    const basis = { event: state.event, rooms: state.rooms, sessions: state.sessions };
    return { seq, generation, outcome: await deps.importWorker.read({ body, apply, basis }) };
  };

  routes.post('/import/preview', requireRoute('importProgramme'), async (c) => {
    const { seq, outcome } = await read(c, false);
    if (!outcome.ok) return fail(c, 'invalid_command', { issues: outcome.issues });
    const { request, result } = outcome;
    if (!result.ok) return fail(c, 'invalid_command', { issues: result.issues });
    const reply: ImportPreviewReply = {
      ok: true, baseSeq: seq, format: request.format, sessionCount: result.sessionCount, diff: result.diff, rejected: result.rejected,
      ...(result.timeConflict ? { timeConflict: result.timeConflict, timeReading: request.timeReading ?? 'offset' } : {}),
    };
    return c.json(reply);
  });

  routes.post('/import/apply', requireRoute('importProgramme'), async (c) => {
    const { seq, generation, outcome } = await read(c, true);
    if (!outcome.ok) return fail(c, 'invalid_command', { issues: outcome.issues });
    const { request, result } = outcome;
    if (!result.ok) return fail(c, 'invalid_command', { issues: result.issues });
    if (result.timeConflict && !request.timeReading) {
      const message = 'the file disagrees with itself about times: choose timeReading "offset" or "zone" (see the preview)';
      return fail(c, 'invalid_command', { issues: [{ path: 'timeReading', message }] });
    }
    // A partial import would remove the sessions of the rejected rows: all rows or nothing.
    if (result.rejected.length) return fail(c, 'invalid_command', { issues: rejectedAsIssues(result.rejected) });
    if (result.decision && !result.decision.ok) return fail(c, 'invalid_command', { issues: result.decision.issues });
    // Refused, under the import lock, if the programme changed since the preview (`baseSeq` ≤ the worker's read).
    const baseSeq = Math.min(request.baseSeq ?? -1, seq);
    const applied = await deps.imports.apply({ slices: result.decision?.slices ?? [], baseSeq, generation });
    if (!applied.ok) return sendResult(c, applied);
    const reply: ImportApplyReply = { ok: true, seq: applied.seq, diff: result.diff };
    return c.json(reply);
  });

  // The stands file as text; its texts meet the rule when the file is read (`standsFileSchema`).
  routes.post('/import/stands/preview', requireRoute('importProgramme'), validate('json', standsImportRequestSchema), (c) => {
    const state = deps.live.state();
    const file = parseStandsFile(c.req.valid('json').content, state);
    if (!file.ok) return fail(c, 'invalid_command', { issues: file.issues });
    const { stands, floorPlan } = file.file;
    const held = { stands: state.stands, standContacts: state.standContacts, standEdits: deps.standEdits() };
    const overwrites = unchangedBy(state, stands, floorPlan) ? [] : overwrittenEdits(held, stands);
    return c.json({ ok: true, standCount: stands.length, overwrites } satisfies StandsPreviewReply);
  });

  routes.post('/import/stands', requireRoute('importProgramme'), validate('json', standsImportRequestSchema), async (c) => {
    const { content, hostEdits } = c.req.valid('json');
    const file = parseStandsFile(content, deps.live.state());
    if (!file.ok) return fail(c, 'invalid_command', { issues: file.issues });
    const payload = { ...file.file, ...(hostEdits ? { hostEdits } : {}) };
    return sendResult(c, await deps.dispatch(c.get('actor'), { id: randomUUID(), type: 'stands:import', payload }));
  });

  // The organizer's: a stands file holds the hosts' profiles as they are, with nothing left out.
  routes.get('/export/stands.json', requireRoute('importProgramme'), (c) => {
    const file = standsFileOf(deps.live.state());
    if (!file) return fail(c, 'not_found', { issues: [{ path: 'floorPlan', message: 'no stands file imported yet: a stands file needs a floor plan' }] });
    return c.body(JSON.stringify(file, null, 2), 200, { 'content-type': 'application/json; charset=utf-8', 'content-disposition': 'attachment; filename="stands.json"' });
  });
  routes.route('/export', exportRoutes(deps.live, deps.importWorker));
  return routes;
}
