import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
import { phoneContext } from '../support/browser.js';
import { fileBrowser } from '../support/browserSession.js';
import { waitForSavedState, waitForServiceWorkerControl } from '../support/pwa.js';
import { ServerProcess } from '../support/serverProcess.js';

const dayMs = 24 * 60 * 60 * 1000;
/** Where the screenshots of this walk go, for a person to look at (SHOTS_DIR), else the test's own folder. */
const shotsDir = process.env['SHOTS_DIR'] ?? tmpdir();
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
    browser = await fileBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server.dispose();
  });

  it('opens today’s date at the root, last month’s at its own address with a line to today’s, and keeps it readable offline', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/infos`);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain('Heute: Brezeln im Foyer');
    expect(await page.locator('main').textContent()).not.toContain('Damals');

    await page.goto(`${server.url}/${slugs.earlier}/infos`);
    await waitForServiceWorkerControl(page);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain('Damals: Kaffee im Foyer');
    const notice = page.locator(`[data-next-date="${slugs.today}"] a`);
    await expect.poll(() => notice.count(), { timeout: 15_000 }).toBe(1);
    expect(await notice.textContent()).toMatch(/Nächster Termin/);
    await waitForSavedState(page, 1, 15_000, `ortstermin@${slugs.earlier}`);
    await page.screenshot({ path: join(shotsDir, 'past-event.png') });

    // Its links stay at its address; the bottom bar's agenda is last month's agenda.
    await page.getByRole('link', { name: /Programm/ }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/${slugs.earlier}/agenda`);

    await server.stop();
    await page.goto(`${server.url}/${slugs.earlier}/infos`);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain('Damals: Kaffee im Foyer');
    await context.close();
    await server.start();
  });

  it('drops last month’s copy first when the phone’s storage runs short, and keeps today’s', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/${slugs.earlier}/infos`);
    await waitForServiceWorkerControl(page);
    await waitForSavedState(page, 1, 15_000, `ortstermin@${slugs.earlier}`);
    await page.goto(`${server.url}/infos`);
    await waitForSavedState(page, 1, 15_000, 'ortstermin');
    const databases = () => page.evaluate(async () => (await indexedDB.databases()).map((info) => info.name ?? '').sort());
    // Room enough: a reload keeps every copy. The check runs 2 s after the page is up; the page
    // says when it has had its answer, so the copies are counted after it, however slow the machine.
    await context.addInitScript(() => {
      const real = navigator.storage.estimate.bind(navigator.storage);
      navigator.storage.estimate = async () => {
        const estimate = await real();
        (window as { estimated?: boolean }).estimated = true;
        return estimate;
      };
    });
    await page.reload();
    await page.waitForFunction(() => (window as { estimated?: boolean }).estimated === true, undefined, { timeout: 15_000 });
    expect(await databases()).toEqual(['ortstermin', `ortstermin@${slugs.earlier}`]);
    const earlierKeys = () => page.evaluate((slug) => Object.keys(localStorage).filter((key) => key.endsWith(`@${slug}`)), slugs.earlier);
    expect((await earlierKeys()).length).toBeGreaterThan(0);

    // Short of room: the browser says so the way it would on a full phone (estimate() near its quota;
    // Chromium's quota override does not reach a test's browser context). The deletion is the real one.
    await context.addInitScript(() => {
      const real = navigator.storage.estimate.bind(navigator.storage);
      navigator.storage.estimate = async () => {
        const { usage = 0 } = await real();
        return { usage, quota: Math.ceil(usage * 1.1) };
      };
    });
    await page.reload();
    await expect.poll(databases, { timeout: 15_000 }).toEqual(['ortstermin']);
    expect(await earlierKeys()).toEqual([]);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain('Heute: Brezeln im Foyer');
    await context.close();
  });

  it('lets the organizer make the next date from today’s and close today’s early; the root then opens the next date', async () => {
    const next = berlinDay(40);
    const organizer = await (await phoneContext(browser)).newPage();
    await organizer.goto(server.links.organizer);
    await organizer.waitForURL(/\/organizer$/);
    const desk = organizer.locator('[data-series-desk]');
    await expect.poll(() => desk.locator('[data-series-event]').count(), { timeout: 15_000 }).toBe(2);
    const form = desk.locator('form[data-form="next-event"]');
    await form.getByLabel('Erster Tag').fill(next);
    await form.getByLabel('Veranstaltungsort').fill('Stadthalle Koblenz');
    await form.getByRole('button', { name: 'Vorschau' }).click();
    const summary = form.locator('[data-next-summary]');
    await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toContain('Stadthalle Koblenz');
    expect(await summary.textContent()).toMatch(/\d+ Räume, \d+ Programmpunkte, \d+ Stände/);
    await desk.screenshot({ path: join(shotsDir, 'next-date-summary.png') });
    await form.getByRole('button', { name: 'Termin anlegen' }).click();
    await expect.poll(() => desk.locator('[data-series-event]').count(), { timeout: 10_000 }).toBe(3);
    const today = desk.locator(`[data-series-event="${slugs.today}"]`);
    await today.getByRole('button', { name: 'Vorzeitig schließen' }).click();
    await today.getByRole('button', { name: 'Ja, jetzt schließen' }).click();
    await expect.poll(() => desk.locator(`[data-series-event="${slugs.today}"]`).getAttribute('data-status'), { timeout: 10_000 }).toBe('past');
    await desk.screenshot({ path: join(shotsDir, 'series-desk.png') });

    const attendee = await (await phoneContext(browser)).newPage();
    await attendee.goto(`${server.url}/`);
    await expect.poll(() => attendee.locator('main').textContent(), { timeout: 15_000 }).toContain('Stadthalle Koblenz');
    await attendee.screenshot({ path: join(shotsDir, 'root-opens-next-date.png') });
    await attendee.context().close();
    await organizer.context().close();
  });
});
