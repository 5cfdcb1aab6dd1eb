import { renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phoneContext } from '../support/browser.js';
import { fileBrowser } from '../support/browserSession.js';
import { waitForSavedState, waitForServiceWorkerControl } from '../support/pwa.js';
import { ServerProcess } from '../support/serverProcess.js';
import { tempDir } from '../support/testServer.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const builds = tempDir('ortstermin-builds-');
let server: ServerProcess;
let browser: Browser;

/** Two deployable versions of the app, told apart by their build id. */
async function buildVersion(id: string): Promise<string> {
  const outDir = join(builds.path, id);
  process.env.VITE_BUILD_ID = id;
  await build({ root: join(root, 'client'), configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  delete process.env.VITE_BUILD_ID;
  return outDir;
}

/** Version 1 is the build every browser test runs on (made once by the global setup); one build less to wait for. */
const v1 = resolve(root, 'dist/client');
let v1Id = '';
let v2 = '';
beforeAll(async () => {
  v2 = await buildVersion('v2');
  server = await new ServerProcess({ DEMO_DATE: '2026-05-14', CLIENT_DIR: v1 }).start();
  browser = await fileBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  builds.remove();
});

describe('a new version while questions wait offline', () => {
  it('is offered after two failed installs, loads no broken chunk, keeps the outbox, and updates only through the prompt', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/session/digitale-doerfer`);
    await waitForServiceWorkerControl(page);
    v1Id = (await page.evaluate(() => document.documentElement.dataset.build)) ?? '';
    expect(v1Id).not.toBe('v2');
    await page.getByLabel('Ihre Frage').waitFor();
    await waitForSavedState(page);
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));

    // Offline, a question goes into the outbox.
    await server.stop();
    const question = `Frage vor dem Update ${Date.now()}`;
    await page.getByLabel('Ihre Frage').fill(question);
    await page.getByRole('button', { name: 'Frage senden' }).click();
    await expect.poll(() => page.locator('body').textContent()).toContain('wird gesendet');

    // Version 2 is deployed; the socket is kept away so the question stays queued.
    await context.route('**/socket.io/**', (route) => route.abort());
    server.env.CLIENT_DIR = v2;
    // Saving version 2 fails twice (a file of it cannot be fetched, as when the hall's Wi-Fi drops).
    const shells = ['', '.br', '.gz'].map((ending) => join(v2, `index.html${ending}`));
    for (const file of shells) renameSync(file, `${file}.away`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const failed = { count: 0 };
      Object.assign(window, { failedInstalls: failed });
      registration?.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', (event) => {
        if (event.target instanceof ServiceWorker && event.target.state === 'redundant') failed.count += 1;
      }));
    });
    await server.start();
    const prompt = page.locator('.update-prompt');
    const failedInstalls = async () => {
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update().catch(() => undefined));
      return page.evaluate(() => ('failedInstalls' in window ? Number(Object(window.failedInstalls).count) : 0));
    };
    await expect.poll(failedInstalls, { timeout: 60_000, interval: 1_000 }).toBeGreaterThanOrEqual(2);
    for (const file of shells) renameSync(`${file}.away`, file);
    // The phone looks for a new version again and again, as it does on its own; on a busy machine
    // one look can come before the server answers, and installing version 2 takes a while.
    const promptText = async () => {
      if ((await prompt.count()) > 0) return (await prompt.textContent()) ?? '';
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update().catch(() => undefined));
      return '';
    };
    await expect.poll(promptText, { timeout: 60_000, interval: 2_000 }).toContain('sobald Ihre Eingaben gesendet sind');
    expect(await prompt.getByRole('button', { name: 'Neu laden' }).isDisabled()).toBe(true);

    // Still version 1, still the same page; a lazily loaded page of version 1 still loads.
    expect(await page.evaluate(() => 'notReloaded' in window && document.documentElement.dataset.build)).toBe(v1Id);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Infos' }).click();
    await page.getByRole('link', { name: 'Anmeldung für Mitarbeitende' }).click();
    await page.getByLabel('Zugangscode').waitFor();
    expect(errors).toEqual([]);

    // Back online: the question goes out once, then the update may be applied.
    await context.unroute('**/socket.io/**');
    await context.setOffline(true);
    await context.setOffline(false);
    await expect.poll(() => prompt.getByRole('button', { name: 'Neu laden' }).isDisabled(), { timeout: 20_000 }).toBe(false);
    expect(await page.evaluate(() => document.documentElement.dataset.build)).toBe(v1Id);
    await prompt.getByRole('button', { name: 'Neu laden' }).click();
    // Activating the waiting worker and reloading waits for a free core; the suite's busiest minutes need more than 20 s.
    const build = () => page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return `${document.documentElement.dataset.build} (waiting worker: ${registration?.waiting?.state ?? 'none'})`;
    }).catch(() => 'reloading');
    await expect.poll(build, { timeout: 60_000 }).toMatch(/^v2/);

    const token = await server.tokenFor(server.links.moderator);
    const response = await fetch(`${server.url}/api/snapshot`, { headers: { authorization: `Bearer ${token}` } });
    const body: { snapshot: { state: { questions: Record<string, { text: string }> } } } = await response.json();
    expect(Object.values(body.snapshot.state.questions).filter((q) => q.text === question)).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
