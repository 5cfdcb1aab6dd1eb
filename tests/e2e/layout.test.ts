import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPagePolls, appPages, pageContext, staffTokens, visitPage, type StaffTokens } from '../support/appPages.js';
import { brokenWords } from '../support/brokenWords.js';
import { useBrowserSession } from '../support/browserSession.js';
import { TabPool } from '../support/tabPool.js';

const e2e = useBrowserSession();
let tokens: StaffTokens = new Map();

beforeAll(async () => {
  tokens = await staffTokens(e2e.server);
  await addPagePolls(e2e.server, tokens.get('moderator') ?? '');
});

// The big screen is a projector, not a phone; every other page is laid out for 320 and 390 px.
const phonePages = appPages.filter((page) => !page.path.startsWith('/screen/'));

interface LayoutFindings {
  overflow: number;
  /** Navigation labels and tabs that take more than one line. */
  wrappedLabels: string[];
  /** Headings, labels and buttons with a word split across two lines. */
  brokenWords: string[];
}

/** Measured in the page: line boxes of each word and label, as the browser laid them out. */
async function findings(page: Page): Promise<LayoutFindings> {
  const { overflow, wrappedLabels } = await page.evaluate(() => {
    const lineCount = (element: Element): number => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    };
    const labels = [...document.querySelectorAll('.bottom-nav .nav-link span, .staff-tabs a, .staff-tabs button')].filter((label) => label.checkVisibility() && !label.closest('.visually-hidden'));
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      wrappedLabels: labels.filter((label) => lineCount(label) > 1).map((label) => (label.textContent ?? '').trim()),
    };
  });
  return { overflow, wrappedLabels, brokenWords: await brokenWords(page) };
}

const tabs = new TabPool();
afterAll(() => tabs.close());

describe.each(['de', 'en'] as const)('layout in %s', (locale) => {
  describe.each([320, 390])('at %i px', (width) => {
    it.each(phonePages)('$path: no sideways scrolling, no word broken in a label, heading or button', async (page) => {
      // Attendee pages as a moderator sees them: the six-item bottom bar is the tightest.
      const role = page.role ?? 'moderator';
      const tab = await tabs.tab(`${locale}|${width}|${role}`, () =>
        pageContext(e2e.browser, { locale, colorScheme: 'light', role, tokens, viewport: { width, height: 844 }, phone: true }),
      );
      await visitPage(tab, e2e.server.url, page);
      await tab.waitForSelector('.bottom-nav a[href="/moderation"], .bottom-nav a[href="/host"], .bottom-nav');
      expect(await findings(tab)).toEqual({ overflow: 0, wrappedLabels: [], brokenWords: [] });
    });
  });
});

/** The words of the event's name that its first line cuts off at the right (the second line may end in "…"). */
function clippedFirstLineWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const name = document.querySelector('.app-header .event-name');
    const node = name?.firstChild;
    if (!name || !node) return ['no event name'];
    const box = name.getBoundingClientRect();
    const clipped: string[] = [];
    for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rect = range.getBoundingClientRect();
      if (Math.abs(rect.top - box.top) < 4 && rect.right > box.right + 1) clipped.push(match[0]);
    }
    return clipped;
  });
}

describe.each(['de', 'en'] as const)('the header while offline in %s', (locale) => {
  it.each([320, 390])('at %i px: the event name keeps its first line whole beside the offline status', async (width) => {
    const ctx = await pageContext(e2e.browser, { locale, colorScheme: 'light', role: undefined, tokens, viewport: { width, height: 844 }, phone: true });
    try {
      const tab = await ctx.newPage();
      await tab.goto(`${e2e.server.url}/agenda`);
      await tab.waitForSelector('article[data-session-id]');
      await ctx.route('**/socket.io/**', (route) => route.abort());
      await ctx.setOffline(true);
      await tab.waitForSelector('.connection[data-status="offline"]');
      await expect.poll(() => tab.locator('.connection').textContent()).toMatch(/\d\d:\d\d/);
      if (process.env.SCREENSHOT_DIR) await tab.locator('.app-header').screenshot({ path: `${process.env.SCREENSHOT_DIR}/header-offline-${locale}-${width}.png` });
      expect(await clippedFirstLineWords(tab)).toEqual([]);
      expect(await brokenWords(tab, '.app-header')).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});
