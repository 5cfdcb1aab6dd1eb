/**
 * Every page at 390 × 844 (German and English, light and dark) and the big screen at
 * 1920 × 1080, written into one folder with an index.html that shows them side by side.
 * `npm run screenshots [-- out-dir]`; not part of `npm test`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addPagePolls, appPages, pageContext, staffTokens } from '../tests/support/appPages.js';
import { launchBrowser } from '../tests/support/browser.js';
import { ServerProcess } from '../tests/support/serverProcess.js';
import { ensureClientBuild } from './ensureClientBuild.js';

const outDir = resolve(process.argv[2] ?? 'screenshots');
const fileName = (path: string) => path.replace(/^\//, '').replace(/[^a-zA-Z0-9]+/g, '-') || 'start';

await ensureClientBuild();
mkdirSync(outDir, { recursive: true });
// The browser tests' demo day (tests/support/browserSession.ts imports vitest, so not from there).
const server = await new ServerProcess({ DEMO_DATE: '2026-05-14' }).start();
const browser = await launchBrowser();
const shots: { file: string; caption: string }[] = [];
try {
  const tokens = await staffTokens(server);
  await addPagePolls(server, tokens.get('moderator') ?? '');
  for (const locale of ['de', 'en'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const page of appPages) {
        const screen = page.path.startsWith('/screen/');
        const viewport = screen ? { width: 1920, height: 1080 } : { width: 390, height: 844 };
        const ctx = await pageContext(browser, { locale, colorScheme, role: page.role, tokens, viewport, phone: !screen });
        try {
          const tab = await ctx.newPage();
          await tab.goto(`${server.url}${page.path}`);
          await tab.waitForSelector(page.ready);
          await tab.waitForTimeout(300);
          const file = `${locale}-${colorScheme}-${fileName(page.path)}.png`;
          await tab.screenshot({ path: resolve(outDir, file), fullPage: !screen });
          shots.push({ file, caption: `${page.path} · ${locale} · ${colorScheme}` });
          console.log(file);
        } finally {
          await ctx.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.dispose();
}
const figures = shots
  .map((s) => `<figure><img src="${s.file}" alt="" loading="lazy"><figcaption>${s.caption}</figcaption></figure>`)
  .join('\n');
writeFileSync(
  resolve(outDir, 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>Ortstermin screenshots</title>
<style>body{font:14px system-ui;display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}figure{margin:0;width:300px}img{width:100%;border:1px solid #ccc}</style>
${figures}`,
);
console.log(`${shots.length} screenshots in ${outDir}`);
