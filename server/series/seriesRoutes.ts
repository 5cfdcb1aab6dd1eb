import { Hono } from 'hono';
import { z } from 'zod';
import type { SeriesEvent } from '../../shared/series.js';
import { fail, requireRoute, validate, type AppEnv } from '../kernel/http.js';

export interface SeriesRouteDeps {
  list(): SeriesEvent[];
  /** Closes an event early; false when there is no such open event. */
  close(id: string): Promise<boolean>;
}

/** The series' events for tools and phones (which exist, their addresses, where each stands), and the organizer's closing. */
export function seriesRoutes(deps: SeriesRouteDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', (c) => c.json({ events: deps.list() }));
  routes.post('/:id/close', requireRoute('manageSeries'), validate('param', z.object({ id: z.string().min(1).max(64) })), async (c) =>
    (await deps.close(c.req.valid('param').id)) ? c.json({ ok: true, events: deps.list() }) : fail(c, 'not_found'),
  );
  return routes;
}
