import { Hono } from 'hono';
import { z } from 'zod';
import type { SeriesEvent } from '../../shared/series.js';
import { fail, requireRoute, sendResult, validate, type AppEnv } from '../kernel/http.js';
import type { CommandError } from '../../shared/errors.js';
import { nextEventRequestSchema, type NextEventRequest, type NextEventSummary } from '../../shared/nextEvent.js';

export interface SeriesRouteDeps {
  list(): SeriesEvent[];
  /** Closes an event early; false when there is no such open event. */
  close(id: string): Promise<boolean>;
  /** The next event made from one of the series, or its summary only. */
  next(request: NextEventRequest): Promise<{ ok: true; summary: NextEventSummary; created: boolean } | { ok: false; error: CommandError }>;
}

/** The series' events for tools and phones (which exist, their addresses, where each stands), and the organizer's closing. */
export function seriesRoutes(deps: SeriesRouteDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', (c) => c.json({ events: deps.list() }));
  routes.post('/:id/close', requireRoute('manageSeries'), validate('param', z.object({ id: z.string().min(1).max(64) })), async (c) =>
    (await deps.close(c.req.valid('param').id)) ? c.json({ ok: true, events: deps.list() }) : fail(c, 'not_found'),
  );
  routes.post('/next', requireRoute('manageSeries'), validate('json', nextEventRequestSchema), async (c) => {
    const outcome = await deps.next(c.req.valid('json'));
    if (!outcome.ok) return sendResult(c, outcome);
    return c.json({ ok: true, summary: outcome.summary, created: outcome.created, events: deps.list() }, outcome.created ? 201 : 200);
  });
  return routes;
}
