import { describe, expect, it } from 'vitest';
import { launchBrowser, phoneContext } from '../support/browser.js';
import { demoDayEnv } from '../support/browserSession.js';
import { waitForSavedState, waitForServiceWorkerControl } from '../support/pwa.js';
import { ServerProcess } from '../support/serverProcess.js';

/**
 * English is loaded only for a phone that reads it (German is the first page's language), so the
 * English strings must be in the offline copy like the rest of the app: a phone that chose English
 * still reads English when it starts in a hall without network.
 */
describe('a phone that reads English', () => {
  it('starts in English with the server stopped', async () => {
    const server = await new ServerProcess(demoDayEnv).start();
    const browser = await launchBrowser();
    try {
      const context = await phoneContext(browser);
      await context.addInitScript(() => localStorage.setItem('ortstermin.locale', 'en'));
      const page = await context.newPage();
      await page.goto(`${server.url}/agenda`);
      await waitForServiceWorkerControl(page);
      await waitForSavedState(page);
      await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Programme');
      await server.stop();
      await page.reload();
      await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Programme');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    } finally {
      await browser.close();
      await server.dispose();
    }
  });
});
