import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDayEnv } from '../support/browserSession.js';
import { firefoxTab, until } from '../support/engines.js';
import { ServerProcess } from '../support/serverProcess.js';

let server: ServerProcess;
beforeAll(async () => {
  server = await new ServerProcess(demoDayEnv).start();
});
afterAll(() => server?.dispose());

/**
 * Seen in Firefox: a person who went on to the next page while the app was still being saved for
 * offline use was told "Neue Version verfügbar", though it was the first version the phone had.
 * That page finds the install already running, counts it as someone else's ("external") and the
 * registration helper offers it as an update; reloading would have changed nothing.
 */
describe('the first visit in Firefox', () => {
  it('offers no new version while the first one is still being saved', async () => {
    const tab = await firefoxTab();
    try {
      await tab.goto(`${server.url}/`);
      await until(tab, `const r = await navigator.serviceWorker.getRegistration(); return Boolean(r?.installing || r?.active);`, 'the install starts');
      await tab.goto(`${server.url}/agenda`);
      await until(tab, `return (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated';`, 'the first version is saved', 60_000);
      // The prompt comes with the "installed" event, before "activated"; a beat for the page to render it.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await tab.run(`return { prompt: Boolean(document.querySelector('.update-prompt')), waiting: Boolean((await navigator.serviceWorker.getRegistration())?.waiting) };`)).toEqual({
        prompt: false,
        waiting: false,
      });
    } finally {
      await tab.close();
    }
  });
});
