import { describe, expect, it } from 'vitest';
import { agendaDay, dateAndTime, dateWithYear, dayLabel, eventDays, initialDay, spansDays, timeWithinDay } from '../../shared/agendaDays.js';

const zone = 'Europe/Berlin';

describe('programme days', () => {
  it('puts sessions past midnight on the evening they belong to, in the event zone whatever the phone', () => {
    expect(agendaDay('2026-12-27T22:30:00.000Z', zone)).toBe('2026-12-27'); // 23:30
    expect(agendaDay('2026-12-28T00:15:00.000Z', zone)).toBe('2026-12-27'); // 01:15 the next morning
    expect(agendaDay('2026-12-28T09:30:00.000Z', zone)).toBe('2026-12-28');
    expect(agendaDay('2026-12-28T09:30:00.000Z', 'America/New_York')).toBe('2026-12-28');
  });

  it('lists the days in order and opens today during the event, else the next day, else the last', () => {
    const days = eventDays([{ startsAt: '2026-12-29T13:00:00.000Z' }, { startsAt: '2026-12-27T10:00:00.000Z' }, { startsAt: '2026-12-28T00:15:00.000Z' }], zone);
    expect(days).toEqual(['2026-12-27', '2026-12-29']);
    expect(initialDay(days, Date.parse('2026-12-01T10:00:00Z'), zone)).toBe('2026-12-27');
    expect(initialDay(days, Date.parse('2026-12-29T15:00:00Z'), zone)).toBe('2026-12-29');
    expect(initialDay(days, Date.parse('2026-12-28T12:00:00Z'), zone)).toBe('2026-12-29');
    expect(initialDay(days, Date.parse('2027-01-05T12:00:00Z'), zone)).toBe('2026-12-29');
  });

  it('names days in German and English, and dates a heading only where the calendar date is not the day', () => {
    expect(dayLabel('2026-05-12', 'de-DE')).toBe('Dienstag, 12. Mai');
    expect(dayLabel('2026-05-12', 'en-GB')).toBe('Tuesday 12 May');
    expect(dateWithYear('2027-01-01', 'de-DE')).toBe('1. Januar 2027');
    expect(dateWithYear('2026-05-12', 'en-GB')).toBe('12 May 2026');
    expect(timeWithinDay('2026-12-27T22:30:00.000Z', '2026-12-27', zone, 'de-DE')).toBe('23:30');
    expect(timeWithinDay('2026-12-28T00:15:00.000Z', '2026-12-27', zone, 'de-DE')).toBe('Mo., 28. Dez., 01:15');
  });

  it('tells an event of several days from one whose night runs past midnight', () => {
    const event = (startsAt: string, endsAt: string) => ({ startsAt, endsAt });
    expect(spansDays(event('2026-05-14T07:00:00Z', '2026-05-14T16:00:00Z'), zone)).toBe(false);
    expect(spansDays(event('2026-05-14T07:00:00Z', '2026-05-15T00:30:00Z'), zone)).toBe(false); // till 02:30
    expect(spansDays(event('2026-05-14T07:00:00Z', '2026-05-15T15:00:00Z'), zone)).toBe(true);
    expect(spansDays(null, zone)).toBe(false);
    expect(dateAndTime('2026-05-14T23:05:00Z', zone, 'de-DE')).toBe('Fr., 15. Mai, 01:05');
    expect(dateAndTime('2026-05-14T12:05:00Z', zone, 'en-GB')).toBe('Thu 14 May, 14:05');
  });
});
