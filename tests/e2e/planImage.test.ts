import { describe, expect, it } from 'vitest';
import { planImageUploadReply } from '../../shared/mediaSchemas.js';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';
import { solidPng } from '../support/mediaFiles.js';
import { waitForServiceWorkerControl } from '../support/pwa.js';

const e2e = useBrowserSession();
const shots = process.env.SHOTS_DIR;

describe('the floor plan image on the phone’s map', () => {
  it('appears live under the stands once the organizer sets it, is kept by the phone, and shows with the server stopped', async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/map`);
    await waitForServiceWorkerControl(page);
    await page.locator('svg.venue-map-svg').waitFor();
    expect(await page.locator('image.plan-image').count()).toBe(0);

    const token = await e2e.server.tokenFor(e2e.server.links.organizer);
    const response = await fetch(`${e2e.server.url}/api/plan/image`, {
      method: 'POST',
      headers: { 'content-type': 'image/png', authorization: `Bearer ${token}` },
      body: new Uint8Array(solidPng(160, 100, [250, 236, 200])),
    });
    const { image } = planImageUploadReply.parse(await response.json());
    expect(await e2e.server.command(token, 'plan:set-image', { image })).toMatchObject({ ok: true });

    const drawn = page.locator('image.plan-image');
    await drawn.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await drawn.getAttribute('href')).toBe(`/api/blobs/${image.hash}`);
    // Kept by the service worker as soon as the phone knew of it.
    const kept = () => page.evaluate(async () => (await (await caches.open('ortstermin-plan-images')).keys()).map((request) => new URL(request.url).pathname));
    await expect.poll(kept, { timeout: 15_000 }).toContain(`/api/blobs/${image.hash}`);
    if (shots) await page.screenshot({ path: `${shots}/map-with-plan-image.png` });

    await e2e.server.stop();
    await page.reload();
    await page.locator('image.plan-image').waitFor({ state: 'attached', timeout: 15_000 });
    const loadsOffline = await page.evaluate(async (href) => {
      const img = new Image();
      img.src = href;
      await img.decode();
      return img.naturalWidth;
    }, `/api/blobs/${image.hash}`);
    expect(loadsOffline).toBe(160);
    await context.close();
  });
});
