import type { Page } from 'playwright-core';

/** Waits until the service worker has installed and controls the page (one reload takes it over). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** True once the device state has been written to IndexedDB (it is saved shortly after changes). */
export async function waitForSavedState(page: Page, minSeq = 1): Promise<void> {
  await page.waitForFunction(
    (seq) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('ortstermin');
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('device')) return resolve(false);
          const get = db.transaction('device').objectStore('device').get('current');
          get.onsuccess = () => resolve((get.result?.lastSeq ?? 0) >= seq);
          get.onerror = () => resolve(false);
        };
      }),
    minSeq,
    { polling: 100 },
  );
}
