import { Hono } from 'hono';
import { buildIcs } from '../../shared/icsCalendar.js';
import type { LiveState } from '../state/liveState.js';
import { fail, type AppEnv } from '../transport/httpHelpers.js';
import { frabXmlExport } from './frabXmlExport.js';
import { scheduleJsonExport } from './scheduleJsonExport.js';

/** Public exports of the programme as attendees see it; the seq is the version consumers compare. */
export function exportRoutes(live: LiveState): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const publicState = () => live.snapshotFor(['public']);

  routes.get('/schedule.xml', (c) => {
    const { seq, state } = publicState();
    const xml = frabXmlExport(state, String(seq));
    return xml === null ? fail(c, 'not_found') : c.body(xml, 200, { 'content-type': 'application/xml; charset=utf-8' });
  });

  routes.get('/schedule.json', (c) => {
    const { seq, state } = publicState();
    const json = scheduleJsonExport(state, String(seq));
    return json === null ? fail(c, 'not_found') : c.json(json);
  });

  routes.get('/programme.ics', (c) => {
    const built = buildIcs(publicState().state);
    if (!built.ok) return fail(c, 'not_found');
    return c.body(built.ics, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'attachment; filename="programme.ics"',
    });
  });

  return routes;
}
