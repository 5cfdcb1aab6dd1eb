import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageContext, staffTokens } from '../support/appPages.js';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';

/** Generous: two browsers and a server share two cores in CI. */
const live = { timeout: 15_000 };
const shots = process.env.SHOTS_DIR;

const e2e = useBrowserSession();

async function openPage(url: string): Promise<Page> {
  const page = await (await phoneContext(e2e.browser)).newPage();
  await page.goto(url);
  return page;
}

async function ask(page: Page, text: string, name: string): Promise<void> {
  const form = page.locator('form[data-form="ask"]');
  await form.getByLabel('Ihre Frage').fill(text);
  await form.getByLabel('Name (optional)').fill(name);
  await form.getByRole('button', { name: 'Frage senden' }).click();
}

describe('"Meine Daten" in the browser', () => {
  it('lists what this phone sent and erases it, after a confirmation, from the server, this phone and another phone', async () => {
    const mine = await openPage(`${e2e.server.url}/stand/digitale-doerfer`);
    const other = await openPage(`${e2e.server.url}/stand/digitale-doerfer`);
    await expect.poll(() => mine.locator('h1').textContent(), live).toBe('Digitale Dörfer');
    const question = 'Wie viele Dörfer in der Westpfalz machen mit?';
    await ask(mine, question, 'Hannelore Beispiel');
    const onOther = other.locator('li[data-question-id]', { hasText: question });
    await expect.poll(() => onOther.count(), live).toBe(1);

    // One step from every page: the footer's link.
    await mine.locator('.legal-footer').getByRole('link', { name: 'Meine Daten' }).click();
    await expect.poll(() => mine.locator('h1').textContent(), live).toBe('Meine Daten');
    const listed = mine.locator('[data-my-data="questions"] li');
    await expect.poll(() => listed.textContent(), live).toBe(question);
    if (shots) await mine.screenshot({ path: `${shots}/meine-daten.png`, fullPage: true });

    await mine.getByRole('button', { name: 'Meine Daten löschen' }).click();
    // Nothing is erased before the confirmation.
    await expect.poll(() => mine.getByRole('alert').textContent(), live).toContain('nicht rückgängig');
    expect(await onOther.count()).toBe(1);
    if (shots) await mine.screenshot({ path: `${shots}/meine-daten-bestaetigen.png`, fullPage: true });
    await mine.getByRole('button', { name: 'Ja, endgültig löschen' }).click();

    await expect.poll(() => mine.locator('.my-data [role="status"]').textContent(), live).toContain('Gelöscht');
    expect(await listed.count()).toBe(0);
    expect(await mine.evaluate(() => localStorage.getItem('ortstermin.myQuestions'))).toBe('[]');
    // The other phone drops it live, without a reload.
    await expect.poll(() => onOther.count(), live).toBe(0);
    expect(await other.content()).not.toContain('Hannelore Beispiel');
    if (shots) await mine.screenshot({ path: `${shots}/meine-daten-geloescht.png`, fullPage: true });
  });

  it("lets the organizer set the period, shows the date it gives, and erases at once only after a confirmation", async () => {
    const tokens = await staffTokens(e2e.server);
    const ctx = await pageContext(e2e.browser, { locale: 'de', colorScheme: 'light', role: 'organizer', tokens });
    const tab = await ctx.newPage();
    await tab.goto(`${e2e.server.url}/organizer`);
    const section = tab.locator('section.retention-settings');
    await expect.poll(() => section.locator('h2').textContent(), live).toBe('Datenschutz: Löschen nach der Veranstaltung');
    expect(await section.textContent()).toContain('Gelöscht wird am 13. Juni 2026.');
    await section.getByLabel('Tage nach dem Ende der Veranstaltung').fill('14');
    await section.getByRole('button', { name: 'Frist speichern' }).click();
    await expect.poll(() => section.textContent(), live).toContain('Gelöscht wird am 28. Mai 2026.');

    await section.getByRole('button', { name: 'Jetzt löschen' }).click();
    await expect.poll(() => section.getByRole('alert').textContent(), live).toContain('nicht rückgängig');
    if (shots) await section.screenshot({ path: `${shots}/organizer-loeschfrist.png` });
    await section.getByRole('button', { name: 'Ja, jetzt löschen' }).click();
    await expect.poll(() => section.textContent(), live).toContain('Gelöscht. Das Protokoll des Servers nennt die Anzahl.');
    // The attendee's privacy notice states the organizer's period.
    await tab.goto(`${e2e.server.url}/datenschutz`);
    await expect.poll(() => tab.locator('.legal-text').textContent(), live).toContain('14 Tage nach dem letzten Tag der Veranstaltung');
    await ctx.close();
  });
});
