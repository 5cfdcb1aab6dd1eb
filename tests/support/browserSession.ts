import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectBrowser, launchBrowser } from './browser.js';
import { ServerProcess } from './serverProcess.js';

/** The demo day the browser tests run on: a Thursday in May, far from any clock change. */
export const demoDayEnv = { DEMO_DATE: '2026-05-14' };

export interface BrowserSession {
  readonly server: ServerProcess;
  readonly browser: Browser;
}

/**
 * Chromium for a test file: the one the browser tests' global setup started (starting one per file
 * cost a second or two each), else one of its own. Closing it closes this file's contexts.
 */
export function fileBrowser(): Promise<Browser> {
  const shared = inject('chromiumEndpoint');
  return shared ? connectBrowser(shared) : launchBrowser();
}

/**
 * One real server process and Chromium for a test file, started before its tests and
 * stopped after them. Read the fields inside tests and hooks, not at import time.
 */
export function useBrowserSession(env: Record<string, string> = demoDayEnv): BrowserSession {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await new ServerProcess(env).start();
    browser = await fileBrowser();
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
