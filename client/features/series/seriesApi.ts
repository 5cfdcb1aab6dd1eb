import { z } from 'zod';
import { nextEventSummarySchema, type NextEventRequest, type NextEventSummary } from '../../../shared/nextEvent';
import { seriesEventSchema, type SeriesEvent } from '../../../shared/series';
import { callApi, postJson, type ApiOutcome } from '../../sync/httpApi';

const listSchema = z.object({ events: z.array(seriesEventSchema) });
const nextReplySchema = z.object({ ok: z.literal(true), summary: nextEventSummarySchema, created: z.boolean(), events: z.array(seriesEventSchema) });

export function listEvents(): Promise<ApiOutcome<SeriesEvent[]>> {
  return callApi('/api/events', {}, listSchema).then((outcome) => (outcome.ok ? { ok: true, value: outcome.value.events } : outcome));
}

export function closeEvent(id: string): Promise<ApiOutcome<SeriesEvent[]>> {
  return callApi(`/api/events/${encodeURIComponent(id)}/close`, postJson({}), listSchema).then((outcome) => (outcome.ok ? { ok: true, value: outcome.value.events } : outcome));
}

export function nextEvent(request: NextEventRequest): Promise<ApiOutcome<{ summary: NextEventSummary; created: boolean; events: SeriesEvent[] }>> {
  return callApi('/api/events/next', postJson(request), nextReplySchema);
}
