import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { ServerProcess } from './serverProcess.js';

/** The demo day the browser tests run on: a Thursday in May, far from any clock change. */
export const demoDayEnv = { DEMO_DATE: '2026-05-14' };

export interface BrowserSession {
  readonly server: ServerProcess;
  readonly browser: Browser;
}

/**
 * One real server process and one Chromium for a test file, started before its tests and
 * stopped after them. Read the fields inside tests and hooks, not at import time.
 */
export function useBrowserSession(env: Record<string, string> = demoDayEnv): BrowserSession {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await new ServerProcess(env).start();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser session has not started');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}
