import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';
import { tinyWebm } from '../support/mediaFiles.js';

const e2e = useBrowserSession();
const shots = process.env.SHOTS_DIR;

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe('the DGS video at phone size', () => {
  it('no link without a video; the organizer uploads a WebM, and the attendee’s start page links it live and plays it by byte ranges', async () => {
    const attendee = await (await phoneContext(e2e.browser)).newPage();
    await attendee.goto(`${e2e.server.url}/`);
    await attendee.locator('.now-event-name').waitFor();
    const link = attendee.getByRole('link', { name: 'Informationen in Deutscher Gebärdensprache' });
    expect(await link.count()).toBe(0);

    const organizer = await (await phoneContext(e2e.browser)).newPage();
    await organizer.goto(e2e.server.links.organizer);
    await organizer.waitForURL(/\/organizer$/);
    // The video is named by a command, which goes over the live connection: "Keine Verbindung" before it stands (seen in CI).
    await organizer.locator('p.connection[data-status="online"]').waitFor({ timeout: 15_000 });
    const form = organizer.locator('form[data-form="sign-video"]');
    await form.getByText('Noch kein Video: Die Startseite zeigt keinen Link.').waitFor();
    const video = tinyWebm(20_000);
    await form.getByLabel('Videodatei').setInputFiles({ name: 'dgs-erklaerung.webm', mimeType: 'video/webm', buffer: video });
    await form.getByRole('button', { name: 'Hochladen und verlinken' }).click();
    // The form's own words, so a refusal shows what it said; the upload may be slow beside other tests.
    await expect.poll(() => form.textContent(), { timeout: 45_000 }).toContain('Das Video ist jetzt auf der Startseite verlinkt.');
    await form.getByText('Jetzt verlinkt: WebM, 0.1 MB').waitFor();
    if (shots) await form.screenshot({ path: `${shots}/organizer-sign-video.png` });

    // Live on the attendee's phone, no reload.
    await link.waitFor({ timeout: 15_000 });
    if (shots) await attendee.screenshot({ path: `${shots}/start-page-dgs-link.png` });
    expect(await axeViolations(attendee)).toEqual([]);
    await link.click();
    await attendee.waitForURL(/\/gebaerdensprache$/);
    const source = attendee.locator('video.dgs-video source');
    await source.waitFor({ state: 'attached' });
    expect(await source.getAttribute('type')).toBe('video/webm');
    const src = await source.getAttribute('src');
    expect(src).toMatch(/^\/api\/blobs\/[0-9a-f]{64}$/);
    if (shots) await attendee.screenshot({ path: `${shots}/sign-language-page.png` });
    expect(await axeViolations(attendee)).toEqual([]);
    // What a phone's player asks to seek: a range, answered 206 with just those bytes.
    const ranged = await attendee.evaluate(async (url) => {
      const response = await fetch(url, { headers: { range: 'bytes=4-7' } });
      return { status: response.status, range: response.headers.get('content-range'), bytes: [...new Uint8Array(await response.arrayBuffer())] };
    }, src ?? '');
    expect(ranged).toEqual({ status: 206, range: `bytes 4-7/${video.length}`, bytes: [...video.subarray(4, 8)] });

    // Removed: the link goes from the start page again.
    await organizer.locator('form[data-form="sign-video"]').getByRole('button', { name: 'Video entfernen' }).click();
    await attendee.goto(`${e2e.server.url}/`);
    await attendee.locator('.now-event-name').waitFor();
    await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(0);
  });
});
