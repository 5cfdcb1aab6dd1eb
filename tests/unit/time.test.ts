import { describe, expect, it } from 'vitest';
import { formatTime, localDate, zonedInstant } from '../../shared/time.js';

describe('event time zone helpers', () => {
  it('turns Berlin wall-clock times into instants in summer and winter', () => {
    expect(zonedInstant('2026-05-14', '09:30', 'Europe/Berlin')).toBe('2026-05-14T07:30:00.000Z');
    expect(zonedInstant('2026-11-24', '09:30', 'Europe/Berlin')).toBe('2026-11-24T08:30:00.000Z');
  });

  it('is right on the days the clocks change', () => {
    expect(zonedInstant('2026-03-29', '01:30', 'Europe/Berlin')).toBe('2026-03-29T00:30:00.000Z');
    expect(zonedInstant('2026-03-29', '04:00', 'Europe/Berlin')).toBe('2026-03-29T02:00:00.000Z');
    expect(zonedInstant('2026-10-25', '12:00', 'Europe/Berlin')).toBe('2026-10-25T11:00:00.000Z');
  });

  it('formats in the event zone whatever zone the process runs in', () => {
    expect(formatTime('2026-05-14T07:30:00.000Z', 'Europe/Berlin')).toBe('09:30');
    expect(formatTime('2026-05-14T22:30:00.000Z', 'Europe/Berlin')).toBe('00:30');
    expect(localDate(new Date('2026-05-14T22:30:00.000Z'), 'Europe/Berlin')).toBe('2026-05-15');
  });
});
