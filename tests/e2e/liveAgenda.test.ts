import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phoneContext } from '../support/browser.js';
import { ServerProcess } from '../support/serverProcess.js';

let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  server = await new ServerProcess({ DEMO_DATE: '2026-05-14' }).start();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('live agenda in the browser', () => {
  it('shows a moderator’s move on an attendee’s phone without a reload', async () => {
    const attendee = await (await phoneContext(browser)).newPage();
    await attendee.goto(`${server.url}/agenda`);
    const card = attendee.locator('article[data-session-id="buergerportal-cochem-zell"]');
    // Berlin time, although this phone is set to New York.
    await expect.poll(() => card.textContent()).toContain('10:30');
    await attendee.evaluate(() => Object.assign(window, { __notReloaded: true }));

    const moderator = await (await phoneContext(browser, { timezoneId: 'Asia/Tokyo' })).newPage();
    await moderator.goto(server.links.moderator);
    await moderator.waitForURL(/\/moderation/);
    const form = moderator.locator('form[data-session-id="buergerportal-cochem-zell"]');
    await form.getByLabel('Beginn').fill('14:00');
    await form.getByLabel('Raum').selectOption({ label: 'Seminarraum 2' });
    await form.getByRole('button', { name: 'Speichern' }).click();

    await expect.poll(() => card.textContent(), { timeout: 5000 }).toContain('14:00');
    const text = (await card.textContent()) ?? '';
    expect(text).toMatch(/geändert/i);
    expect(text).toContain('Seminarraum 2');
    expect(await attendee.evaluate(() => 'notReloaded' in window || '__notReloaded' in window)).toBe(true);
  });

  it('marks a cancelled session as abgesagt and keeps it listed', async () => {
    const attendee = await (await phoneContext(browser)).newPage();
    await attendee.goto(`${server.url}/agenda`);
    const card = attendee.locator('article[data-session-id="westpfalz-wiki"]');
    await expect.poll(() => card.count()).toBe(1);

    const moderator = await (await phoneContext(browser)).newPage();
    await moderator.goto(server.links.moderator);
    await moderator.waitForURL(/\/moderation/);
    await moderator.locator('form[data-session-id="westpfalz-wiki"]').getByRole('button', { name: 'Absagen' }).click();

    await expect.poll(() => card.textContent(), { timeout: 5000 }).toMatch(/abgesagt/i);
  });
});
