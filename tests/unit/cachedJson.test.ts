import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyState } from '../../shared/model.js';
import { applyChanges } from '../../shared/reducer.js';
import { createCachedJson } from '../../server/transport/cachedJson.js';
import { bigProgramme } from '../support/bigProgramme.js';

describe('JSON text with unchanged records kept', () => {
  it('writes what JSON.stringify writes, for any JSON value, with holes and omitted values', () => {
    const anything = fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined))), fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined))));
    fc.assert(fc.property(anything, fc.integer({ min: 0, max: 4 }), (value, levels) => createCachedJson(levels)(value) === JSON.stringify(value)));
    const withDate = { at: new Date(0), nested: { list: [1, undefined, () => 1], n: Number.NaN, '2': 'two', '1': 'one' } };
    expect(createCachedJson()(withDate)).toBe(JSON.stringify(withDate));
  });

  it('gives the new text, not the kept one, when a programme of 5,000 sessions changes a few', () => {
    const before = applyChanges(emptyState, [{ seq: 1, at: '2026-05-14T08:00:00.000Z', type: 'programme:loaded', audience: 'public', data: bigProgramme(5000) }]);
    const toJson = createCachedJson();
    expect(toJson({ seq: 1, state: before })).toBe(JSON.stringify({ seq: 1, state: before }));
    const [id, session] = Object.entries(before.sessions)[17]!;
    const after = { ...before, sessions: { ...before.sessions, [id]: { ...session, title: 'Verschoben: neuer Titel' } } };
    const text = toJson({ seq: 2, state: after });
    expect(text).toBe(JSON.stringify({ seq: 2, state: after }));
    expect(text).toContain('Verschoben: neuer Titel');
  });
});
