import { describe, expect, it } from 'vitest';
import { nowAndNext, sortedSessions } from '../../shared/agenda.js';
import { emptyState } from '../../shared/publicState.js';
import { applyChange } from '../../shared/reducer.js';
import { loadDemoEvent } from '../../server/demo/loadDemoEvent.js';

const state = applyChange(emptyState, {
  seq: 1, at: '2026-05-14T06:00:00.000Z', type: 'programme:loaded', audience: 'public', data: loadDemoEvent('2026-05-14'),
});
const berlin = (hhmm: string) => Date.parse(`2026-05-14T${hhmm}:00+02:00`);

describe('nowAndNext', () => {
  it('lists what runs now and everything that starts next together', () => {
    const { now, next } = nowAndNext(state, berlin('10:40'));
    expect(now.map((s) => s.id).sort()).toEqual(['buergerportal-cochem-zell', 'rechnungswesen-meisenheim']);
    expect(next.map((s) => s.id)).toEqual(['kaffeepause']);
  });

  it('shows the opening as next before the doors open and nothing after the end', () => {
    expect(nowAndNext(state, berlin('08:00')).next.map((s) => s.id)).toEqual(['ankommen']);
    expect(nowAndNext(state, berlin('17:00'))).toEqual({ now: [], next: [] });
  });
});

describe('a session on the Jetzt page', () => {
  const sessions = Object.values(state.sessions);

  it('is next until the minute it starts, now from its first to before its last minute', () => {
    for (const s of sessions) {
      const [start, end] = [Date.parse(s.startsAt), Date.parse(s.endsAt)];
      expect(nowAndNext(state, start - 1).next, s.id).toContainEqual(s);
      expect(nowAndNext(state, start - 1).now, s.id).not.toContainEqual(s);
      expect(nowAndNext(state, start).now, s.id).toContainEqual(s);
      expect(nowAndNext(state, start).next, s.id).not.toContainEqual(s);
      expect(nowAndNext(state, end - 1).now, s.id).toContainEqual(s);
      expect(nowAndNext(state, end).now, s.id).not.toContainEqual(s);
    }
  });

  it('is listed in the agenda by start time, then by room', () => {
    const sorted = sortedSessions(state);
    expect(sorted).toHaveLength(sessions.length);
    const keys = sorted.map((s) => `${s.startsAt} ${s.roomId}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys.map((k) => k.slice(0, 24))).size).toBeLessThan(keys.length); // parallel sessions exist
  });
});
