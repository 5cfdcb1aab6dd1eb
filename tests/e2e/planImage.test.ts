import { describe, expect, it } from 'vitest';
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

    // The organizer's page, as the organizer uploads it.
    const organizer = await (await phoneContext(e2e.browser)).newPage();
    await organizer.goto(e2e.server.links.organizer);
    await organizer.waitForURL(/\/organizer$/);
    // The image is named by a command, which goes over the live connection.
    await organizer.locator('p.connection[data-status="online"]').waitFor({ timeout: 15_000 });
    const form = organizer.locator('form[data-form="plan-image"]');
    await form.getByLabel('Bilddatei').setInputFiles({ name: 'hallenplan.png', mimeType: 'image/png', buffer: solidPng(160, 100, [250, 236, 200]) });
    await form.getByRole('button', { name: 'Hochladen und zeigen' }).click();
    await form.getByText('Das Bild ist jetzt auf der Karte.').waitFor({ timeout: 15_000 });
    if (shots) await form.screenshot({ path: `${shots}/organizer-plan-image.png` });

    const drawn = page.locator('image.plan-image');
    await drawn.waitFor({ state: 'attached', timeout: 15_000 });
    const href = (await drawn.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/api\/blobs\/[0-9a-f]{64}$/);
    // Kept by the service worker as soon as the phone knew of it.
    const kept = () => page.evaluate(async () => (await (await caches.open('ortstermin-plan-images')).keys()).map((request) => new URL(request.url).pathname));
    await expect.poll(kept, { timeout: 15_000 }).toContain(href);
    if (shots) await page.screenshot({ path: `${shots}/map-with-plan-image.png` });

    await e2e.server.stop();
    await page.reload();
    await page.locator('image.plan-image').waitFor({ state: 'attached', timeout: 15_000 });
    const loadsOffline = await page.evaluate(async (href) => {
      const img = new Image();
      img.src = href;
      await img.decode();
      return img.naturalWidth;
    }, href);
    expect(loadsOffline).toBe(160);
    await context.close();
  });
});
