import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeCardFragment } from '../../shared/cardFragment.js';
import { emptyCard, type ContactCard } from '../../shared/contactCard.js';
import { launchBrowser, phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';
import { writeQrCameraFile } from '../support/fakeCamera.js';
import { NetworkLog } from '../support/networkLog.js';

const e2e = useBrowserSession();
const shots = process.env.SCREENSHOT_DIR;

const card: ContactCard = { ...emptyCard, name: 'Ottilie Quast', org: 'Ortsgemeinde Hütschenhausen', topics: ['Dorf-App'] };
const cardAddress = () => `${e2e.server.url}/c#${encodeCardFragment(card)}`;

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('scanning and typing a card', () => {
  it('the in-app scanner reads the card from the camera and opens it, on the phone only', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ortstermin-camera-'));
    const cameraFile = join(folder, 'camera.y4m');
    writeQrCameraFile(cameraFile, cardAddress());
    const browser = await launchBrowser([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${cameraFile}`,
    ]);
    try {
      const context = await phoneContext(browser);
      await context.grantPermissions(['camera'], { origin: e2e.server.url });
      const log = new NetworkLog(context);
      const page = await context.newPage();
      await page.goto(`${e2e.server.url}/contacts`);
      await page.getByRole('button', { name: 'Karte scannen' }).click();
      await page.waitForURL(/\/c#1\//, { timeout: 20_000 });
      await expect.poll(() => page.locator('.received-card').textContent(), { timeout: 15_000 }).toContain('Ortsgemeinde Hütschenhausen');
      await page.getByRole('button', { name: 'Zu meinen Kontakten' }).click();
      await page.getByRole('link', { name: '„Meine Kontakte“ öffnen' }).click();
      await expect.poll(() => page.locator('li.contact-item').textContent()).toContain('Ottilie Quast');
      // Chromium on Linux has no BarcodeDetector: the picture was read by jsQR, loaded for the scan.
      const native = await page.evaluate(() => 'BarcodeDetector' in window);
      if (!native) expect(log.entries.some((entry) => /\/assets\/jsQR[^ ]*\.js /i.test(entry))).toBe(true);
      expect(log.containing(['Ottilie', 'Quast', 'Hütschenhausen', encodeURIComponent('Hütschenhausen'), 'OTTILIE'])).toEqual([]);
    } finally {
      await browser.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('a pasted address opens the card; in iPhone Safari the page says how to get it into the app', async () => {
    const context = await phoneContext(e2e.browser);
    // What Safari outside the installed app says about itself.
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'standalone', { get: () => false }));
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/contacts`);
    await page.getByLabel('Adresse oder Text der Karte').fill('keine Karte');
    await page.getByRole('button', { name: 'Karte öffnen' }).click();
    await expect.poll(() => page.locator('.paste-card').textContent()).toContain('keine lesbare Ortstermin-Visitenkarte');
    await page.getByLabel('Adresse oder Text der Karte').fill(cardAddress());
    await page.getByRole('button', { name: 'Karte öffnen' }).click();
    await expect.poll(() => page.locator('.received-card').textContent()).toContain('Ottilie Quast');
    expect(await page.locator('.card-browser-hint').textContent()).toContain('„Karte scannen“');
    expect(await page.getByRole('button', { name: 'Als vCard speichern' }).count()).toBe(1);
    if (shots) await page.screenshot({ path: `${shots}/received-card-safari.png`, fullPage: true });
    await context.close();
  });

  it("shows a stranger's markup as text, with no link but mailto and tel, and refuses a bad address", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    const hostile = { ...emptyCard, name: '<img src=x onerror="document.title=1">', org: '<a href="javascript:alert(1)">klick</a>', email: 'eve@example.org' };
    await page.goto(`${e2e.server.url}/c#${encodeCardFragment(hostile)}`);
    const shown = page.locator('.received-card');
    await expect.poll(() => shown.textContent(), { timeout: 15_000 }).toContain('<img src=x onerror="document.title=1">');
    expect(await shown.locator('img').count()).toBe(0);
    expect(await shown.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['mailto:eve@example.org']);
    expect(await page.title()).not.toBe('1');

    await page.goto(`${e2e.server.url}/c#1/*EVE///JAVASCRIPT%3AALERT%281%29`);
    await expect.poll(() => page.locator('.received-card-page').textContent()).toContain('Diese Karte lässt sich nicht lesen');
    await context.close();
  });

  it("a stand's public contact goes to my contacts with one tap, the stand as where we met", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/stand/digitale-doerfer`);
    await page.locator('.stand-contact').getByRole('button', { name: 'Zu meinen Kontakten' }).click();
    await page.locator('.stand-contact').getByRole('link', { name: '„Meine Kontakte“ öffnen' }).click();
    const item = page.locator('li.contact-item');
    await expect.poll(() => item.textContent(), { timeout: 15_000 }).toContain('Ländlicher Raum');
    expect(await item.getByLabel('Getroffen bei').inputValue()).toBe('stand:digitale-doerfer');
    await context.close();
  });

  it('axe finds nothing on my card, a card and my contacts, in German and English', async () => {
    for (const locale of ['de', 'en'] as const) {
      const context = await phoneContext(e2e.browser, { locale: `${locale}-DE` });
      await context.addInitScript((language) => localStorage.setItem('ortstermin.locale', language), locale);
      const page = await context.newPage();
      await page.goto(`${e2e.server.url}/my-card`);
      await page.locator('input#my-card-name').fill('Ottilie Quast');
      await expect.poll(() => page.locator('img.card-qr-image').count(), { timeout: 15_000 }).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(cardAddress());
      await expect.poll(() => page.locator('.received-card').count(), { timeout: 15_000 }).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('.card-actions .button').first().click();
      await page.goto(`${e2e.server.url}/contacts`);
      await expect.poll(() => page.locator('li.contact-item').count(), { timeout: 15_000 }).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      if (locale === 'en') expect(await page.locator('h1').textContent()).toBe('My contacts');
      await context.close();
    }
  });
});
