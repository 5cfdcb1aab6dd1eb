import ICAL from 'ical.js';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeCardFragment } from '../../shared/cardFragment.js';
import type { ContactCard } from '../../shared/contactCard.js';
import { downloadedText, phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';
import { NetworkLog } from '../support/networkLog.js';
import { waitForServiceWorkerControl } from '../support/pwa.js';

const e2e = useBrowserSession();
const shots = process.env.SCREENSHOT_DIR;

const card: ContactCard = {
  name: 'Annegret Zöllner-Brückmann',
  org: 'Verbandsgemeinde Kusel-Altenglan',
  role: 'Digitallotsin',
  email: 'a.zoellner@kusel-altenglan.example',
  phone: '+49 6381 4242-17',
  topics: ['Kita-Portal', 'Glasfaser'],
};

/** The card's words as they could leak: as typed, URL-encoded, and in the fragment's own writing. */
const cardWords = [card.name, card.org, card.role, card.email, card.phone, 'Zöllner', 'Brückmann', 'zoellner', 'Kusel-Altenglan', '4242-17']
  .flatMap((word) => [word, encodeURIComponent(word)])
  .concat([encodeCardFragment(card).slice(2, 40)]);

async function fillMyCard(page: Page): Promise<string> {
  await page.goto(`${e2e.server.url}/my-card`);
  await page.getByLabel('Name', { exact: true }).fill(card.name);
  await page.getByLabel('Kommune oder Organisation', { exact: true }).fill(card.org);
  await page.getByLabel('Funktion', { exact: true }).fill(card.role);
  await page.getByLabel('E-Mail', { exact: true }).fill(card.email);
  await page.getByLabel('Telefon', { exact: true }).fill(card.phone);
  await page.getByLabel('Themen', { exact: true }).fill(card.topics.join(', '));
  // Email and phone are shared only when ticked.
  await page.getByLabel('E-Mail in der Karte teilen').check();
  await page.getByLabel('Telefon in der Karte teilen').check();
  const qr = page.locator('img.card-qr-image');
  // The card's fields, after the reply address of the phone's mailbox (format 2, docs/contact-cards.md).
  await expect.poll(() => qr.getAttribute('data-card-address'), { timeout: 15_000 }).toMatch(/\/c#2\//);
  await expect.poll(() => qr.getAttribute('data-card-address'), { timeout: 15_000 }).toContain(encodeCardFragment(card).slice(1));
  return (await qr.getAttribute('data-card-address')) ?? '';
}

/** What a camera reads from the QR code on screen: its pixels, decoded by jsQR in the test. */
async function readQrOnScreen(page: Page): Promise<string | null> {
  const { pixels, width, height } = await page.locator('img.card-qr-image').evaluate((img: HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
    const context = canvas.getContext('2d');
    context?.drawImage(img, 0, 0);
    return { pixels: Array.from(context?.getImageData(0, 0, canvas.width, canvas.height).data ?? []), width: canvas.width, height: canvas.height };
  });
  return jsQR(Uint8ClampedArray.from(pixels), width, height)?.data ?? null;
}

describe('contact cards, phone to phone', () => {
  it('A shows a card, B opens its address, keeps it with a note, exports and deletes it; the server never sees it', async () => {
    const contextA = await phoneContext(e2e.browser);
    const contextB = await phoneContext(e2e.browser);
    const logA = new NetworkLog(contextA);
    const logB = new NetworkLog(contextB);
    const pageA = await contextA.newPage();
    const address = await fillMyCard(pageA);
    expect(address.startsWith(`${e2e.server.url}/c#2/`)).toBe(true);
    expect(await readQrOnScreen(pageA)).toBe(address);
    expect(await pageA.locator('.card-space').textContent()).toMatch(/Platz im QR-Code: \d+ von \d+ Zeichen/);
    if (shots) await pageA.screenshot({ path: `${shots}/my-card.png`, fullPage: true });

    // B's camera app opens the address; B's phone has the app open already (its service worker too).
    const pageB = await contextB.newPage();
    await pageB.goto(`${e2e.server.url}/contacts`);
    await waitForServiceWorkerControl(pageB);
    await pageB.goto(address);
    const shown = pageB.locator('.received-card');
    await expect.poll(() => shown.textContent(), { timeout: 15_000 }).toContain(card.name);
    expect(await shown.getByRole('link', { name: card.email }).getAttribute('href')).toBe(`mailto:${card.email}`);
    expect(await shown.getByRole('link', { name: card.phone }).getAttribute('href')).toBe('tel:+496381424217');
    if (shots) await pageB.screenshot({ path: `${shots}/received-card.png`, fullPage: true });

    const [single] = await Promise.all([pageB.waitForEvent('download'), pageB.getByRole('button', { name: 'Als vCard speichern' }).click()]);
    expect(single.suggestedFilename()).toBe('Annegret-Zoellner-Brueckmann.vcf');
    expect(new ICAL.Component(ICAL.parse(await downloadedText(single))).getFirstPropertyValue('fn')).toBe(card.name);

    await pageB.getByRole('button', { name: 'Zu meinen Kontakten' }).click();
    await expect.poll(() => pageB.locator('.card-added').textContent()).toContain('In „Meine Kontakte“ gespeichert.');
    await pageB.getByRole('link', { name: '„Meine Kontakte“ öffnen' }).click();
    const item = pageB.locator('li.contact-item');
    await expect.poll(() => item.count()).toBe(1);
    // A stand and a session share this name; the stand is chosen.
    await item.getByLabel('Getroffen bei').selectOption('stand:digitale-doerfer');
    await item.getByLabel('Notiz').fill('Sprach über das Kitaportal, will Kosten schicken');
    if (shots) await pageB.screenshot({ path: `${shots}/contacts.png`, fullPage: true });

    const [vcf] = await Promise.all([pageB.waitForEvent('download'), pageB.getByRole('button', { name: 'Alle als vCard (.vcf) speichern' }).click()]);
    expect(vcf.suggestedFilename()).toBe('meine-kontakte.vcf');
    const exported = new ICAL.Component(ICAL.parse(await downloadedText(vcf)));
    expect(exported.getFirstPropertyValue('fn')).toBe(card.name);
    expect(exported.getFirstPropertyValue('note')).toBe('Getroffen am Stand „Digitale Dörfer“\nSprach über das Kitaportal, will Kosten schicken');
    const [csv] = await Promise.all([pageB.waitForEvent('download'), pageB.getByRole('button', { name: 'Alle als Tabelle (CSV) speichern' }).click()]);
    expect(await downloadedText(csv)).toContain(`${card.name},${card.org},Digitallotsin,${card.email},'${card.phone}`);

    // With the server gone (the hall's Wi-Fi down), the contacts are still there, note and all.
    await e2e.server.stop();
    try {
      await pageB.reload();
      await expect.poll(() => pageB.locator('li.contact-item').textContent(), { timeout: 15_000 }).toContain(card.name);
      expect(await pageB.locator('li.contact-item textarea').inputValue()).toBe('Sprach über das Kitaportal, will Kosten schicken');
    } finally {
      await e2e.server.start();
    }

    await pageB.getByRole('button', { name: `${card.name} löschen` }).click();
    await expect.poll(() => pageB.locator('.contacts-empty').count()).toBe(1);
    await pageB.reload();
    await expect.poll(() => pageB.locator('.contacts-empty').count(), { timeout: 15_000 }).toBe(1);

    // Neither phone sent the card, or any word of it, to the server: not in a request, not over the socket.
    expect(logA.entries.some((entry) => entry.startsWith('websocket') || entry.includes('/socket.io/'))).toBe(true);
    expect(logB.entries.length).toBeGreaterThan(5);
    expect(logA.containing(cardWords)).toEqual([]);
    expect(logB.containing(cardWords)).toEqual([]);
    // The recorder does hear what a page sends: frames over the socket, and a request's body.
    expect(logB.entries.some((entry) => entry.startsWith('sent '))).toBe(true);
    await pageB.evaluate(() => fetch('/api/health', { method: 'POST', body: 'Kontrollwort Zöllner' }).catch(() => null));
    await expect.poll(() => logB.containing(['Kontrollwort Zöllner']).length).toBe(1);
    await contextA.close();
    await contextB.close();
  });
});
