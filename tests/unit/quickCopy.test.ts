import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCopy, writeCopy } from '../../client/sync/quickCopy.js';
import { emptyState } from '../../shared/publicState.js';

/** localStorage as a browser has it, with a quota. */
function fakeStorage() {
  const items = new Map<string, string>();
  return {
    items,
    quota: Infinity,
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      if (value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
}

const device = { state: emptyState, lastSeq: 7 };
let storage = fakeStorage();

beforeEach(() => {
  storage = fakeStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

describe('the quick copy of the device state', () => {
  it('gives back what was written, for the same audience only', () => {
    writeCopy(device, 'public');
    expect(readCopy('public')).toEqual(device);
    expect(readCopy('moderator')).toBeNull();
  });

  it('reads nothing from a damaged or foreign value', () => {
    storage.items.set('ortstermin.deviceCopy', '{"schemaVersion": 1');
    expect(readCopy('public')).toBeNull();
    storage.items.set('ortstermin.deviceCopy', JSON.stringify({ schemaVersion: 0, audience: 'public', lastSeq: 1, state: emptyState }));
    expect(readCopy('public')).toBeNull();
    storage.items.set('ortstermin.deviceCopy', JSON.stringify({ schemaVersion: 3, audience: 'public', lastSeq: 1, state: 'x' }));
    expect(readCopy('public')).toBeNull();
  });

  it('leaves no older copy behind when a newer one cannot be written', () => {
    writeCopy(device, 'public');
    const big = { ...device, lastSeq: 8, state: { ...emptyState, stage: { s: 'x'.repeat(500_000) } } };
    writeCopy(big, 'public');
    expect(readCopy('public')).toBeNull();
    writeCopy(device, 'public');
    expect(readCopy('public')).toEqual(device);
    storage.quota = 10;
    writeCopy({ ...device, lastSeq: 9 }, 'public');
    expect(readCopy('public')).toBeNull();
  });
});
