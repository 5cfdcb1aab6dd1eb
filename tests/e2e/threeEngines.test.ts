import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useBrowserSession } from '../support/browserSession.js';
import { chromiumTab, firefoxTab, until, webkitTab, type Engine, type EngineTab } from '../support/engines.js';
import { eventually, TestDevice } from '../support/socketClient.js';

/**
 * Issue 30: the attendee's core path in the three engines phones use (Chromium; Firefox ESR over
 * WebDriver BiDi; WebKitGTK, the engine of every iPhone browser, through WebKitWebDriver), at
 * 390 × 844. Offline is the server process stopped.
 */
const e2e = useBrowserSession();
const open: Record<Engine, () => Promise<EngineTab>> = { chromium: () => chromiumTab(e2e.browser), firefox: firefoxTab, webkit: webkitTab };

const sessionCount = `return document.querySelectorAll('article[data-session-id]').length > 5;`;
const controlled = `await navigator.serviceWorker.ready; return navigator.serviceWorker.controller !== null;`;
/** The device state saved in the app's IndexedDB at least at `seq` (what a reload without the server starts from). */
const savedAt = (seq: number) => `
  const db = await new Promise((ok, fail) => { const r = indexedDB.open('ortstermin'); r.onsuccess = () => ok(r.result); r.onerror = fail; });
  if (!db.objectStoreNames.contains('device')) return false;
  const saved = await new Promise((ok) => { const r = db.transaction('device').objectStore('device').get('current'); r.onsuccess = () => ok(r.result); r.onerror = () => ok(null); });
  return (saved?.lastSeq ?? 0) >= ${seq};`;
const manifest = `
  const link = document.querySelector('link[rel="manifest"]');
  const m = await (await fetch(link.href)).json();
  return { name: m.name, display: m.display, icons: m.icons.length, start: m.start_url };`;
const textOf = (id: string) => `return document.querySelector('article[data-session-id="${id}"]')?.textContent ?? '';`;
const shows = (id: string, text: string) => `return (document.querySelector('article[data-session-id="${id}"]')?.textContent ?? '').includes(${JSON.stringify(text)});`;
const askOffline = (text: string) => `
  const field = document.querySelector('form[data-form="ask"] textarea');
  if (!field) return false;
  field.value = ${JSON.stringify(text)};
  field.dispatchEvent(new Event('input', { bubbles: true }));
  document.querySelector('form[data-form="ask"] button[type="submit"]').click();
  return true;`;

/** How often a text stands among the questions a moderator's device holds (live over its socket, not polled: catch-ups are budgeted). */
const countOf = (moderator: TestDevice, text: string) => Object.values(moderator.state.questions).filter((q) => q.text === text).length;

describe.each(['chromium', 'firefox', 'webkit'] as const)('the attendee’s core path in %s', (engine) => {
  it('cold start, service worker and manifest, a live change, a reload and a question with the server stopped', async () => {
    const server = e2e.server;
    const token = await server.tokenFor(server.links.moderator);
    const tab = await open[engine]();
    try {
      await tab.goto(`${server.url}/agenda`);
      await until(tab, sessionCount, 'the agenda renders');
      if (!(await tab.run(controlled).catch(() => false))) await tab.goto(`${server.url}/agenda`);
      await until(tab, controlled, 'the service worker controls the page');
      // The app asks for gzip'd catch-ups where it can unpack them: here it did, and the agenda came.
      expect(await tab.run(`return typeof DecompressionStream === 'function';`)).toBe(true);
      expect(await tab.run(manifest)).toMatchObject({ name: expect.any(String), display: 'standalone', icons: expect.any(Number) });

      const title = `Live in ${engine} ${Date.now()}`;
      const renamed = z.object({ ok: z.literal(true), seq: z.number() }).parse(await server.command(token, 'session:rename', { sessionId: 'ausblick', title }));
      await until(tab, shows('ausblick', title), 'the live change arrives');
      await until(tab, savedAt(renamed.seq), 'the phone keeps its copy');

      await server.stop();
      await tab.goto(`${server.url}/agenda`);
      await until(tab, sessionCount, 'the agenda without the server');
      expect(await tab.run(textOf('ausblick'))).toContain(title);

      const question = `Offline in ${engine} gefragt ${Date.now()}`;
      await tab.goto(`${server.url}/session/digitale-doerfer`);
      await until(tab, askOffline(question), 'the question form without the server');
      await until(tab, `return document.body.textContent.includes('wird gesendet');`, 'the question waits in the outbox');

      await server.start();
      const moderator = await new TestDevice(server.url, { token }).connect();
      try {
        await eventually(() => countOf(moderator, question) === 1, 30_000);
        // Sent again after a reconnect, it must still be one question.
        await tab.goto(`${server.url}/session/digitale-doerfer`);
        await until(tab, `return document.body.textContent.includes(${JSON.stringify(question)});`, 'the question shows on the phone');
        expect(countOf(moderator, question)).toBe(1);
      } finally {
        moderator.disconnect();
      }
    } finally {
      await tab.close();
      if (!server.pid) await server.start();
    }
  }, 120_000);
});
