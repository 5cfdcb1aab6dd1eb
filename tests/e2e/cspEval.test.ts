import { beforeAll, describe, expect, it } from 'vitest';
import { pageContext, staffTokens, type StaffTokens } from '../support/appPages.js';
import { useBrowserSession } from '../support/browserSession.js';

const e2e = useBrowserSession();
let tokens: StaffTokens = new Map();
beforeAll(async () => {
  tokens = await staffTokens(e2e.server);
});

describe('the Content Security Policy (issue 30)', () => {
  it('sees no eval on pages that validate with zod: no violation report, the policy unchanged', async () => {
    const ctx = await pageContext(e2e.browser, { locale: 'de', colorScheme: 'light', role: 'organizer', tokens });
    try {
      await ctx.addInitScript(() => {
        const seen: string[] = [];
        Reflect.set(window, '__violations', seen);
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      const tab = await ctx.newPage();
      const policy = (await tab.goto(`${e2e.server.url}/organizer`))?.headers()['content-security-policy'] ?? '';
      expect(policy).toMatch(/script-src [^;]*'self'/);
      expect(policy).not.toContain('unsafe-eval');
      // The organizer page reads its codes and the set-up through zod schemas.
      await tab.waitForSelector('.version-line');
      await tab.goto(`${e2e.server.url}/organizer/import`);
      await tab.waitForSelector('input[type="file"]');
      expect(await tab.evaluate(() => Reflect.get(window, '__violations') as unknown)).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});
