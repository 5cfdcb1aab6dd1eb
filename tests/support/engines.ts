import { spawn } from 'node:child_process';
import type { Browser as PlaywrightBrowser } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { phoneContext } from './browser.js';
import { freePort } from './reverseProxy.js';

/**
 * A phone-sized tab in one of the three engines phones use, driven the same way in each: go to an
 * address, and run a script in the page (an async function body; its result comes back as JSON).
 */
export interface EngineTab {
  goto(url: string): Promise<void>;
  /** What the script returned: unknown until the caller checks it. */
  run(body: string): Promise<unknown>;
  /** A PNG of what the phone shows, for a person to look at. */
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export type Engine = 'chromium' | 'firefox' | 'webkit';
const phone = { width: 390, height: 844 };
const script = (body: string) => `(async () => { ${body} })()`;

export async function chromiumTab(browser: PlaywrightBrowser): Promise<EngineTab> {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  return {
    goto: async (url) => void (await page.goto(url)),
    run: (body): Promise<unknown> => page.evaluate(script(body)),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    close: () => context.close(),
  };
}

/** Debian's Firefox ESR over WebDriver BiDi. */
export async function firefoxTab(): Promise<EngineTab> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, extraPrefsFirefox: { 'intl.accept_languages': 'de-DE' } });
  const page = await browser.newPage();
  await page.setViewport(phone);
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    run: (body): Promise<unknown> => page.evaluate(script(body)),
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
    close: () => browser.close(),
  };
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver, under a virtual X display. */
export async function webkitTab(): Promise<EngineTab> {
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { stdio: 'ignore', detached: true });
  const stopDriver = () => {
    if (driver.pid !== undefined) process.kill(-driver.pid, 'SIGTERM');
  };
  try {
    await waitForPort(port);
    // WebKitGTK's own capability: the browser binary to drive, in automation mode.
    // Classic WebDriver: WebKitWebDriver has no BiDi, which webdriverio asks for by default.
    const capabilities = {
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
    };
    const browser = await remote({ hostname: '127.0.0.1', port, path: '/', logLevel: 'error', capabilities });
    await browser.setWindowSize(phone.width, phone.height);
    return {
      goto: async (url) => void (await browser.url(url)),
      run: (body): Promise<unknown> => browser.execute(`return ${script(body)};`),
      screenshot: async (file) => void (await browser.saveScreenshot(file)),
      close: async () => {
        await browser.deleteSession().catch(() => undefined);
        stopDriver();
      },
    };
  } catch (error) {
    stopDriver();
    throw error;
  }
}

async function waitForPort(port: number, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
    if (up) return;
    if (Date.now() - start > timeoutMs) throw new Error(`WebKitWebDriver did not answer on port ${port}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Runs `body` in the tab until it returns something truthy. */
export async function until(tab: EngineTab, body: string, what: string, timeoutMs = 20_000): Promise<unknown> {
  const start = Date.now();
  for (;;) {
    const value = await tab.run(body).catch(() => null);
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
