import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noteServerTime, serverNow } from '../../client/sync/clock.js';
import { createStoredIdSet } from '../../client/sync/storedIdSet.js';
import { uuid } from '../../client/sync/uuid.js';
import { commandEnvelopeSchema } from '../../shared/commands.js';

/** localStorage as a browser has it; `refuse` makes it throw as private mode or a full disk does. */
function fakeStorage() {
  const items = new Map<string, string>();
  const storage = {
    items,
    refuse: false,
    getItem(key: string) {
      if (storage.refuse) throw new DOMException('denied', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (storage.refuse) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
  return storage;
}

let storage = fakeStorage();
beforeEach(() => {
  storage = fakeStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('ids kept on the device (own votes, bookmarks, dismissed banners)', () => {
  it('are there again after a reload, and gone once taken back', () => {
    const votes = createStoredIdSet('votes');
    votes.set('q1', true);
    votes.set('q2', true);
    votes.set('q1', false);
    const reloaded = createStoredIdSet('votes');
    expect(reloaded.has('q1')).toBe(false);
    expect(reloaded.has('q2')).toBe(true);
    expect([...reloaded.ids()]).toEqual(['q2']);
  });

  it('keep only the newest ones when there are too many', () => {
    const seen = createStoredIdSet('seen', 3);
    for (const id of ['a', 'b', 'c', 'd']) seen.set(id, true);
    seen.set('d', true);
    expect([...createStoredIdSet('seen', 3).ids()]).toEqual(['b', 'c', 'd']);
  });

  it('start empty from a damaged or foreign stored value, and work without storage', () => {
    storage.items.set('a', '[1, 2');
    storage.items.set('b', '["x", 2]');
    storage.items.set('c', '{"x": 1}');
    for (const key of ['a', 'b', 'c']) expect(createStoredIdSet(key).ids().size).toBe(0);
    storage.refuse = true;
    const memoryOnly = createStoredIdSet('votes');
    memoryOnly.set('q1', true);
    expect(memoryOnly.has('q1')).toBe(true);
  });
});

describe("the server's clock on the phone", () => {
  it('is the phone clock plus the offset measured at the middle of the round trip', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    noteServerTime(1_060_000, 999_000, 1_001_000);
    expect(serverNow()).toBe(1_060_000);
    noteServerTime(Number.NaN, 0, 0);
    expect(serverNow()).toBe(1_060_000);
    noteServerTime(940_000, 999_900, 1_000_100);
    expect(serverNow()).toBe(940_000);
  });
});

describe('command ids made on the phone', () => {
  const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const webCrypto = globalThis.crypto;

  it.each([
    ['over https', true, webCrypto],
    // A venue LAN over plain http: no crypto.randomUUID there, only getRandomValues.
    ['over plain http', false, { getRandomValues: <T extends ArrayBufferView>(array: T) => webCrypto.getRandomValues(array) }],
  ])('are version-4 UUIDs the server accepts, each new, %s', (_name, isSecureContext, crypto) => {
    vi.stubGlobal('window', { isSecureContext });
    vi.stubGlobal('crypto', crypto);
    const ids = Array.from({ length: 200 }, () => uuid());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(v4);
      expect(commandEnvelopeSchema.safeParse({ id, type: 'question:ask', payload: {} }).success).toBe(true);
    }
  });
});
