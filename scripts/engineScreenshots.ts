/**
 * The attendee's pages on a 390 × 844 phone in Firefox ESR and WebKitGTK (the engines besides
 * Chromium that phones use), for a person to look at: `npx tsx scripts/engineScreenshots.ts [out-dir]`.
 * Not part of `npm test`; the three-engine tests check behaviour, this shows the look.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { addPagePolls, appPages, staffTokens } from '../tests/support/appPages.js';
import { firefoxTab, until, webkitTab, type EngineTab } from '../tests/support/engines.js';
import { ServerProcess } from '../tests/support/serverProcess.js';
import { ensureClientBuild } from './ensureClientBuild.js';

const outDir = resolve(process.argv[2] ?? 'screenshots-engines');
const fileName = (path: string) => path.replace(/^\//, '').replace(/[^a-zA-Z0-9]+/g, '-') || 'start';
const attendeePages = appPages.filter((page) => !page.role && !page.path.startsWith('/screen/'));

async function shootAll(engine: string, open: () => Promise<EngineTab>, baseUrl: string): Promise<void> {
  const tab = await open();
  try {
    for (const page of attendeePages) {
      await tab.goto(`${baseUrl}${page.path}`);
      await until(tab, `return !!document.querySelector(${JSON.stringify(page.ready)});`, `${engine} ${page.path}`);
      await new Promise((r) => setTimeout(r, 300));
      const file = resolve(outDir, `${engine}-${fileName(page.path)}.png`);
      await tab.screenshot(file);
      console.log(file);
    }
  } finally {
    await tab.close();
  }
}

await ensureClientBuild();
mkdirSync(outDir, { recursive: true });
const server = await new ServerProcess({ DEMO_DATE: '2026-05-14' }).start();
try {
  await addPagePolls(server, (await staffTokens(server)).get('moderator') ?? '');
  await shootAll('firefox', firefoxTab, server.url);
  await shootAll('webkit', webkitTab, server.url);
} finally {
  await server.dispose();
}
