import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerConfig } from '../../server/createServer.js';
import { phoneContext } from '../support/browser.js';
import { fileBrowser } from '../support/browserSession.js';
import { brokenWords } from '../support/brokenWords.js';
import { waitForSavedState } from '../support/pwa.js';
import { createTestApp, newStore, type TestApp } from '../support/testServer.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const clientDir = resolve(root, process.env.CLIENT_DIR ?? 'dist/client');
const store = newStore();
let browser: Browser;
let running: TestApp | null = null;

/** The built app served by a server in this process, at `port` (0: a free one), over the one store. */
async function serve(port: number, config: Partial<ServerConfig> = {}): Promise<{ app: TestApp; port: number }> {
  await running?.server.close();
  const app = await createTestApp({ store, config: { clientDir, ...config } });
  running = app;
  const { url } = await app.server.listen(port, '127.0.0.1');
  return { app, port: Number(new URL(url).port) };
}

beforeAll(async () => {
  browser = await fileBrowser();
});

afterAll(async () => {
  await browser?.close();
  await running?.server.close();
  await store.close();
});

describe('an app too old for its server', () => {
  it('says so, keeps a question it cannot send, and sends it once after the update', async () => {
    const { port } = await serve(0);
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/session/digitale-doerfer`);
    await page.getByLabel('Ihre Frage').waitFor();
    await waitForSavedState(page);

    // The server is updated during the event to one that no longer speaks this app's protocol.
    const newer = await serve(port, { protocol: { version: 2, oldestClient: 2 } });
    const prompt = page.locator('.update-prompt');
    await expect.poll(() => prompt.textContent(), { timeout: 30_000 }).toContain('Diese Version passt nicht mehr zum Server');
    expect(await brokenWords(page, '.update-prompt')).toEqual([]);

    const question = `Frage einer alten App ${Date.now()}`;
    await page.getByLabel('Ihre Frage').fill(question);
    await page.getByRole('button', { name: 'Frage senden' }).click();
    await expect.poll(() => page.locator('body').textContent()).toContain('wird gesendet');
    await expect.poll(() => page.locator('[data-my-question-id]').textContent()).toContain('Wird gesendet, sobald die App aktualisiert ist.');
    // The reload is offered at once; the question waits for it, and nothing reached the server.
    const update = prompt.getByRole('button', { name: 'Jetzt aktualisieren' });
    expect(await update.isDisabled()).toBe(false);
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/update-required.png` });
    const asked = (app: TestApp) => Object.values(app.server.live.state().questions).filter((q) => q.text === question);
    expect(asked(newer.app)).toHaveLength(0);

    // The updated server serves the app that speaks its protocol (here: this build, on a server that takes it).
    const fitting = await serve(port);
    await update.click();
    await expect.poll(() => asked(fitting.app).length, { timeout: 30_000 }).toBe(1);
    await expect.poll(() => prompt.count()).toBe(0);
    await expect.poll(() => page.locator('body').textContent()).toContain(question);
    expect(asked(fitting.app)).toHaveLength(1);
    await context.close();
  });
});
