import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../shared/time.js';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';

// A reminder needs a session a few minutes from now, and sessions may only move within the
// event's days: this file's event is today.
const e2e = useBrowserSession({ DEMO_DATE: localDate(new Date(), 'Europe/Berlin') });

async function bookmark(page: Page, sessionId: string): Promise<void> {
  const card = page.locator(`article[data-session-id="${sessionId}"]`);
  await card.getByRole('button', { name: /merken/i }).click();
  await expect.poll(() => card.getByRole('button', { name: /nicht mehr merken/i }).count()).toBe(1);
}

describe('reminders in the browser', () => {
  it('reminds once of a bookmarked session about to start, on any page, and passes axe light and dark', async () => {
    const page = await (await phoneContext(e2e.browser)).newPage();
    await page.goto(`${e2e.server.url}/agenda`);
    for (const id of ['herzlich-digital-kl', 'digitale-doerfer', 'westpfalz-wiki']) await bookmark(page, id);

    // The moderator puts the session four minutes from now; the default reminder is 10 minutes before.
    const token = await e2e.server.tokenFor(e2e.server.links.moderator);
    const startsAt = new Date(Date.now() + 4 * 60_000).toISOString();
    expect(await e2e.server.command(token, 'session:move', { sessionId: 'herzlich-digital-kl', startsAt })).toMatchObject({ ok: true });

    // No permission for notifications in this browser: the reminder shows in the app.
    const notice = page.locator('.reminder-notice');
    // In Berlin time with the zone named, although this phone is set to New York.
    const berlin = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', ...options });
    const time = berlin({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(startsAt));
    const zone = berlin({ timeZoneName: 'short' }).formatToParts(new Date(startsAt)).find((p) => p.type === 'timeZoneName')?.value;
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain(
      `Erinnerung: „Herzlich digitale Projekte aus Kaiserslautern“ beginnt um ${time} (${zone}) in Auditorium.`,
    );
    expect(await page.locator('.reminder-notices').getAttribute('role')).toBe('status');

    await page.getByRole('link', { name: /Mein Programm/ }).click();
    await page.waitForURL(/\/my-agenda$/);
    await expect.poll(() => page.locator('.my-agenda-changed li.my-item').count()).toBe(1);
    expect(await notice.count()).toBe(1);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }

    await notice.getByRole('button', { name: /schließen/i }).click();
    await expect.poll(() => notice.count()).toBe(0);
    // Fired reminders are remembered on the device: a reload does not repeat this one.
    await page.reload();
    await expect.poll(() => page.locator('li[data-my-session-id]').count()).toBe(3);
    await page.waitForTimeout(1000);
    expect(await notice.count()).toBe(0);
  });
});
