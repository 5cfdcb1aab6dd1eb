import { describe, expect, it } from 'vitest';
import { eventSlugSchema, eventStatus, rootEvent, slugForDay } from '../../shared/series.js';

const berlin = (startsAt: string, endsAt: string, closedAt: string | null = null) => ({ startsAt, endsAt, timeZone: 'Europe/Berlin', closedAt });
const at = (iso: string) => Date.parse(iso);

describe('an event’s status', () => {
  const may = berlin('2026-05-14T07:00:00Z', '2026-05-14T15:00:00Z');

  it('is upcoming until its first day begins in its own zone, then current', () => {
    expect(eventStatus(may, at('2026-05-13T21:59:59Z'), true)).toBe('upcoming');
    expect(eventStatus(may, at('2026-05-13T22:00:00Z'), true)).toBe('current');
  });

  it('is past 24 hours after its last day ended, not before', () => {
    // The last day ends at midnight Berlin time (22:00 UTC in summer); a day later it is past.
    expect(eventStatus(may, at('2026-05-15T21:59:59Z'), true)).toBe('current');
    expect(eventStatus(may, at('2026-05-15T22:00:00Z'), true)).toBe('past');
  });

  it('counts the 24 hours across a clock change as real hours', () => {
    // Last day 24 Oct 2026; clocks go back in Berlin on 25 Oct (CEST → CET): midnight is 22:00 UTC, plus 24 h.
    const autumn = berlin('2026-10-24T07:00:00Z', '2026-10-24T15:00:00Z');
    expect(eventStatus(autumn, at('2026-10-25T21:59:59Z'), true)).toBe('current');
    expect(eventStatus(autumn, at('2026-10-25T22:00:00Z'), true)).toBe('past');
  });

  it('stays current after its days while no later event exists: there is nothing to point its phones to', () => {
    expect(eventStatus(may, at('2026-12-06T12:00:00Z'), false)).toBe('current');
    expect(eventStatus(may, at('2026-12-06T12:00:00Z'), true)).toBe('past');
  });

  it('is past as soon as the organizer closes it, and not before the closing instant', () => {
    const closed = berlin('2026-05-14T07:00:00Z', '2026-05-14T15:00:00Z', '2026-05-14T12:00:00Z');
    expect(eventStatus(closed, at('2026-05-14T11:00:00Z'), false)).toBe('current');
    expect(eventStatus(closed, at('2026-05-14T12:00:00Z'), false)).toBe('past');
  });
});

describe('the root address', () => {
  const event = (slug: string, firstDay: string, status: 'upcoming' | 'current' | 'past') => ({ slug, firstDay, status });

  it('opens the current event, else the next, else the last', () => {
    const past = event('2026-mai', '2026-05-14', 'past');
    const next = event('2026-okt', '2026-10-24', 'upcoming');
    const later = event('2027-mai', '2027-05-13', 'upcoming');
    expect(rootEvent([later, past, next])?.slug).toBe('2026-okt');
    expect(rootEvent([later, event('2026-okt', '2026-10-24', 'current'), past])?.slug).toBe('2026-okt');
    expect(rootEvent([past, event('2025-nov', '2025-11-01', 'past')])?.slug).toBe('2026-mai');
    expect(rootEvent([])).toBeUndefined();
  });
});

describe('event addresses', () => {
  it('are made from the first day, with the day added when the month is taken', () => {
    expect(slugForDay('2026-05-14', new Set())).toBe('2026-mai');
    expect(slugForDay('2026-05-14', new Set(['2026-mai']))).toBe('2026-mai-14');
    expect(slugForDay('2026-03-02', new Set(['2026-maerz', '2026-maerz-2']))).toBe('2026-maerz-2-2');
  });

  it('never take the app’s own paths or anything but lower-case words', () => {
    for (const slug of ['api', 'staff', 'projekte', 'impressum', 'Mai', '-mai', 'mai-', 'a/b', '', 'x'.repeat(41)]) {
      expect(eventSlugSchema.safeParse(slug).success, slug).toBe(false);
    }
    expect(eventSlugSchema.safeParse('2026-mai').success).toBe(true);
  });
});
