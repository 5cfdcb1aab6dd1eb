import AxeBuilder from '@axe-core/playwright';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { routeKeyParam } from '../../shared/protocol.js';
import { launchProfileBrowser } from '../support/browser.js';
import { demoDayEnv } from '../support/browserSession.js';
import { homeTrusting, makeCertificates } from '../support/certificates.js';
import { waitForSavedState, waitForServiceWorkerControl } from '../support/pwa.js';
import { freePort } from '../support/reverseProxy.js';
import { ServerProcess } from '../support/serverProcess.js';
import { tempDir } from '../support/testServer.js';

const scratch = tempDir('ortstermin-venue-');
const certs = makeCertificates(`${scratch.path}/certs`);
/** The venue's name, as DNS at the venue would answer it. */
const venueName = ['--host-resolver-rules=MAP venue.test 127.0.0.1'];
const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const s of servers) await s.dispose();
  scratch.remove();
});

/**
 * The route keys (`routeKeyParam`) on a page's Socket.IO requests, polling and WebSocket: what a
 * front with several processes keeps a phone's session sticky by (deploy/nginx-cluster.conf).
 */
function routeKeysOf(page: Page): { seen: Set<string | null>; requests: number } {
  const keys = { seen: new Set<string | null>(), requests: 0 };
  const note = (url: string) => {
    const parsed = new URL(url);
    if (!parsed.pathname.startsWith('/socket.io/')) return;
    keys.requests++;
    keys.seen.add(parsed.searchParams.get(routeKeyParam));
  };
  page.on('request', (request) => note(request.url()));
  page.on('websocket', (socket) => note(socket.url()));
  return keys;
}

async function serverAt(publicUrl: (port: number) => string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const server = new ServerProcess({ ...demoDayEnv, ...env });
  servers.push(server);
  server.port = await freePort();
  server.env.PUBLIC_URL = publicUrl(server.port);
  return server.start();
}

describe('at the venue', () => {
  it('over HTTPS at https://venue.test: a secure context, installable, the service worker controls it, offline it still shows the agenda', async () => {
    const server = await serverAt((port) => `https://venue.test:${port}`, { TLS_CERT: certs.cert, TLS_KEY: certs.key });
    expect(server.links.attendees).toBe(`https://venue.test:${server.port}/`);
    expect(server.output).not.toContain('WARNING');
    // A phone that trusts the certificate's CA, as it would trust a public CA or the municipality's own.
    const home = homeTrusting(certs.caCert, `${scratch.path}/home`);
    const profile = await launchProfileBrowser({ extraArgs: venueName, env: { HOME: home } });
    try {
      const page = await profile.context.newPage();
      await page.goto(`${server.links.attendees}agenda`);
      expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
      await waitForServiceWorkerControl(page);
      const cdp = await profile.context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
      await waitForSavedState(page);

      await server.stop();
      await page.reload();
      await expect.poll(() => page.locator('article[data-session-id]').count()).toBeGreaterThan(10);
    } finally {
      await profile.close();
    }
  });

  it('over plain http://venue.test: the start prints the warning and the organizer page shows it', async () => {
    const server = await serverAt((port) => `http://venue.test:${port}`);
    const printed = `WARNING: PUBLIC_URL http://venue.test:${server.port} is plain HTTP and not localhost.`;
    await expect.poll(() => server.output).toContain(printed);
    expect(server.output).toContain('no offline use, no install');
    const profile = await launchProfileBrowser({ extraArgs: venueName });
    try {
      const page = await profile.context.newPage();
      const routeKeys = routeKeysOf(page);
      await page.goto(server.links.organizer);
      await page.waitForURL(/\/organizer$/);
      // What the issue found: no secure context, so no service worker at all.
      expect(await page.evaluate(() => [window.isSecureContext, 'serviceWorker' in navigator])).toEqual([false, false]);
      const warning = page.getByRole('region', { name: /Adresse für Telefone ist unverschlüsselt/ });
      await expect.poll(() => warning.isVisible()).toBe(true);
      expect(await warning.textContent()).toContain(`Telefone bekommen http://venue.test:${server.port}.`);
      expect(await warning.textContent()).toContain('nicht offline');
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        // The warning itself: the whole organizer page is checked in accessibility.test.ts.
        const { violations } = await new AxeBuilder({ page }).include('.deploy-warning').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(violations.map((v) => v.id)).toEqual([]);
      }
      if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/deploy-warning.png`, fullPage: false });
      // No secure context, no crypto.randomUUID: the key still comes, one per app start on every request.
      await expect.poll(() => routeKeys.requests).toBeGreaterThan(1);
      expect([...routeKeys.seen]).toEqual([expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)]);
    } finally {
      await profile.close();
    }
  });
});
