import type { BrowserContext, Page } from 'playwright-core';

/**
 * One tab per kind of visitor (language, colour scheme, width, role), going from page to page as
 * a person does: each page is still loaded at its own address, but the app's start (service
 * worker, first snapshot, a new browser context) is paid once per kind instead of once per page.
 */
export class TabPool {
  private readonly opened = new Map<string, Promise<{ ctx: BrowserContext; tab: Page }>>();

  /** The tab for `key`, opened in the context `open` makes the first time the key is asked for. */
  tab(key: string, open: () => Promise<BrowserContext>): Promise<Page> {
    let found = this.opened.get(key);
    if (!found) {
      found = open().then(async (ctx) => ({ ctx, tab: await ctx.newPage() }));
      this.opened.set(key, found);
    }
    return found.then(({ tab }) => tab);
  }

  async close(): Promise<void> {
    for (const found of this.opened.values()) await (await found).ctx.close();
    this.opened.clear();
  }
}
