import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { ServerProcess } from '../support/serverProcess.js';

let server: ServerProcess;
let browser: Browser;
let moderatorToken: string;

beforeAll(async () => {
  server = await new ServerProcess({ DEMO_DATE: '2026-05-14' }).start();
  browser = await launchBrowser();
  moderatorToken = await server.tokenFor(server.links.moderator);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

interface PageCase {
  path: string;
  /** Waits for the content that makes the page what it is. */
  ready: string;
  staff?: boolean;
}

const pages: PageCase[] = [
  { path: '/', ready: 'h1' },
  { path: '/agenda', ready: 'article[data-session-id]' },
  { path: '/session/digitale-doerfer', ready: 'h1' },
  { path: '/infos', ready: 'h1' },
  { path: '/staff', ready: 'input' },
  { path: '/moderation', ready: 'form[data-session-id]', staff: true },
];

async function context(locale: 'de' | 'en', colorScheme: 'light' | 'dark', staff: boolean): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme, locale: 'de-DE', reducedMotion: 'reduce' });
  await ctx.addInitScript(
    ([lang, token]) => {
      localStorage.setItem('ortstermin.locale', lang);
      if (token) {
        localStorage.setItem('ortstermin.staffToken', token);
        localStorage.setItem('ortstermin.staffRole', 'moderator');
      }
    },
    [locale, staff ? moderatorToken : ''] as const,
  );
  return ctx;
}

describe.each(['de', 'en'] as const)('WCAG 2.1 A/AA in %s', (locale) => {
  describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
    it.each(pages)('$path has no violations', async (page) => {
      const ctx = await context(locale, colorScheme, page.staff ?? false);
      try {
        const tab = await ctx.newPage();
        await tab.goto(`${server.url}${page.path}`);
        await tab.waitForSelector(page.ready);
        expect(await tab.evaluate(() => document.documentElement.lang)).toBe(locale);
        const results = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        expect(summary).toEqual([]);
      } finally {
        await ctx.close();
      }
    });
  });
});
