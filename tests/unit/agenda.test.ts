import { describe, expect, it } from 'vitest';
import { nowAndNext } from '../../shared/agenda.js';
import { emptyState } from '../../shared/model.js';
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
