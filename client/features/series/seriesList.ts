import type { SeriesEvent } from '../../../shared/series';

type Listed = Pick<SeriesEvent, 'slug' | 'name' | 'firstDay' | 'status'>;

function isListed(value: unknown): value is Listed {
  if (typeof value !== 'object' || value === null) return false;
  if (!('slug' in value && 'name' in value && 'firstDay' in value && 'status' in value)) return false;
  const { slug, name, firstDay, status } = value;
  return typeof slug === 'string' && typeof name === 'string' && typeof firstDay === 'string' && (status === 'upcoming' || status === 'current' || status === 'past');
}

/** `GET /api/events` read without zod (this notice loads with the shell); what does not fit is left out. */
export function seriesEventsSchemaFree(body: unknown): Listed[] {
  if (typeof body !== 'object' || body === null || !('events' in body) || !Array.isArray(body.events)) return [];
  return body.events.filter(isListed);
}

/** The series' events as `GET /api/events` lists them; none when offline or unreadable. */
export async function fetchSeriesEvents(): Promise<Listed[]> {
  const response = await fetch('/api/events', { signal: AbortSignal.timeout(10_000) }).catch(() => null);
  return seriesEventsSchemaFree(await response?.json().catch(() => null));
}

/** The date a past event's phones should go to: the first event after it that is not past. */
export function laterEventOf(events: readonly Listed[], slug: string): Listed | null {
  const self = events.find((event) => event.slug === slug);
  if (!self || self.status !== 'past') return null;
  return events.filter((event) => event.status !== 'past' && event.firstDay > self.firstDay).sort((a, b) => a.firstDay.localeCompare(b.firstDay))[0] ?? null;
}
