import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Download } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromiumServer() {
  return chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs });
}

export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs] });
}

/** A connection to a Chromium started by `launchChromiumServer`; closing it closes the contexts it made. */
export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

/** What a download holds, as text (read as a stream: a path exists only with a browser of one's own). */
export async function downloadedText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A browser with a real profile on disk, as a phone has: Chromium never offers to install an app
 * from an incognito context, which is what `newContext` gives.
 */
export async function launchProfileBrowser(
  options: { extraArgs?: readonly string[]; env?: Record<string, string> } = {},
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'ortstermin-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: [...chromiumArgs, ...(options.extraArgs ?? [])],
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    viewport: { width: 390, height: 844 },
    locale: 'de-DE',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A phone-sized context in German; the zone is set far from Berlin on purpose. */
export function phoneContext(browser: Browser, options: { timezoneId?: string; locale?: string } = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: options.locale ?? 'de-DE',
    timezoneId: options.timezoneId ?? 'America/New_York',
  });
}
