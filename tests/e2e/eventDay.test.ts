import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { standsFileSchema } from '../../shared/standsImport.js';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';

const e2e = useBrowserSession();
const demo = standsFileSchema.parse(JSON.parse(readFileSync(new URL('../../server/demo/demoStands.json', import.meta.url), 'utf8')));

/** A command as the moderator's laptop sends it, failing the test when refused. */
async function moderatorCommand(type: string, payload: unknown): Promise<void> {
  const token = await e2e.server.tokenFor(e2e.server.links.moderator);
  const result = await e2e.server.command(token, type, payload);
  expect(result, type).toMatchObject({ ok: true });
}

async function online(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.connection').getAttribute('data-status'), { timeout: 10_000 }).toBe('online');
}

const insideViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
  });

describe('the event day on a phone', () => {
  it('an urgent announcement arriving while the agenda is scrolled to the bottom appears inside the viewport', async () => {
    const page = await (await phoneContext(e2e.browser)).newPage();
    await page.goto(`${e2e.server.url}/agenda`);
    await page.waitForSelector('article[data-session-id]');
    await online(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(800);

    await moderatorCommand('announcement:post', { level: 'urgent', text: 'Bitte das Auditorium über den Nordausgang verlassen.' });
    await page.waitForSelector('.urgent-banner');
    expect(await insideViewport(page, '.urgent-banner')).toBe(true);
    expect(await page.locator('.urgent-banner').getAttribute('role')).toBe('alert');
    // Still there after scrolling further, until it is closed.
    await page.mouse.wheel(0, -400);
    expect(await insideViewport(page, '.urgent-banner')).toBe(true);

    // At the next open it is still there, as the person never closed it.
    await page.reload();
    await page.waitForSelector('.urgent-banner');
    await page.getByRole('button', { name: 'Schließen' }).click();
    expect(await page.locator('.urgent-banner').count()).toBe(0);
    await page.reload();
    await page.waitForSelector('article[data-session-id]');
    expect(await page.locator('.urgent-banner').count()).toBe(0);
  });

  it('a correction shows again on every phone, a withdrawal takes it away', async () => {
    const page = await (await phoneContext(e2e.browser)).newPage();
    await page.goto(`${e2e.server.url}/infos`);
    await online(page);
    await moderatorCommand('announcement:post', { level: 'urgent', text: 'Mittag im Saal 3' });
    await expect.poll(() => page.locator('.urgent-banner').textContent()).toContain('Mittag im Saal 3');
    const id = await page.locator('.urgent-banner').getAttribute('data-announcement-id');
    const banner = page.locator(`.urgent-banner[data-announcement-id="${id}"]`);
    await expect.poll(() => banner.textContent()).toContain('Mittag im Saal 3');
    await banner.getByRole('button', { name: 'Schließen' }).click();
    await moderatorCommand('announcement:correct', { announcementId: id, text: 'Mittag im Foyer' });
    await expect.poll(() => banner.textContent()).toContain('Mittag im Foyer');
    expect(await banner.textContent()).toContain('korrigiert');
    expect(await page.locator(`li[data-announcement-id="${id}"]`).textContent()).toContain('korrigiert um');
    await moderatorCommand('announcement:withdraw', { announcementId: id });
    await expect.poll(() => page.locator(`[data-announcement-id="${id}"]`).count()).toBe(0);
  });

  it('"Kosten" finds the stands whose cost text says so, results right under the search field', async () => {
    const page = await (await phoneContext(e2e.browser)).newPage();
    await page.goto(`${e2e.server.url}/stands`);
    await page.waitForSelector('[data-stand-id]');
    await page.getByLabel('Stände durchsuchen').fill('Kosten');
    const costly = demo.stands.filter((stand) => /kosten/i.test(stand.cost)).map((stand) => stand.id);
    expect(costly.length).toBeGreaterThanOrEqual(6);
    const shown = () => page.locator('.stand-list [data-stand-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-stand-id')));
    await expect.poll(async () => (await shown()).filter((id) => id !== null && costly.includes(id)).length).toBe(costly.length);
    // The first result starts in the upper half of the phone's screen, above where the keyboard opens.
    const first = await page.locator('.stand-list [data-stand-id]').first().boundingBox();
    expect(first?.y ?? Infinity).toBeLessThan(844 / 2);
  });

  it('every stand on the map has a visible label, and key hints only show to keyboard users', async () => {
    for (const width of [320, 390]) {
      const context = await phoneContext(e2e.browser);
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 844 });
      await page.goto(`${e2e.server.url}/map`);
      await page.waitForSelector('a.place-stand');
      const standIds = await page.locator('a.place-stand').evaluateAll((links) => links.map((link) => link.getAttribute('data-place-id') ?? ''));
      expect(standIds).toHaveLength(demo.floorPlan.places.filter((p) => p.kind === 'stand').length);
      for (const id of standIds) {
        const label = page.locator(`[data-label-for="${id}"] text`).first();
        expect(await label.isVisible(), `${id} at ${width}px`).toBe(true);
        expect((await label.textContent())?.trim(), id).toMatch(/^\d+/);
      }
      for (const room of ['raum-seminar-1', 'raum-seminar-2', 'raum-auditorium']) {
        expect(await page.locator(`[data-label-for="${room}"] text`).first().isVisible(), room).toBe(true);
      }
      expect(await page.locator('#venue-map-keys').isVisible()).toBe(false);
      await context.close();
    }
  });
});
