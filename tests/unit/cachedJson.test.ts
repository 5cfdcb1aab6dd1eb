import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyState } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';
import { createCachedJson } from '../../server/transport/cachedJson.js';
import { bigProgramme } from '../support/bigProgramme.js';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('JSON text with unchanged records kept', () => {
  it('writes what JSON.stringify writes, for any JSON value, with holes and omitted values', () => {
    const anything = fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined))), fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined))));
    fc.assert(fc.property(anything, fc.integer({ min: 0, max: 4 }), (value, levels) => text(createCachedJson(levels).bytes(value)) === JSON.stringify(value)));
    // eslint-disable-next-line no-sparse-arrays -- a hole, which JSON.stringify writes as null
    const withDate = { at: new Date(0), nested: { list: [1, undefined, () => 1, , 5], n: Number.NaN, '2': 'two', '1': 'one' } };
    expect(text(createCachedJson().bytes(withDate))).toBe(JSON.stringify(withDate));
  });

  it('gives the new text, not the kept one, when a programme of 5,000 sessions changes a few', () => {
    const before = applyChanges(emptyState, [{ seq: 1, at: '2026-05-14T08:00:00.000Z', type: 'programme:loaded', audience: 'public', data: bigProgramme(5000) }]);
    const json = createCachedJson();
    expect(text(json.bytes({ seq: 1, state: before }))).toBe(JSON.stringify({ seq: 1, state: before }));
    const [id, session] = Object.entries(before.sessions)[17]!;
    const after = { ...before, sessions: { ...before.sessions, [id]: { ...session, title: 'Verschoben: neuer Titel' } } };
    const changed = text(json.bytes({ seq: 2, state: after }));
    expect(changed).toBe(JSON.stringify({ seq: 2, state: after }));
    expect(changed).toContain('Verschoben: neuer Titel');
  });

  it('builds a whole new programme in slices, letting other work run between them, to the same text', async () => {
    const state = applyChanges(emptyState, [{ seq: 1, at: '2026-05-14T08:00:00.000Z', type: 'programme:loaded', audience: 'public', data: bigProgramme(5000) }]);
    let turns = 0;
    let counting = true;
    const count = (): void => {
      turns += 1;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const built = text(await createCachedJson(3, 1).bytesInSlices({ seq: 1, state }));
    counting = false;
    expect(built).toBe(JSON.stringify({ seq: 1, state }));
    expect(turns).toBeGreaterThan(2);
  });
});
