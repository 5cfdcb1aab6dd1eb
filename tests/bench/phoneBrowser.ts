import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from '../support/browser.js';
import { startServer } from './cluster.js';
import { median } from './stats.js';

/**
 * Scenario 7 in Chromium: 4× CPU throttling and DevTools' "Slow 4G" (562.5 ms latency,
 * 1.44 Mbit/s down, 675 kbit/s up) through the DevTools protocol. The time to the first agenda
 * render is the page's clock (from navigation start) one frame after the first
 * `article[data-session-id]` is in the DOM. The cold start runs in a fresh browser on the same
 * profile, with the server stopped and the network offline: only a service worker can answer.
 * It is one sample per browser, so it runs `coldStarts` times and reports the median.
 */
const coldStarts = 3;
const selector = 'article[data-session-id]';
/** The agenda page: the start page shows cards only while sessions run or are next. */
const agendaPath = '/agenda';
/** A string, not a function: tsx's transform would add helpers the page does not have. */
const markAgenda = `new MutationObserver(() => {
  if (window.__agendaAt === undefined && document.querySelector(${JSON.stringify(selector)})) {
    window.__agendaAt = -1;
    requestAnimationFrame(() => { window.__agendaAt = performance.now(); });
  }
}).observe(document, { childList: true, subtree: true });`;
const slow4g = { offline: false, latency: 562.5, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };

export interface PhoneTimings {
  firstRenderOnlineMs: number | null;
  offlineColdStartMs: number | null;
  offlineColdStartRunsMs: number[];
  serviceWorker: boolean;
  notes: string[];
}

async function openPhone(profile: string, offline: boolean): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'de-DE',
    offline,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', offline ? { ...slow4g, offline: true } : slow4g);
  await page.addInitScript({ content: markAgenda });
  return { context, page };
}

async function timeToAgenda(page: Page, url: string, timeoutMs: number): Promise<number> {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  const handle = await page.waitForFunction(() => {
    const at = (window as unknown as { __agendaAt?: number }).__agendaAt;
    return at !== undefined && at >= 0 ? at : null;
  }, undefined, { timeout: timeoutMs, polling: 50 });
  return Number(await handle.jsonValue());
}

/** `programme`: the demo, or `big-day` (1,000 sessions, 100 stands with full profiles: `largeEvent.ts`). */
export async function phoneTimings(clientDir: string, programme: 'demo' | 'big-day' = 'demo'): Promise<PhoneTimings> {
  const notes: string[] = [];
  const profile = mkdtempSync(join(tmpdir(), 'ortstermin-phone-'));
  const server = await startServer('app', ['--client-dir', clientDir, '--programme', programme]);
  const result: PhoneTimings = { firstRenderOnlineMs: null, offlineColdStartMs: null, offlineColdStartRunsMs: [], serviceWorker: false, notes };
  try {
    const online = await openPhone(profile, false);
    try {
      result.firstRenderOnlineMs = await timeToAgenda(online.page, server.url + agendaPath, 60_000);
      // The worker must be active (precache done) and the app must have stored its state.
      result.serviceWorker = await online.page.evaluate(async () => {
        if (!('serviceWorker' in navigator) || (await navigator.serviceWorker.getRegistrations()).length === 0) return false;
        const timeout = new Promise<false>((r) => setTimeout(() => r(false), 30_000));
        return Promise.race([navigator.serviceWorker.ready.then(() => true), timeout]);
      });
      await online.page.waitForTimeout(3000);
    } catch (error) {
      notes.push(`online first render failed: ${(error as Error).message.split('\n')[0]}`);
    } finally {
      await online.context.close();
    }
    await server.stop();
    if (!result.serviceWorker) {
      notes.push('no service worker registered: offline cold start not measurable (null)');
      return result;
    }
    for (let run = 0; run < coldStarts; run += 1) {
      const offline = await openPhone(profile, true);
      try {
        result.offlineColdStartRunsMs.push(await timeToAgenda(offline.page, server.url + agendaPath, 30_000));
      } catch (error) {
        notes.push(`offline cold start ${run + 1} failed: ${(error as Error).message.split('\n')[0]}`);
      } finally {
        await offline.context.close();
      }
    }
    result.offlineColdStartMs = median(result.offlineColdStartRunsMs);
    return result;
  } finally {
    await server.stop();
    rmSync(profile, { recursive: true, force: true });
  }
}
