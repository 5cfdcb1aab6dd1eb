import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/roles.js';
import { useBrowserSession } from '../support/browserSession.js';
import { hostLink } from './staffApi.js';

const e2e = useBrowserSession();

type StaffRole = Extract<Role, 'moderator' | 'organizer' | 'host'>;
const tokens = new Map<StaffRole, string>();
const hostStand = 'digitale-doerfer';

beforeAll(async () => {
  tokens.set('moderator', await e2e.server.tokenFor(e2e.server.links.moderator));
  tokens.set('organizer', await e2e.server.tokenFor(e2e.server.links.organizer));
  tokens.set('host', await e2e.server.tokenFor(await hostLink(e2e.server, hostStand)));
  await addPolls(tokens.get('moderator') ?? '');
});

/** An event-wide poll with its own page, and a session poll with revealed results, so their UI is checked too. */
const eventPoll = '5f0c6a8e-2b7e-4c39-9a51-0d6f3e2a9b10';
const sessionPoll = '7a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
async function addPolls(token: string): Promise<void> {
  const run = (type: string, payload: unknown) => e2e.server.command(token, type, payload);
  await run('poll:create', { pollId: eventPoll, setup: { sessionId: null, kind: 'multiple', question: 'Wer nutzt das schon in seiner Kommune?', options: ['Ja', 'In Planung', 'Nein'], maxChoices: 2 } });
  await run('poll:open', { pollId: eventPoll });
  await run('poll:create', { pollId: sessionPoll, setup: { sessionId: hostStand, kind: 'rating', question: 'Wie bewerten Sie den Vortrag?', options: [], scale: 5, lowLabel: 'schwach', highLabel: 'sehr gut' } });
  await run('poll:open', { pollId: sessionPoll });
  await run('poll:reveal', { pollId: sessionPoll });
}

interface PageCase {
  path: string;
  /** Waits for the content that makes the page what it is. */
  ready: string;
  role?: StaffRole;
}

/** Every page of the app, each with the role that sees it as its users do. */
const pages: PageCase[] = [
  { path: '/', ready: 'h1' },
  { path: '/agenda', ready: 'article[data-session-id]' },
  { path: '/my-agenda', ready: 'h1' },
  { path: '/session/digitale-doerfer', ready: 'h1' },
  { path: '/stands', ready: '[data-stand-id]' },
  { path: `/stand/${hostStand}`, ready: 'h1' },
  { path: '/map', ready: 'svg' },
  { path: `/map?stand=${hostStand}`, ready: 'svg' },
  { path: '/infos', ready: 'h1' },
  { path: '/staff', ready: 'input' },
  { path: '/moderation', ready: 'form[data-session-id]', role: 'moderator' },
  { path: '/moderation/questions', ready: 'h1', role: 'moderator' },
  { path: '/host', ready: 'h1', role: 'host' },
  { path: '/organizer', ready: 'h1', role: 'organizer' },
  { path: '/organizer/import', ready: 'input[type="file"]', role: 'organizer' },
  { path: '/screen/eroeffnung', ready: 'h1' },
  { path: `/poll/${eventPoll}`, ready: '[data-poll-id]' },
  { path: '/moderation/polls', ready: 'li[data-staff-poll]', role: 'moderator' },
  { path: `/screen/${hostStand}`, ready: '[data-screen-poll] [data-poll-results]' },
];

async function context(locale: 'de' | 'en', colorScheme: 'light' | 'dark', role: StaffRole | undefined): Promise<BrowserContext> {
  const ctx = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme, locale: 'de-DE', reducedMotion: 'reduce' });
  const staff = role ? { role, token: tokens.get(role) ?? '', stand: role === 'host' ? hostStand : '' } : null;
  await ctx.addInitScript(
    ([lang, signedIn]) => {
      localStorage.setItem('ortstermin.locale', lang);
      if (signedIn) {
        localStorage.setItem('ortstermin.staffToken', signedIn.token);
        localStorage.setItem('ortstermin.staffRole', signedIn.role);
        if (signedIn.stand) localStorage.setItem('ortstermin.staffStand', signedIn.stand);
      }
    },
    [locale, staff] as const,
  );
  return ctx;
}

describe.each(['de', 'en'] as const)('WCAG 2.1 A/AA in %s', (locale) => {
  describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
    it.each(pages)('$path has no violations', async (page) => {
      const ctx = await context(locale, colorScheme, page.role);
      try {
        const tab = await ctx.newPage();
        await tab.goto(`${e2e.server.url}${page.path}`);
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

/**
 * What a page lays out on a phone (the big screen: a projector) with the text at 200 %, and which controls are too small.
 * The larger text comes in as a user style sheet would (the page's CSP would refuse it otherwise).
 */
async function layoutProblems(path: string, ready: string): Promise<{ overflow: number; small: string[]; wide: string[] }> {
  // The big screen is a projector in a hall, not a phone.
  const phone = !path.startsWith('/screen/');
  const viewport = phone ? { width: 390, height: 844 } : { width: 1280, height: 720 };
  const ctx = await e2e.browser.newContext({ viewport, isMobile: phone, hasTouch: phone, locale: 'de-DE', bypassCSP: true });
  try {
    const tab = await ctx.newPage();
    await tab.goto(`${e2e.server.url}${path}`);
    await tab.waitForSelector(ready);
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
        const clipped = node.parentElement?.closest('.visually-hidden');
        if (!clipped && range.getBoundingClientRect().right > width + 1) wide.push((node.textContent ?? '').trim().slice(0, 30));
      }
      return { overflow, small, wide };
    });
  } finally {
    await ctx.close();
  }
}

describe('text at 200 % and touch targets', () => {
  it.each(pages.filter((page) => !page.role))('$path reflows without horizontal scrolling and has 44 px controls', async (page) => {
    const problems = await layoutProblems(page.path, page.ready);
    expect({ overflow: problems.overflow, wide: problems.wide }).toEqual({ overflow: 0, wide: [] });
    expect(problems.small).toEqual([]);
  });
});
