import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';

/** Generous: two browsers and a server share two cores in CI; a mailbox is fetched on focus or every 25 s. */
const live = { timeout: 15_000 };
const mail = { timeout: 40_000, interval: 1_000 };
const shots = process.env.SHOTS_DIR;

const e2e = useBrowserSession();

async function phone(): Promise<Page> {
  return (await phoneContext(e2e.browser)).newPage();
}

async function fillCard(page: Page, card: { name: string; org: string; email?: string }): Promise<void> {
  await page.goto(`${e2e.server.url}/my-card`);
  const form = page.locator('.my-card-form');
  await expect.poll(() => form.count(), live).toBe(1);
  await form.getByLabel('Name', { exact: true }).fill(card.name);
  await form.getByLabel('Kommune oder Organisation', { exact: true }).fill(card.org);
  if (!card.email) return;
  await form.getByLabel('E-Mail', { exact: true }).fill(card.email);
  await form.getByLabel('E-Mail in der Karte teilen', { exact: true }).check();
}

async function axeViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** The text of the mailbox notice, after asking the phone to look now (as coming back to the front does). */
async function mailboxNotice(page: Page): Promise<string> {
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  // Not there yet is '' at once (textContent would wait 30 s for it).
  const notice = page.locator('.mailbox-notice');
  return (await notice.count()) > 0 ? ((await notice.textContent()) ?? '') : '';
}

const anna = { name: 'Anna Westpfalz', org: 'Stadt Kusel' };
const ben = { name: 'Ben Rheinhessen', org: 'VG Lauterecken', email: 'ben@lauterecken.example' };

describe('"Karte anfragen" in Chromium with two phones', () => {
  it('B asks for A’s card from the list; A sees the request, sends the card; each has the other’s card', async () => {
    const pageA = await phone();
    const pageB = await phone();
    await fillCard(pageA, anna);
    await pageA.goto(`${e2e.server.url}/wer-ist-da`);
    const requestsSwitch = pageA.getByLabel('Andere dürfen meine Visitenkarte anfragen');
    await expect.poll(() => requestsSwitch.isChecked(), live).toBe(true);
    await pageA.getByRole('button', { name: 'In die Liste eintragen' }).click();
    await expect.poll(() => pageA.locator('.directory-join [role="status"]').textContent(), live).toBe('Sie stehen jetzt auf der Liste.');

    // Without a card of one's own there is nothing to send along: B is told how to make one.
    await pageB.goto(`${e2e.server.url}/wer-ist-da`);
    const listingA = pageB.locator('.directory-person', { hasText: anna.name });
    await expect.poll(() => listingA.count(), live).toBe(1);
    await listingA.getByRole('button', { name: 'Karte anfragen' }).click();
    await expect.poll(() => listingA.locator('[role="status"]').textContent(), live).toContain('Legen Sie dazu zuerst Ihre Visitenkarte an');

    await fillCard(pageB, ben);
    await pageB.goto(`${e2e.server.url}/wer-ist-da`);
    await expect.poll(() => listingA.count(), live).toBe(1);
    expect(await listingA.getByRole('button', { name: 'Karte anfragen' }).getAttribute('aria-describedby')).toMatch(/^request-carries-/);
    expect(await listingA.locator('.field-hint').first().textContent()).toContain('nicht E-Mail oder Telefon');
    await listingA.getByRole('button', { name: 'Karte anfragen' }).click();
    await expect.poll(() => listingA.locator('[role="status"]').textContent(), live).toContain('Angefragt.');

    await expect.poll(() => mailboxNotice(pageA), mail).toContain(`${ben.name} möchte Ihre Karte`);
    await pageA.locator('.mailbox-notice').getByRole('link', { name: 'Meine Kontakte' }).click();
    const requests = pageA.locator('#card-requests');
    await expect.poll(() => requests.textContent(), live).toContain(`${ben.name} möchte Ihre Karte`);
    expect(await requests.textContent()).toContain(ben.org);
    // Anyone can list themselves: a request carries what a listing shows, not the email B's card shares.
    expect(await requests.textContent()).not.toContain(ben.email);
    // Nothing is kept before A answers, and nothing of A's has gone to B.
    expect(await pageA.locator('li.contact-item').count()).toBe(0);
    expect(await axeViolations(pageA, '#card-requests')).toEqual([]);
    if (shots) await pageA.screenshot({ path: `${shots}/karte-angefragt.png`, fullPage: true });

    await requests.getByRole('button', { name: 'Karte senden' }).click();
    await expect.poll(() => requests.textContent(), live).toContain(`Ihre Karte ist unterwegs zu ${ben.name}`);
    expect(await requests.getByRole('button', { name: 'Karte senden' }).count()).toBe(0);
    await expect.poll(() => pageA.locator('li.contact-item').textContent(), live).toContain(ben.name);
    if (shots) await pageA.screenshot({ path: `${shots}/karte-gesendet.png`, fullPage: true });

    await expect.poll(() => mailboxNotice(pageB), mail).toContain(`Karte von ${anna.name} erhalten`);
    await pageB.goto(`${e2e.server.url}/contacts`);
    await expect.poll(() => pageB.locator('li.contact-item').textContent(), live).toContain(anna.name);
    expect(await pageB.locator('li.contact-item').textContent()).toContain(anna.org);
  });

  it('A turns a request down: it is gone from A’s phone, after a reload too', async () => {
    const pageA = await phone();
    const pageB = await phone();
    await fillCard(pageA, { ...anna, name: 'Clara Donnersberg' });
    await pageA.goto(`${e2e.server.url}/wer-ist-da`);
    await pageA.getByRole('button', { name: 'In die Liste eintragen' }).click();
    await expect.poll(() => pageA.locator('.directory-join [role="status"]').textContent(), live).toBe('Sie stehen jetzt auf der Liste.');
    await fillCard(pageB, { ...ben, name: 'Dieter Glan' });
    await pageB.goto(`${e2e.server.url}/wer-ist-da`);
    const listingA = pageB.locator('.directory-person', { hasText: 'Clara Donnersberg' });
    await expect.poll(() => listingA.count(), live).toBe(1);
    await listingA.getByRole('button', { name: 'Karte anfragen' }).click();
    await expect.poll(() => listingA.locator('[role="status"]').textContent(), live).toContain('Angefragt.');

    await pageA.goto(`${e2e.server.url}/contacts`);
    const requests = pageA.locator('#card-requests');
    await expect.poll(async () => (await pageA.evaluate(() => window.dispatchEvent(new Event('focus'))), (await requests.count()) > 0 ? await requests.textContent() : ''), mail).toContain('Dieter Glan möchte Ihre Karte');
    await requests.getByRole('button', { name: 'Ablehnen' }).click();
    await expect.poll(() => requests.count(), live).toBe(0);
    await pageA.reload();
    await expect.poll(() => pageA.locator('h1').textContent(), live).toBe('Meine Kontakte');
    expect(await pageA.locator('#card-requests').count()).toBe(0);
    expect(await pageA.locator('li.contact-item').count()).toBe(0);
  });
});
