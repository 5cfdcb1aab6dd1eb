import { describe, expect, it } from 'vitest';
import { Series, type SeriesSite } from '../../server/series/series.js';

type Dates = { name: string; startsAt: string; endsAt: string; timeZone: string };

function site(slug: string, dates: Dates): SeriesSite & { dates: Dates } {
  return {
    dates,
    record: { id: `id-${slug}`, slug, location: '', createdAt: '2026-01-01T00:00:00Z', closedAt: null },
    event() {
      return this.dates;
    },
    fetch: () => new Response(slug),
  };
}

const berlin = 'Europe/Berlin';

describe('the event the root address opens', () => {
  it('follows the clock across midnight in the event’s zone and a new version of its dates at once', () => {
    let now = Date.parse('2026-05-13T21:59:59Z');
    const may = site('2026-mai', { name: 'Mai', startsAt: '2026-05-14T07:00:00Z', endsAt: '2026-05-14T15:00:00Z', timeZone: berlin });
    const june = site('2026-juni', { name: 'Juni', startsAt: '2026-06-18T07:00:00Z', endsAt: '2026-06-18T15:00:00Z', timeZone: berlin });
    const series = new Series([may, june], { now: () => now });

    // Both upcoming: the next one.
    expect(series.root().record.slug).toBe('2026-mai');
    expect(series.list().map((event) => event.status)).toEqual(['upcoming', 'upcoming']);
    now = Date.parse('2026-05-13T22:00:00Z');
    expect(series.list().map((event) => event.status)).toEqual(['current', 'upcoming']);
    // 24 hours after May's last day: June is the next, May is past.
    now = Date.parse('2026-05-15T22:00:00Z');
    expect(series.root().record.slug).toBe('2026-juni');

    // June's programme is imported with an earlier date (a new event object): read at once, not the bounds of the old one.
    june.dates = { ...june.dates, startsAt: '2026-05-15T07:00:00Z', endsAt: '2026-05-15T15:00:00Z' };
    expect(series.list().find((event) => event.slug === '2026-juni')).toMatchObject({ firstDay: '2026-05-15', lastDay: '2026-05-15', status: 'current' });
  });

});
