import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { standsFileSchema } from '../../shared/standsImport.js';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';

const e2e = useBrowserSession();

const stand = 'digitale-doerfer';
const contact = { name: 'Team Digitale Dörfer', email: 'dorf@example.org', phone: '+49 631 365-0', url: 'https://www.example.org/doerfer/' };

// The demo stands name a contact only; give one stand every way to reach it, as an organizer would.
beforeAll(async () => {
  const file = standsFileSchema.parse(JSON.parse(readFileSync(new URL('../../server/demo/demoStands.json', import.meta.url), 'utf8')));
  const stands = file.stands.map((entry) => (entry.id === stand ? { ...entry, contact } : entry));
  const response = await fetch(`${e2e.server.url}/api/import/stands`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await e2e.server.tokenFor(e2e.server.links.organizer)}`,
    },
    body: JSON.stringify({ content: JSON.stringify({ ...file, stands }) }),
  });
  expect(response.status).toBe(200);
});

async function directory(path = '/stands'): Promise<Page> {
  const page = await (await phoneContext(e2e.browser)).newPage();
  await page.goto(`${e2e.server.url}${path}`);
  await page.waitForSelector('li[data-stand-id]');
  return page;
}

const shown = (page: Page) => page.locator('li[data-stand-id] h2').allTextContents();
const count = (page: Page) => page.locator('.stand-count[aria-live="polite"]').textContent();
const search = (page: Page) => page.getByRole('searchbox', { name: 'Stände durchsuchen' });

describe('stand directory in the browser', () => {
  it('finds "Digitale Dörfer" for "dorfer", hides the rest and keeps the search on the way back', async () => {
    const page = await directory();
    expect((await shown(page)).length).toBeGreaterThan(10);
    await search(page).pressSequentially('dorfer');
    await expect.poll(() => shown(page)).toEqual(['Digitale Dörfer']);
    expect(await count(page)).toBe('1 Stand');
    await expect.poll(() => page.url()).toContain('q=dorfer');

    await page.getByRole('link', { name: 'Digitale Dörfer' }).click();
    await page.waitForURL(/\/stand\/digitale-doerfer$/);
    await page.goBack();
    await expect.poll(() => search(page).inputValue()).toBe('dorfer');
    expect(await shown(page)).toEqual(['Digitale Dörfer']);
  });

  it('still finds with typos and says so when nothing matches', async () => {
    const page = await directory();
    await search(page).fill('Digitle Dörfr');
    await expect.poll(async () => (await shown(page))[0]).toBe('Digitale Dörfer');
    await search(page).fill('Schwimmbad');
    await expect.poll(() => count(page)).toBe('Keine Stände gefunden');
    expect(await page.getByText('Kein Stand passt zu dieser Suche.').isVisible()).toBe(true);
  });

  it('narrows by topic, combines it with the search and clears both', async () => {
    const page = await directory();
    // The topics are folded away under the search field, so the results come first on a phone.
    expect(await page.getByRole('button', { name: 'Mobilität' }).isVisible()).toBe(false);
    await page.locator('summary', { hasText: 'Nach Thema filtern' }).click();
    const mobility = page.getByRole('button', { name: 'Mobilität' });
    await mobility.click();
    expect(await mobility.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => shown(page)).toEqual(['E-Scooter', 'Park-Apps']);
    expect(await count(page)).toBe('2 Stände');

    await search(page).fill('App');
    await expect.poll(() => shown(page)).toEqual(['Park-Apps']);
    await expect.poll(() => page.url()).toMatch(/topic=Mobilit%C3%A4t/);

    await page.getByRole('button', { name: 'Suche und Filter zurücksetzen' }).click();
    await expect.poll(async () => (await shown(page)).length).toBeGreaterThan(10);
    // Cleared, the topics fold away again (out of the accessibility tree, so found by class).
    expect(await page.locator('.topic-toggle', { hasText: 'Mobilität' }).getAttribute('aria-pressed')).toBe('false');
    expect(await search(page).inputValue()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('stand-search-input');
  });

  it('opens a stand with its Umsetzung, Kosten and contact, and links to it on the map', async () => {
    const page = await directory('/stands?q=dorfer');
    await page.getByRole('link', { name: 'Digitale Dörfer' }).click();
    await page.waitForSelector('h1.stand-title');
    expect(await page.getByRole('heading', { name: 'Umsetzung' }).isVisible()).toBe(true);
    expect(await page.locator('[data-part="stand-implementation"]').textContent()).toContain('Verbandsgemeinden');
    expect(await page.locator('[data-part="stand-cost"]').textContent()).toContain('laufende Kosten');

    const card = page.locator('.stand-contact');
    expect(await card.textContent()).toContain(contact.name);
    expect(await card.getByRole('link', { name: contact.email }).getAttribute('href')).toBe(`mailto:${contact.email}`);
    expect(await card.getByRole('link', { name: contact.phone }).getAttribute('href')).toBe('tel:+496313650');
    const web = card.getByRole('link', { name: /example\.org\/doerfer/ });
    expect(await web.getAttribute('href')).toBe(contact.url);
    expect(await web.getAttribute('rel')).toBe('noopener noreferrer');

    const mapLink = page.getByRole('link', { name: 'Auf der Karte zeigen' });
    expect(await mapLink.getAttribute('href')).toBe(`/map?stand=${stand}`);
    await mapLink.click();
    await page.waitForURL(`${e2e.server.url}/map?stand=${stand}`, { waitUntil: 'commit' });
  });
});
