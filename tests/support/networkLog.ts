import type { BrowserContext, Page } from 'playwright-core';

/**
 * Everything a browser context sends and gets over the network, as text: each request's URL,
 * headers and body, and each WebSocket frame both ways. A test then asserts what never appears.
 */
export class NetworkLog {
  readonly entries: string[] = [];

  constructor(context: BrowserContext) {
    context.on('request', (request) => {
      this.entries.push(`${request.method()} ${request.url()} ${JSON.stringify(request.headers())} ${request.postData() ?? ''}`);
    });
    context.on('page', (page) => this.watchSockets(page));
    for (const page of context.pages()) this.watchSockets(page);
  }

  private watchSockets(page: Page): void {
    page.on('websocket', (socket) => {
      this.entries.push(`websocket ${socket.url()}`);
      socket.on('framesent', (frame) => this.entries.push(`sent ${String(frame.payload)}`));
      socket.on('framereceived', (frame) => this.entries.push(`received ${String(frame.payload)}`));
    });
  }

  /** The entries that contain any of these words, compared without case. */
  containing(words: readonly string[]): string[] {
    const lowered = words.map((word) => word.toLowerCase());
    return this.entries.filter((entry) => lowered.some((word) => entry.toLowerCase().includes(word)));
  }
}
