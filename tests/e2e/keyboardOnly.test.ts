import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browserSession.js';

const e2e = useBrowserSession();

interface Target {
  /** A CSS selector the focused element must match. */
  selector: string;
  /** Its accessible name (aria-label, else its text) must match this. */
  name?: RegExp;
}

/** Presses Tab until the focused element is the target, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Target, maxPresses = 80): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate(({ selector, source }) => {
      const focused = document.activeElement;
      if (!(focused instanceof Element) || !focused.matches(selector)) return false;
      const name = focused.getAttribute('aria-label') ?? focused.textContent ?? '';
      return source === null || new RegExp(source).test(name);
    }, { selector: target.selector, source: target.name?.source ?? null });
    if (reached) return;
  }
  throw new Error(`Tab never reached ${target.selector} ${target.name ?? ''}`);
}

/** Keyboard only: a desktop context without touch, and never a click or tap. */
async function keyboardPage(): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport: { width: 1024, height: 800 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  return context.newPage();
}

describe('keyboard only', () => {
  it('finds a stand, opens it on the map, and bookmarks a session without a pointer', async () => {
    const page = await keyboardPage();
    await page.goto(`${e2e.server.url}/stands`);
    await page.waitForSelector('[data-stand-id]');

    await tabTo(page, { selector: 'input[type="search"]' });
    await page.keyboard.type('dorfer');
    await tabTo(page, { selector: 'a', name: /^Digitale Dörfer$/ });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/stand\/digitale-doerfer$/);

    await tabTo(page, { selector: 'a', name: /Auf der Karte zeigen/ });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/map\?stand=digitale-doerfer$/);
    const highlighted = page.locator('a[aria-current="location"]');
    await expect.poll(() => highlighted.getAttribute('aria-label')).toMatch(/Digitale Dörfer/);

    // The place on the plan is a link of its own: reached with Tab, opened with Enter.
    await tabTo(page, { selector: 'a[data-place-id]', name: /Digitale Dörfer/ });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/stand\/digitale-doerfer$/);

    await tabTo(page, { selector: 'nav a', name: /Programm/ });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/agenda$/);
    const bookmark = page.locator('article[data-session-id="buergerportal-cochem-zell"] button.bookmark-button');
    await bookmark.waitFor();
    await tabTo(page, { selector: 'button.bookmark-button', name: /Bürgerportal/ });
    await page.keyboard.press('Space');
    await expect.poll(() => bookmark.getAttribute('aria-pressed')).toBe('true');

    await tabTo(page, { selector: 'a[href="/my-agenda"]' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/my-agenda$/);
    await expect.poll(() => page.locator('main').textContent()).toContain('Bürgerportal');
    await page.context().close();
  });

  it('shows where the keyboard focus is on every control it reaches', async () => {
    const page = await keyboardPage();
    await page.goto(`${e2e.server.url}/agenda`);
    await page.waitForSelector('article[data-session-id]');
    const unmarked: string[] = [];
    for (let press = 0; press < 25; press++) {
      await page.keyboard.press('Tab');
      const seen = await page.evaluate(() => {
        const focused = document.activeElement;
        if (!(focused instanceof HTMLElement) || focused === document.body) return null;
        const style = getComputedStyle(focused);
        const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        return visible ? null : `${focused.tagName.toLowerCase()} ${(focused.textContent ?? '').trim().slice(0, 30)}`;
      });
      if (seen) unmarked.push(seen);
    }
    expect(unmarked).toEqual([]);
    await page.context().close();
  });
});
