import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Role } from '../../shared/roles.js';
import { hostLink } from '../e2e/staffApi.js';
import type { ServerProcess } from './serverProcess.js';

export type StaffRole = Extract<Role, 'moderator' | 'organizer' | 'host'>;
export type StaffTokens = ReadonlyMap<StaffRole, string>;

export const hostStand = 'digitale-doerfer';
const eventPoll = '5f0c6a8e-2b7e-4c39-9a51-0d6f3e2a9b10';
const sessionPoll = '7a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

export interface PageCase {
  path: string;
  /** Waits for the content that makes the page what it is. */
  ready: string;
  role?: StaffRole;
}

/** Every page of the app, each with the role that sees it as its users do. */
export const appPages: PageCase[] = [
  { path: '/', ready: 'h1' },
  { path: '/agenda', ready: 'article[data-session-id]' },
  { path: '/my-agenda', ready: 'h1' },
  { path: '/session/digitale-doerfer', ready: 'h1' },
  { path: '/stands', ready: '[data-stand-id]' },
  { path: '/projekte', ready: '[data-project-id]' },
  { path: `/stand/${hostStand}`, ready: 'h1' },
  { path: '/map', ready: 'svg' },
  { path: `/map?stand=${hostStand}`, ready: 'svg' },
  { path: '/infos', ready: 'h1' },
  { path: '/my-card', ready: '.my-card-form' },
  { path: '/contacts', ready: '.scanner' },
  // A card as the camera app opens it: the card is in the fragment only.
  { path: '/c#1/*OTTILIE+*QUAST/*ORTSGEMEINDE+*H%FCTSCHENHAUSEN////*DORF-*APP', ready: '.received-card' },
  // One that can be sent back to (format 2: a reply address first): "Meine Karte zurückschicken".
  { path: '/c#2/06-A31J:5T*906-A31J:5T*910Z10Z10Z10Z10Z10Z10Z10Z10Z10Z10Z10Z10Z10Z10Z10Z/*OTTILIE+*QUAST', ready: '.send-back' },
  { path: '/staff', ready: 'input' },
  { path: '/moderation', ready: '[data-edit-session]', role: 'moderator' },
  { path: '/moderation/questions', ready: '[data-mode-for]', role: 'moderator' },
  { path: '/host', ready: 'h1', role: 'host' },
  { path: '/organizer', ready: 'h1', role: 'organizer' },
  { path: '/organizer/import', ready: 'input[type="file"]', role: 'organizer' },
  { path: '/screen/eroeffnung', ready: 'h1' },
  { path: `/poll/${eventPoll}`, ready: '[data-poll-id]' },
  { path: '/moderation/polls', ready: 'li[data-staff-poll]', role: 'moderator' },
  { path: `/screen/${hostStand}`, ready: '[data-screen-poll] [data-poll-results]' },
  { path: '/impressum', ready: '[data-legal-page] .legal-text h2' },
  { path: '/datenschutz', ready: '[data-legal-page] .legal-text h2' },
  { path: '/barrierefreiheit', ready: '[data-legal-page] .legal-text h2' },
  { path: '/barrierefreiheit/melden', ready: 'form[data-form="barrier"]' },
  { path: '/leichte-sprache', ready: '[data-legal-page] .legal-text h2' },
  { path: '/meine-daten', ready: '.my-data h1' },
  { path: '/wer-ist-da', ready: '.directory-join' },
  // Without a video: the page says so (the start page shows no link to it then).
  { path: '/gebaerdensprache', ready: 'h1' },
];

/**
 * Opens a page in a tab going from page to page: as the app's own links move (history.pushState,
 * no reload) when the tab shows the app already, so one tab loads the app once; by loading it
 * otherwise, for the big screen and a card (whose address carries the card in its fragment), and
 * for the same page with another query. Waits for the new page's content, not the last one's.
 */
export async function visitPage(tab: Page, base: string, page: PageCase): Promise<void> {
  const here = tab.url().startsWith(base) ? new URL(tab.url()) : null;
  const target = new URL(page.path, base);
  const loads = (url: URL) => url.pathname.startsWith('/screen/') || url.hash !== '';
  if (!here || loads(here) || loads(target) || (here.pathname === target.pathname && here.search !== target.search)) {
    await tab.goto(target.href);
    await tab.waitForSelector(page.ready);
    return;
  }
  const samePage = here.pathname === target.pathname;
  await tab.evaluate(([path, markOld]) => {
    if (markOld) document.querySelector('main')?.firstElementChild?.setAttribute('data-left', '');
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate'));
  }, [page.path, !samePage] as const);
  await tab.waitForSelector(`main > :not([data-left]) ${page.ready}, main > :not([data-left])${page.ready}`);
}

/**
 * What the poll pages need to show: an event-wide poll with its own page, and a session poll with
 * revealed results (on the session page and the big screen). Call once per server, before the pages.
 */
export async function addPagePolls(server: ServerProcess, moderatorToken: string): Promise<void> {
  const run = (type: string, payload: unknown) => server.command(moderatorToken, type, payload);
  await run('poll:create', {
    pollId: eventPoll,
    setup: { sessionId: null, kind: 'multiple', question: 'Wer nutzt das schon in seiner Kommune?', options: ['Ja', 'In Planung', 'Nein'], maxChoices: 2 },
  });
  await run('poll:open', { pollId: eventPoll });
  await run('poll:create', {
    pollId: sessionPoll,
    setup: { sessionId: hostStand, kind: 'rating', question: 'Wie bewerten Sie den Vortrag?', options: [], scale: 5, lowLabel: 'schwach', highLabel: 'sehr gut' },
  });
  await run('poll:open', { pollId: sessionPoll });
  await run('poll:reveal', { pollId: sessionPoll });
}

/** A token per staff role, from the printed links and a fresh host code. */
export async function staffTokens(server: ServerProcess): Promise<StaffTokens> {
  return new Map<StaffRole, string>([
    ['moderator', await server.tokenFor(server.links.moderator)],
    ['organizer', await server.tokenFor(server.links.organizer)],
    ['host', await server.tokenFor(await hostLink(server, hostStand))],
  ]);
}

/** A context in one language and colour scheme, signed in as `role` when given. */
export async function pageContext(
  browser: Browser,
  options: {
    locale: 'de' | 'en';
    colorScheme: 'light' | 'dark';
    role: StaffRole | undefined;
    tokens: StaffTokens;
    viewport?: { width: number; height: number };
    phone?: boolean;
  },
): Promise<BrowserContext> {
  const ctx = await browser.newContext({
    viewport: options.viewport ?? { width: 390, height: 844 },
    colorScheme: options.colorScheme,
    locale: 'de-DE',
    reducedMotion: 'reduce',
    ...(options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  const role = options.role;
  const staff = role ? { role, token: options.tokens.get(role) ?? '', stand: role === 'host' ? hostStand : '' } : null;
  await ctx.addInitScript(
    ([lang, signedIn]) => {
      localStorage.setItem('ortstermin.locale', lang);
      if (signedIn) {
        localStorage.setItem('ortstermin.staffToken', signedIn.token);
        localStorage.setItem('ortstermin.staffRole', signedIn.role);
        if (signedIn.stand) localStorage.setItem('ortstermin.staffStand', signedIn.stand);
      }
    },
    [options.locale, staff] as const,
  );
  return ctx;
}
