import { describe, expect, it } from 'vitest';
import { agendaDay, dayLabel, eventDays, initialDay, timeWithinDay } from '../../shared/agendaDays.js';

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
    expect(timeWithinDay('2026-12-27T22:30:00.000Z', '2026-12-27', zone, 'de-DE')).toBe('23:30');
    expect(timeWithinDay('2026-12-28T00:15:00.000Z', '2026-12-27', zone, 'de-DE')).toBe('Mo., 28. Dez., 01:15');
  });
});
