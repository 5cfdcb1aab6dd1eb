import { afterEach } from 'vitest';
import { TestDevice } from './socketClient.js';
import { startTestServer, type RunningApp } from './testServer.js';

/**
 * Servers and devices a test starts, closed after each test however it ends, so every test
 * owns its data and leaves no socket behind.
 */
export function useServers() {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    while (cleanup.length) await cleanup.pop()!();
  });
  const defer = (fn: () => Promise<void> | void) => cleanup.push(fn);
  const track = (d: TestDevice): TestDevice => {
    defer(() => d.disconnect());
    return d;
  };
  return {
    defer,
    track,
    async running(options: Parameters<typeof startTestServer>[0] = {}): Promise<RunningApp> {
      const app = await startTestServer(options);
      defer(() => app.close());
      return app;
    },
    /** A connected device that has caught up; a token makes it staff. */
    device: (url: string, token?: string): Promise<TestDevice> => track(new TestDevice(url, { token })).connect(),
  };
}
