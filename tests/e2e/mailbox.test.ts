import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { emptyCard, type ContactCard } from '../../shared/contactCard.js';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';

const e2e = useBrowserSession();
const shots = process.env.SCREENSHOT_DIR;

const cardA: ContactCard = { ...emptyCard, name: 'Hedwig Pfannenstiel', org: 'Stadt Lauterecken', topics: ['Glasfaser'] };
const cardB: ContactCard = { ...emptyCard, name: 'Kunibert Wackernagel', org: 'Ortsgemeinde Quirnbach', role: 'Beigeordneter' };

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function fillMyCard(page: Page, card: ContactCard): Promise<string> {
  await page.goto(`${e2e.server.url}/my-card`);
  await page.getByLabel('Name', { exact: true }).fill(card.name);
  await page.getByLabel('Kommune oder Organisation', { exact: true }).fill(card.org);
  await page.getByLabel('Funktion', { exact: true }).fill(card.role);
  await page.getByLabel('Themen', { exact: true }).fill(card.topics.join(', '));
  const qr = page.locator('img.card-qr-image');
  // The code carries the phone's mailbox once it is made: format 2.
  await expect.poll(() => qr.getAttribute('data-card-address'), { timeout: 15_000 }).toMatch(/\/c#2\//);
  return (await qr.getAttribute('data-card-address')) ?? '';
}

/** Every file the server wrote in its data folder (the database, its write-ahead log, the events' files), as bytes. */
function dataFiles(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => readFileSync(path).toString('latin1'))
    .join('\n');
}

describe('sending a card back through the encrypted mailbox', () => {
  it('A shows a card, B opens it, keeps it and sends B’s card back; A receives it; the server holds neither name', async () => {
    const [contextA, contextB] = [await phoneContext(e2e.browser), await phoneContext(e2e.browser)];
    const pageA = await contextA.newPage();
    const address = await fillMyCard(pageA, cardA);
    const mailboxOf = (cardAddress: string) => new URL(cardAddress).hash.split('/')[1] ?? '';
    expect(await pageA.locator('.my-card').textContent()).toContain('verschlüsselt zurückschicken');
    expect(await axeViolations(pageA)).toEqual([]);

    // B has no card yet: the page says how to make one.
    const pageB = await contextB.newPage();
    await pageB.goto(address);
    await expect.poll(() => pageB.locator('.received-card').textContent(), { timeout: 15_000 }).toContain(cardA.name);
    await expect.poll(() => pageB.locator('.send-back').textContent()).toContain('Legen Sie dazu zuerst Ihre Visitenkarte an');
    expect(await pageB.locator('.send-back').getByRole('link', { name: 'Meine Visitenkarte anlegen' }).getAttribute('href')).toBe('/my-card');

    await fillMyCard(pageB, cardB);
    await pageB.goto(address);
    await pageB.getByRole('button', { name: 'Zu meinen Kontakten' }).click();
    await pageB.getByRole('button', { name: 'Meine Karte zurückschicken' }).click();
    await expect.poll(() => pageB.locator('.send-back-status').textContent(), { timeout: 15_000 }).toContain('Ihre Karte ist unterwegs');
    expect(await axeViolations(pageB)).toEqual([]);
    if (shots) await pageB.screenshot({ path: `${shots}/send-back.png`, fullPage: true });

    // A's app fetches its mailbox when it comes to the front (and every 25 s while it is).
    await pageA.evaluate(() => window.dispatchEvent(new Event('focus')));
    const notice = pageA.locator('.mailbox-notice');
    await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toContain(`Karte von ${cardB.name} erhalten`);
    expect(await axeViolations(pageA)).toEqual([]);
    if (shots) await pageA.screenshot({ path: `${shots}/card-received.png`, fullPage: true });
    // The mailbox was used: A's code now shows a new one.
    await expect.poll(async () => mailboxOf((await pageA.locator('img.card-qr-image').getAttribute('data-card-address')) ?? ''), { timeout: 15_000 }).not.toBe(mailboxOf(address));
    await notice.getByRole('link', { name: 'Meine Kontakte' }).click();
    await expect.poll(() => pageA.locator('li.contact-item').textContent(), { timeout: 15_000 }).toContain(cardB.name);
    expect(await pageA.locator('li.contact-item').textContent()).toContain('Ortsgemeinde Quirnbach');

    // What the server holds and logged: the mailbox path, never its id, and neither name in any form.
    const mailboxHex = await pageA.evaluate(() => JSON.stringify(localStorage));
    const ids = [...mailboxHex.matchAll(/"mailbox\\?":\\?"([0-9a-f]{32})/g)].map((match) => match[1] ?? '');
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const logs = e2e.server.output;
    expect(logs).toContain('/api/drops/…');
    const files = dataFiles(e2e.server.dataDir.path);
    expect(files.length).toBeGreaterThan(10_000);
    for (const word of ['Hedwig', 'Pfannenstiel', 'Kunibert', 'Wackernagel', 'Quirnbach', 'Lauterecken', 'WACKERNAGEL', 'PFANNENSTIEL', ...ids]) {
      expect(logs).not.toContain(word);
      expect(files).not.toContain(word);
    }
    await contextA.close();
    await contextB.close();
  });
});
