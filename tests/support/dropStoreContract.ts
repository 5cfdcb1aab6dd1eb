import { expect, it } from 'vitest';
import type { Store } from '../../server/kernel/store.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const asArrays = (items: Uint8Array[]) => items.map((item) => [...item]);

/** The mailbox part of the store contract (storeContract.ts): the same for SQLite and PostgreSQL. */
export function registerDropStoreContract(fresh: () => Promise<Store>): void {
  it('keeps mailbox items apart by mailbox, gives them oldest first and each once', async () => {
    const { drops } = await fresh();
    expect(await drops.put('box-a', bytes(1, 2, 3), 1000, 5)).toBe(true);
    expect(await drops.put('box-b', bytes(9), 1001, 5)).toBe(true);
    expect(await drops.put('box-a', bytes(4), 1002, 5)).toBe(true);
    expect(asArrays(await drops.take('box-a', 0))).toEqual([[1, 2, 3], [4]]);
    expect(await drops.take('box-a', 0)).toEqual([]);
    expect(asArrays(await drops.take('box-b', 0))).toEqual([[9]]);
    expect(await drops.take('box-never', 0)).toEqual([]);
  });

  it('refuses an item to a full mailbox, and takes items again once it was emptied', async () => {
    const { drops } = await fresh();
    for (let i = 0; i < 3; i++) expect(await drops.put('box', bytes(i), 1000 + i, 3)).toBe(true);
    expect(await drops.put('box', bytes(7), 1010, 3)).toBe(false);
    expect(await drops.put('other', bytes(7), 1010, 3)).toBe(true);
    expect(asArrays(await drops.take('box', 0))).toEqual([[0], [1], [2]]);
    expect(await drops.put('box', bytes(8), 1020, 3)).toBe(true);
  });

  it('gives one of two fetches at once each item, never both', async () => {
    const { drops } = await fresh();
    for (let i = 0; i < 4; i++) await drops.put('box', bytes(i), 1000 + i, 5);
    const [one, two] = await Promise.all([drops.take('box', 0), drops.take('box', 0)]);
    expect(asArrays([...one, ...two]).sort()).toEqual([[0], [1], [2], [3]]);
  });

  it('erases items kept before a time, and all of them; a fetch gives none older than it asks for', async () => {
    const { drops } = await fresh();
    await drops.put('box', bytes(1), 1000, 5);
    await drops.put('box', bytes(2), 2000, 5);
    await drops.put('other', bytes(3), 3000, 5);
    expect(await drops.eraseBefore(2000)).toBe(1);
    expect(asArrays(await drops.take('box', 0))).toEqual([[2]]);
    await drops.put('box', bytes(4), 1500, 5);
    await drops.put('box', bytes(5), 2500, 5);
    expect(asArrays(await drops.take('box', 2000))).toEqual([[5]]);
    expect(await drops.take('box', 0)).toEqual([]);
    expect(await drops.eraseBefore(Infinity)).toBe(1);
    expect(await drops.take('other', 0)).toEqual([]);
  });
}
