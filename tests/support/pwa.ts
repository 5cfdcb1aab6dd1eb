import type { Page } from 'playwright-core';

/** Waits until the service worker has installed and controls the page (one reload takes it over). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The seq of the device state saved in IndexedDB, or 0; never creates the database itself. */
function savedSeq(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('ortstermin')) return 0;
    return new Promise<number>((resolve) => {
      const open = indexedDB.open('ortstermin');
      open.onerror = () => resolve(0);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('device')) return resolve(0);
        const get = db.transaction('device').objectStore('device').get('current');
        get.onsuccess = () => resolve(get.result?.lastSeq ?? 0);
        get.onerror = () => resolve(0);
      };
    });
  });
}

/** Waits until the device state has been written to IndexedDB (it is saved shortly after changes). */
export async function waitForSavedState(page: Page, minSeq = 1, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while ((await savedSeq(page)) < minSeq) {
    if (Date.now() - start > timeoutMs) throw new Error('device state was not saved');
    await page.waitForTimeout(100);
  }
}

/** How many commands wait in the page's IndexedDB outbox (0 without one). */
export function queuedCommands(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('ortstermin')) return 0;
    return new Promise<number>((resolve) => {
      const open = indexedDB.open('ortstermin');
      open.onerror = () => resolve(0);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('outbox')) return resolve(0);
        const count = db.transaction('outbox').objectStore('outbox').count();
        count.onsuccess = () => resolve(count.result);
        count.onerror = () => resolve(0);
      };
    });
  });
}
