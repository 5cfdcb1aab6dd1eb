import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import type { ImportApplyReply, ImportPreviewReply } from '../../shared/importReport.js';
import { applyImportSchema, importRequestSchema, programmeDigest } from '../../shared/programmeImport.js';
import type { Dispatch } from '../commands/dispatcher.js';
import { exportRoutes } from '../export/exportRoutes.js';
import type { LiveState } from '../state/liveState.js';
import { fail, requireRoute, sendResult, validate, type AppEnv } from '../transport/httpHelpers.js';
import { previewImport, programmeChangedSince, readImport, rejectedAsIssues } from './importService.js';
import { diffProgramme } from './programmeDiff.js';
import { parseStandsFile } from './standsFile.js';

const standsImportRequestSchema = z.object({ content: z.string().min(2).max(5_000_000) });

/**
 * Request body limit for /api/import/*: a few-MB schedule as a JSON string (escaped quotes and
 * line breaks, multi-byte letters) stays well below it. Other /api routes keep their small limit.
 */
export const importBodyLimitBytes = 16 * 1024 * 1024;

export interface ImportRouteDeps {
  dispatch: Dispatch;
  live: LiveState;
}

/**
 * The organizer's programme import (preview, then apply as one command) and the public exports.
 * Mounted under /api.
 */
export function importRoutes(deps: ImportRouteDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.post('/import/preview', requireRoute('importProgramme'), validate('json', importRequestSchema), (c) => {
    const preview = previewImport(c.req.valid('json'), deps.live);
    if (!preview.ok) return fail(c, 'invalid_command', { issues: preview.issues });
    const reply: ImportPreviewReply = { ok: true, ...preview.preview };
    return c.json(reply);
  });

  routes.post('/import/apply', requireRoute('importProgramme'), validate('json', applyImportSchema), async (c) => {
    const { format, content, baseSeq, timeReading } = c.req.valid('json');
    const state = deps.live.state();
    const read = readImport(format, content, state, timeReading);
    if (!read.ok) return fail(c, 'invalid_command', { issues: read.issues });
    if (read.timeConflict && !timeReading) {
      const message = 'the file disagrees with itself about times: choose timeReading "offset" or "zone" (see the preview)';
      return fail(c, 'invalid_command', { issues: [{ path: 'timeReading', message }] });
    }
    // A partial import would remove the sessions of the rejected rows: all rows or nothing.
    if (read.rejected.length) return fail(c, 'invalid_command', { issues: rejectedAsIssues(read.rejected) });
    if (programmeChangedSince(deps.live, baseSeq)) {
      return fail(c, 'conflict', { issues: [{ path: 'baseSeq', message: 'the programme changed since the preview; preview again' }] });
    }
    const { diff } = diffProgramme(state, read.programme);
    const payload = { programme: read.programme, basis: programmeDigest(state) };
    const result = await deps.dispatch(c.get('actor'), { id: randomUUID(), type: 'programme:import', payload });
    if (!result.ok) return sendResult(c, result);
    const reply: ImportApplyReply = { ok: true, seq: result.seq, diff };
    return c.json(reply);
  });

  routes.post('/import/stands', requireRoute('importProgramme'), validate('json', standsImportRequestSchema), async (c) => {
    const read = parseStandsFile(c.req.valid('json').content, deps.live.state());
    if (!read.ok) return fail(c, 'invalid_command', { issues: read.issues });
    return sendResult(c, await deps.dispatch(c.get('actor'), { id: randomUUID(), type: 'stands:import', payload: read.file }));
  });

  routes.route('/export', exportRoutes(deps.live));
  return routes;
}
