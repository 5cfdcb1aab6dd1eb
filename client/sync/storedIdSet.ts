import { createSignal, type Accessor } from 'solid-js';
import { readItem, writeItem } from './storage';

export interface StoredIdSet {
  ids: Accessor<ReadonlySet<string>>;
  has(id: string): boolean;
  set(id: string, present: boolean): void;
}

const isString = (value: unknown): value is string => typeof value === 'string';

function load(key: string): ReadonlySet<string> {
  try {
    // Checked by hand, not with zod: this runs on the first page, which does not load zod.
    const stored: unknown = JSON.parse(readItem(key) ?? '[]');
    return Array.isArray(stored) && stored.every(isString) ? new Set(stored) : new Set();
  } catch {
    return new Set();
  }
}

/**
 * A set of ids kept on this device (dismissed banners, bookmarks, own votes): reactive, and
 * bounded, so the stored list cannot grow without end.
 */
export function createStoredIdSet(key: string, keep = 500): StoredIdSet {
  const [ids, setIds] = createSignal<ReadonlySet<string>>(load(key));
  return {
    ids,
    has: (id) => ids().has(id),
    set(id, present) {
      if (ids().has(id) === present) return;
      const next = present ? [...ids(), id].slice(-keep) : [...ids()].filter((x) => x !== id);
      setIds(new Set(next));
      writeItem(key, JSON.stringify(next));
    },
  };
}
