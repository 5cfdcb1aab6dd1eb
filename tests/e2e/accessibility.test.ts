import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legalPages } from '../../shared/legal.js';
import { addPagePolls, appPages as pages, pageContext, staffTokens, visitPage, type StaffRole, type StaffTokens } from '../support/appPages.js';
import { useBrowserSession } from '../support/browserSession.js';
import { TabPool } from '../support/tabPool.js';

const e2e = useBrowserSession();
let tokens: StaffTokens = new Map();

beforeAll(async () => {
  tokens = await staffTokens(e2e.server);
  await addPagePolls(e2e.server, tokens.get('moderator') ?? '');
});

const tabs = new TabPool();
afterAll(() => tabs.close());
const tabFor = (locale: 'de' | 'en', colorScheme: 'light' | 'dark', role: StaffRole | undefined) =>
  tabs.tab(`${locale}|${colorScheme}|${role ?? ''}`, () => pageContext(e2e.browser, { locale, colorScheme, role, tokens }));

/**
 * German in both colour schemes, English in the light one: the colours (what dark mode changes) are
 * the same in both languages, and what English changes (words, lengths, lang) shows in one scheme.
 */
const combinations = [['de', 'light'], ['de', 'dark'], ['en', 'light']] as const;
/** The WCAG rules whose outcome a colour scheme changes. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** The legal pages a public body must have one step from every page (the big screen has no navigation). */
const legalLinks = legalPages.map((page) => `/${page}`);

describe.each(combinations)('WCAG 2.1 A/AA in %s, %s mode', (locale, colorScheme) => {
  it.each(pages)('$path has no violations (in light mode: and links every legal page)', async (page) => {
    const tab = await tabFor(locale, colorScheme, page.role);
    await visitPage(tab, e2e.server.url, page);
    expect(await tab.evaluate(() => document.documentElement.lang)).toBe(locale);
    if (colorScheme === 'light' && !page.path.startsWith('/screen/')) {
      const links = await tab.$$eval('a[href]', (as) => as.map((a) => (a instanceof HTMLAnchorElement ? a.pathname : '')));
      expect(legalLinks.filter((target) => !links.includes(target))).toEqual([]);
    }
    const axe = new AxeBuilder({ page: tab });
    // Dark mode changes colours only, English the words only: the colour rules (four fifths of an
    // axe run) run in both German schemes, the others in both light languages.
    const rules = colorScheme === 'dark' ? axe.withRules(colourRules) : axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
    const results = await (locale === 'en' ? rules.disableRules(colourRules) : rules).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(summary).toEqual([]);
  });
});

/**
 * What a page lays out on a phone (the big screen: a projector) with the text at 200 %, and which controls are too small.
 * The larger text comes in as a user style sheet would (the page's CSP would refuse it otherwise).
 */
async function layoutProblems(path: string, ready: string): Promise<{ overflow: number; small: string[]; wide: string[] }> {
  // The big screen is a projector in a hall, not a phone.
  const phone = !path.startsWith('/screen/');
  const viewport = phone ? { width: 390, height: 844 } : { width: 1280, height: 720 };
  // One tab per width, going from page to page: each page still loads at its own address.
  const tab = await tabs.tab(`layout|${phone ? 'phone' : 'projector'}`, () => e2e.browser.newContext({ viewport, isMobile: phone, hasTouch: phone, locale: 'de-DE', bypassCSP: true }));
  await visitPage(tab, e2e.server.url, { path, ready });
  await tab.addStyleTag({ content: 'html { font-size: 200% !important; }' });
  return await tab.evaluate(() => {
    if (getComputedStyle(document.documentElement).fontSize !== '32px') throw new Error('the text did not grow');
    const width = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - width;
    // Buttons, form controls and navigation; links inside running text are exempt (WCAG 2.5.5).
    const controls = document.querySelectorAll<HTMLElement>('button, input:not([type="hidden"]), select, textarea, nav a, a.button-link');
    const small = [...controls]
      .filter((el) => el.offsetParent !== null)
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width < 44 || box.height < 44;
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30) || el.getAttribute('aria-label') || ''}"`);
    // Text sticking out of its box widens the page as much as a box does.
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const wide: string[] = [];
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      // An SVG clips what lies outside its viewport (the map's labels while it zooms), so that text widens nothing.
      const clipped = node.parentElement?.closest('.visually-hidden, svg');
      if (!clipped && range.getBoundingClientRect().right > width + 1) wide.push((node.textContent ?? '').trim().slice(0, 30));
    }
    return { overflow, small, wide };
  });
}

describe('text at 200 % and touch targets', () => {
  it.each(pages.filter((page) => !page.role))('$path reflows without horizontal scrolling and has 44 px controls', async (page) => {
    const problems = await layoutProblems(page.path, page.ready);
    expect({ overflow: problems.overflow, wide: problems.wide }).toEqual({ overflow: 0, wide: [] });
    expect(problems.small).toEqual([]);
  });
});
