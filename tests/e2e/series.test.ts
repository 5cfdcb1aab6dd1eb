import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadProgrammeIfEmpty } from '../../server/bootstrap.js';
import { loadDemoEvent, loadDemoStands } from '../../server/demo/loadDemoEvent.js';
import { appendToLog } from '../../server/store/appendToLog.js';
import { createSqliteStore } from '../../server/store/sqliteStore.js';
import type { ChangeDraft } from '../../shared/changes.js';
import { slugForDay } from '../../shared/series.js';
import { localDate } from '../../shared/time.js';
import { launchBrowser, phoneContext } from '../support/browser.js';
import { waitForSavedState, waitForServiceWorkerControl } from '../support/pwa.js';
import { ServerProcess } from '../support/serverProcess.js';

const dayMs = 24 * 60 * 60 * 1000;
const berlinDay = (offsetDays: number) => localDate(new Date(Date.now() + offsetDays * dayMs), 'Europe/Berlin');
const earlier = berlinDay(-30);
const today = berlinDay(0);
const slugs = { earlier: slugForDay(earlier, new Set()), today: slugForDay(today, new Set([slugForDay(earlier, new Set())])) };

const announcement = (text: string): ChangeDraft => ({
  type: 'announcement:posted',
  audience: 'public',
  data: { announcement: { id: randomUUID(), level: 'info', text, postedAt: new Date().toISOString() } },
});

/** A data folder as an installation with two dates leaves it: last month's event and today's, each with an announcement of its own. */
async function twoDates(dataDir: string): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const clock = { now: () => Date.now() };
  const home = createSqliteStore({ filename: join(dataDir, 'ortstermin.db') });
  await loadProgrammeIfEmpty(home.log, clock, () => loadDemoEvent(earlier), loadDemoStands);
  await appendToLog(home.log, [announcement('Damals: Kaffee im Foyer')], new Date().toISOString());
  await home.series.insert({ id: 'e-earlier', slug: slugs.earlier, location: '', createdAt: new Date().toISOString(), closedAt: null });
  const location = home.siblingLocation('e-today');
  const second = await home.openSibling(location);
  await loadProgrammeIfEmpty(second.log, clock, () => loadDemoEvent(today), loadDemoStands);
  await appendToLog(second.log, [announcement('Heute: Brezeln im Foyer')], new Date().toISOString());
  await second.close();
  await home.series.insert({ id: 'e-today', slug: slugs.today, location, createdAt: new Date().toISOString(), closedAt: null });
  await home.close();
}

describe('a series of dates on a phone', () => {
  const server = new ServerProcess();
  let browser: Browser;
  beforeAll(async () => {
    await twoDates(server.dataDir.path);
    await server.start();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server.dispose();
  });

  it('opens today’s date at the root, last month’s at its own address with a line to today’s, and keeps it readable offline', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/infos`);
    await expect.poll(() => page.locator('main').textContent()).toContain('Heute: Brezeln im Foyer');
    expect(await page.locator('main').textContent()).not.toContain('Damals');

    await page.goto(`${server.url}/${slugs.earlier}/infos`);
    await waitForServiceWorkerControl(page);
    await expect.poll(() => page.locator('main').textContent()).toContain('Damals: Kaffee im Foyer');
    const notice = page.locator(`[data-next-date="${slugs.today}"] a`);
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toMatch(/Nächster Termin/);
    await waitForSavedState(page, 1, 15_000, `ortstermin@${slugs.earlier}`);
    await page.screenshot({ path: join(server.dataDir.path, 'past-event.png') });

    // Its links stay at its address; the bottom bar's agenda is last month's agenda.
    await page.getByRole('link', { name: /Programm/ }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/${slugs.earlier}/agenda`);

    await server.stop();
    await page.goto(`${server.url}/${slugs.earlier}/infos`);
    await expect.poll(() => page.locator('main').textContent()).toContain('Damals: Kaffee im Foyer');
    await context.close();
    await server.start();
  });
});
