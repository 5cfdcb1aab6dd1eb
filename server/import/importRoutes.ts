import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import type { ImportApplyReply, ImportPreviewReply } from '../../shared/importReport.js';
import { applyImportSchema, importRequestSchema } from '../../shared/programmeImport.js';
import type { Dispatch } from '../commands/dispatcher.js';
import { exportRoutes } from '../export/exportRoutes.js';
import type { LiveState } from '../state/liveState.js';
import { fail, requireRoute, sendResult, validate, type AppEnv } from '../transport/httpHelpers.js';
import type { ImportApplier } from './importApplier.js';
import type { ImportJob } from './importJob.js';
import { rejectedAsIssues } from './importService.js';
import type { ImportWorker } from './importWorkerClient.js';
import { parseStandsFile } from './standsFile.js';

const standsImportRequestSchema = z.object({ content: z.string().min(2).max(5_000_000) });

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
}

/**
 * The organizer's programme import (preview, then apply in slices) and the public exports.
 * Mounted under /api.
 */
export function importRoutes(deps: ImportRouteDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  /** The file read against the programme as it is now; the digest and seq say which programme that was. */
  const read = async (request: Omit<ImportJob, 'basis'>) => {
    const state = deps.live.state();
    const [seq, generation] = [deps.live.seq(), deps.live.generation()];
    const basis = { event: state.event, rooms: state.rooms, sessions: state.sessions };
    return { seq, generation, result: await deps.importWorker.run({ ...request, basis }) };
  };

  routes.post('/import/preview', requireRoute('importProgramme'), validate('json', importRequestSchema), async (c) => {
    const request = c.req.valid('json');
    const { seq, result } = await read(request);
    if (!result.ok) return fail(c, 'invalid_command', { issues: result.issues });
    const reply: ImportPreviewReply = {
      ok: true, baseSeq: seq, format: request.format, sessionCount: result.sessionCount, diff: result.diff, rejected: result.rejected,
      ...(result.timeConflict ? { timeConflict: result.timeConflict, timeReading: request.timeReading ?? 'offset' } : {}),
    };
    return c.json(reply);
  });

  routes.post('/import/apply', requireRoute('importProgramme'), validate('json', applyImportSchema), async (c) => {
    const { baseSeq, ...request } = c.req.valid('json');
    const { seq, generation, result } = await read({ ...request, decide: true });
    if (!result.ok) return fail(c, 'invalid_command', { issues: result.issues });
    if (result.timeConflict && !request.timeReading) {
      const message = 'the file disagrees with itself about times: choose timeReading "offset" or "zone" (see the preview)';
      return fail(c, 'invalid_command', { issues: [{ path: 'timeReading', message }] });
    }
    // A partial import would remove the sessions of the rejected rows: all rows or nothing.
    if (result.rejected.length) return fail(c, 'invalid_command', { issues: rejectedAsIssues(result.rejected) });
    if (result.decision && !result.decision.ok) return fail(c, 'invalid_command', { issues: result.decision.issues });
    // Refused, under the import lock, if the programme changed since the preview (`baseSeq` ≤ the worker's read).
    const outcome = await deps.imports.apply({ slices: result.decision?.slices ?? [], baseSeq: Math.min(baseSeq, seq), generation });
    if (!outcome.ok) return sendResult(c, outcome);
    const reply: ImportApplyReply = { ok: true, seq: outcome.seq, diff: result.diff };
    return c.json(reply);
  });

  routes.post('/import/stands', requireRoute('importProgramme'), validate('json', standsImportRequestSchema), async (c) => {
    const file = parseStandsFile(c.req.valid('json').content, deps.live.state());
    if (!file.ok) return fail(c, 'invalid_command', { issues: file.issues });
    return sendResult(c, await deps.dispatch(c.get('actor'), { id: randomUUID(), type: 'stands:import', payload: file.file }));
  });

  routes.route('/export', exportRoutes(deps.live, deps.importWorker));
  return routes;
}
