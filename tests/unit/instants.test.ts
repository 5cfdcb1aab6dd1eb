import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sessionSchema } from '../../shared/model.js';
import { instant } from '../../shared/primitives.js';
import { parseChange } from '../../shared/changes.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An offset datetime as an importer or an old phone might write it, with its real instant in ms. */
const offsetDatetime = fc
  .record({
    ms: fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2199, 11, 31) }),
    offsetMinutes: fc.integer({ min: -12 * 60, max: 14 * 60 }),
    fraction: fc.constantFrom('', '.5', '.123', '.123456'),
  })
  .map(({ ms, offsetMinutes, fraction }) => {
    const wall = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
    const sign = offsetMinutes < 0 ? '-' : '+';
    const abs = Math.abs(offsetMinutes);
    const offset = offsetMinutes === 0 && fraction === '' ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    const extraMs = fraction === '' ? 0 : Math.floor(Number(`0${fraction}`) * 1000);
    return { text: `${wall}${fraction}${offset}`, ms: ms - (ms % 1000) + extraMs };
  });

describe('instants are normalised to UTC by the schema', () => {
  it('turns any offset into the one UTC form, at the same instant', () => {
    expect(instant.parse('2026-05-14T09:30:00+02:00')).toBe('2026-05-14T07:30:00.000Z');
    expect(instant.parse('2026-05-14T07:30:00Z')).toBe('2026-05-14T07:30:00.000Z');
    expect(instant.parse('2026-10-25T02:10:00.5-01:30')).toBe('2026-10-25T03:40:00.500Z');
  });

  it('refuses what is no instant, and years that leave four digits in UTC', () => {
    for (const bad of ['2026-05-14', '2026-05-14T09:30:00', 'tomorrow', '0000-01-01T00:30:00+01:00', '9999-12-31T23:30:00-01:00']) {
      expect(instant.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('sorts as a string in the order of the real instants', () => {
    fc.assert(
      fc.property(offsetDatetime, offsetDatetime, (a, b) => {
        const [x, y] = [instant.parse(a.text), instant.parse(b.text)];
        expect(Date.parse(x)).toBe(a.ms);
        expect(x).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        expect(Math.sign(x < y ? -1 : x > y ? 1 : 0)).toBe(Math.sign(a.ms - b.ms));
      }),
    );
  });

  it('normalises a session stored with an offset as it loads', () => {
    const session = {
      id: 'keynote', title: 'Keynote', roomId: 'auditorium', status: 'scheduled', speakers: [], kind: 'talk',
      startsAt: '2026-05-14T09:30:00+02:00', endsAt: '2026-05-14T10:15:00+02:00',
    };
    const parsed = sessionSchema.safeParse(session);
    expect(parsed.success && parsed.data.startsAt).toBe('2026-05-14T07:30:00.000Z');
    const change = parseChange({ seq: 3, at: '2026-05-14T08:00:00+02:00', type: 'session:added', audience: 'public', data: { session } });
    expect(change && change.type === 'session:added' && change.data.session.endsAt).toBe('2026-05-14T08:15:00.000Z');
  });
});
