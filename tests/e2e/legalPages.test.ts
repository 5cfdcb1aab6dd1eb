import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { legalPages } from '../../shared/legal.js';
import { addPagePolls, pageContext, staffTokens, type StaffTokens } from '../support/appPages.js';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';
import { waitForSavedState, waitForServiceWorkerControl } from '../support/pwa.js';

const e2e = useBrowserSession();
let tokens: StaffTokens = new Map();
const targets = legalPages.map((page) => `/${page}`);

beforeAll(async () => {
  tokens = await staffTokens(e2e.server);
  await addPagePolls(e2e.server, tokens.get('moderator') ?? '');
});

const setLegal = (page: string, language: string, text: string) =>
  e2e.server.command(tokens.get('organizer') ?? '', 'legal:set-page', { page, language, text });

describe('the legal pages', () => {
  it('name Leichte Sprache on the start page, and the link leads there (every page links every legal page: accessibility.test.ts)', async () => {
    const ctx = await pageContext(e2e.browser, { locale: 'de', colorScheme: 'light', role: undefined, tokens });
    const tab = await ctx.newPage();
    await tab.goto(`${e2e.server.url}/`);
    await tab.getByRole('link', { name: 'Leichte Sprache' }).click();
    await expect.poll(() => tab.locator('h1').textContent(), { timeout: 10_000 }).toBe('Leichte Sprache');
    await ctx.close();
  });

  it("render the organizer's Markdown as elements: a <script> as text, a javascript: link dropped, a link to another host marked", async () => {
    const markdown = '## Kontakt\n\n<script>window.pwned = 1</script>\n\n[Klick mich](javascript:window.pwned=2)\n\n[Stadt Kaiserslautern](https://www.kaiserslautern.de)';
    expect(await setLegal('impressum', 'de', markdown)).toMatchObject({ ok: true });
    try {
      const ctx = await pageContext(e2e.browser, { locale: 'de', colorScheme: 'light', role: undefined, tokens });
      const tab = await ctx.newPage();
      await tab.goto(`${e2e.server.url}/impressum`);
      await expect.poll(() => tab.locator('.legal-text h2').first().textContent(), { timeout: 10_000 }).toBe('Kontakt');
      const text = tab.locator('.legal-text');
      expect(await text.textContent()).toContain('<script>window.pwned = 1</script>');
      expect(await text.textContent()).toContain('Klick mich');
      expect(await tab.locator('.legal-text script, a[href^="javascript"]').count()).toBe(0);
      const external = text.locator('a.external-link');
      expect(await external.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await external.textContent()).toContain('(externer Link)');
      await tab.locator('text=Klick mich').click();
      expect(await tab.evaluate(() => Reflect.get(window, 'pwned'))).toBeUndefined();
      await ctx.close();

      // No English text from the organizer: their German one, marked as German.
      const english = await pageContext(e2e.browser, { locale: 'en', colorScheme: 'light', role: undefined, tokens });
      const en = await english.newPage();
      await en.goto(`${e2e.server.url}/impressum`);
      await expect.poll(() => en.locator('.legal-text[lang="de"] h2').first().textContent(), { timeout: 10_000 }).toBe('Kontakt');
      expect(await en.locator('.legal-page .notice').textContent()).toBe('This text is only available in German.');
      await english.close();
    } finally {
      await setLegal('impressum', 'de', '');
    }
  });

  it('"Barriere melden" from the statement: the report, with the page it came from, reaches the organizer page', async () => {
    const ctx = await pageContext(e2e.browser, { locale: 'de', colorScheme: 'light', role: undefined, tokens });
    const tab = await ctx.newPage();
    await tab.goto(`${e2e.server.url}/stands`);
    await tab.getByRole('link', { name: 'Barrierefreiheit' }).first().click();
    await tab.getByRole('link', { name: 'Barriere melden' }).first().click();
    expect(await tab.getByLabel('Auf welcher Seite?').inputValue()).toBe('/stands');
    const problem = `Die Suche der Stände liest der Screenreader doppelt vor (${Date.now()}).`;
    await tab.getByLabel('Was ist das Problem?').fill(problem);
    await tab.getByLabel(/E-Mail-Adresse/).fill('meldung@example.org');
    await tab.getByRole('button', { name: 'Meldung senden' }).click();
    await expect.poll(() => tab.locator('[data-form="barrier"] [role="status"]').textContent(), { timeout: 10_000 }).toContain('Danke');
    await ctx.close();

    const organizer = await pageContext(e2e.browser, { locale: 'de', colorScheme: 'light', role: 'organizer', tokens });
    const desk = await organizer.newPage();
    await desk.goto(`${e2e.server.url}/organizer`);
    const report = desk.locator('[data-barrier-report]', { hasText: problem });
    await expect.poll(() => report.count(), { timeout: 10_000 }).toBe(1);
    expect(await report.textContent()).toContain('/stands');
    expect(await report.textContent()).toContain('meldung@example.org');
    await organizer.close();
  });

  it('open with the server stopped: the proposals and the organizer’s text from the phone’s copy', async () => {
    const written = z.object({ ok: z.literal(true), seq: z.number() }).parse(await setLegal('datenschutz', 'de', '## Verantwortlich\n\nStadt Kaiserslautern, offline lesbar'));
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/impressum`);
    await waitForServiceWorkerControl(page);
    await waitForSavedState(page, written.seq);
    await e2e.server.stop();
    try {
      for (const path of [...targets, '/barrierefreiheit/melden']) {
        await page.goto(`${e2e.server.url}${path}`);
        await page.waitForSelector('h1');
        expect(await page.locator('main').textContent(), path).toMatch(path === '/datenschutz' ? /offline lesbar/ : /\w{20}/);
      }
    } finally {
      await e2e.server.start();
      await context.close();
      await setLegal('datenschutz', 'de', '');
    }
  });
});
