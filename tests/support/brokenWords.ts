import type { Page } from 'playwright-core';

/** Headings, labels and buttons: where a word split across two lines is a layout defect. */
export const wholeWordElements = 'h1, h2, h3, .event-name, .bottom-nav .nav-link span, button, .button';

/**
 * The words inside the visible elements matching `selector` that the browser laid out across two
 * lines, measured in the page. A line may end after a hyphen ("Cochem-|Zell"), as in print.
 */
export function brokenWords(page: Page, selector: string = wholeWordElements): Promise<string[]> {
  return page.evaluate((selector) => {
    // checkVisibility: also false inside a closed <details>, whose content still has boxes.
    const visible = (element: Element) => element instanceof HTMLElement && element.checkVisibility() && !element.closest('.visually-hidden');
    const broken: string[] = [];
    for (const element of [...document.querySelectorAll(selector)].filter(visible)) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/[^\s\-‐]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          // A word clipped away (line-clamp) has no box; one across two lines has two.
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, selector);
}
