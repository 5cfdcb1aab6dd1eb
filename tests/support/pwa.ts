import type { Page } from 'playwright-core';

/** Waits until the service worker has installed and controls the page (one reload takes it over). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * One number read from the app's IndexedDB in the page: the saved device state's seq, or how many
 * commands wait in the outbox; 0 when there is none. Never creates the database itself.
 */
function readAppDb(page: Page, read: 'savedSeq' | 'queued', database = 'ortstermin'): Promise<number> {
  return page.evaluate(async ([read, database]) => {
    const store = read === 'savedSeq' ? 'device' : 'outbox';
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes(database)) return 0;
    return new Promise<number>((resolve) => {
      const open = indexedDB.open(database);
      open.onerror = () => resolve(0);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains(store)) return resolve(0);
        const objects = db.transaction(store).objectStore(store);
        const request: IDBRequest = read === 'savedSeq' ? objects.get('current') : objects.count();
        request.onsuccess = () => resolve(read === 'savedSeq' ? (request.result?.lastSeq ?? 0) : Number(request.result));
        request.onerror = () => resolve(0);
      };
    });
  }, [read, database] as const);
}

const savedSeq = (page: Page, database?: string) => readAppDb(page, 'savedSeq', database);

/** Waits until the device state has been written to IndexedDB (it is saved shortly after changes). */
/** `database`: an event's own (`ortstermin@<slug>`) when the page is at that event's address. */
export async function waitForSavedState(page: Page, minSeq = 1, timeoutMs = 15_000, database = 'ortstermin'): Promise<void> {
  const start = Date.now();
  while ((await savedSeq(page, database)) < minSeq) {
    if (Date.now() - start > timeoutMs) throw new Error('device state was not saved');
    await page.waitForTimeout(100);
  }
}

/** How many commands wait in the page's IndexedDB outbox (0 without one). */
export function queuedCommands(page: Page): Promise<number> {
  return readAppDb(page, 'queued');
}
