import { Hono } from 'hono';
import type { LiveState } from '../kernel/liveState.js';
import { requireRoute, type AppEnv } from '../kernel/http.js';
import { toCsv } from '../../shared/csv.js';
import { collectPollExport, exportRows } from './pollExport.js';
import type { PollIndex } from './pollIndex.js';

/** The organizer's download of all poll results and feedback, hidden ones included. */
export function pollExportRoutes(deps: { live: LiveState; polls: PollIndex }): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/polls.*', requireRoute('exportPollResults'));
  const collect = () => collectPollExport(deps.live.state(), deps.polls);

  routes.get('/polls.json', (c) => c.json(collect()));
  routes.get('/polls.csv', (c) =>
    c.body(toCsv(exportRows(collect())), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="abstimmungen-feedback.csv"',
    }),
  );
  return routes;
}
