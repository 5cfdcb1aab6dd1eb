import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';
import { hostLink } from './staffApi.js';

/** Generous: two browsers and a server share two cores in CI. */
const live = { timeout: 15_000 };
const shots = process.env.SHOTS_DIR;

const e2e = useBrowserSession();

async function openPage(url: string): Promise<Page> {
  const page = await (await phoneContext(e2e.browser)).newPage();
  await page.goto(url);
  return page;
}

/** A screenshot to look at (SHOTS_DIR): of one part when the whole page is too tall to view. */
async function shoot(target: Page | Locator, name: string): Promise<void> {
  if (shots) await target.screenshot({ path: `${shots}/${name}.png` });
}

describe('stand profiles and the organizer’s stands at phone size (issue 25)', () => {
  it('a host edits the profile; an attendee’s phone shows it live, without the contact fields left private', async () => {
    const standId = 'smarte-lichtmasten';
    const host = await openPage(await hostLink(e2e.server, standId));
    await host.waitForURL(/\/host$/);
    const form = host.locator('form[data-form="stand-profile"]');
    await expect.poll(() => form.count(), live).toBe(1);
    const attendee = await openPage(`${e2e.server.url}/stand/${standId}`);
    await expect.poll(() => attendee.locator('h1').textContent(), live).toBe('Smarte Lichtmasten');
    await attendee.evaluate(() => Object.assign(window, { __notReloaded: true }));

    await form.getByLabel('Kurzbeschreibung (ein Satz)', { exact: true }).fill('Licht, WLAN und Messfühler in einem Mast.');
    await form.getByLabel('Kosten pro Jahr', { exact: true }).fill('ca. 1.200 € je Mast');
    const phone = form.locator('[data-contact-field="phone"]');
    await phone.getByLabel('Telefon').fill('+49 6341 555 0199');
    const email = form.locator('[data-contact-field="email"]');
    await email.getByLabel('E-Mail').fill('licht@example.org');
    await email.getByLabel('öffentlich zeigen').check();
    await form.getByRole('button', { name: 'Profil speichern' }).click();
    await expect.poll(() => form.locator('.form-message').textContent(), live).toContain('Gespeichert');

    await expect.poll(() => attendee.locator('.stand-lead').textContent(), live).toBe('Licht, WLAN und Messfühler in einem Mast.');
    await expect.poll(() => attendee.locator('[data-part="stand-cost"]').textContent(), live).toContain('ca. 1.200 € je Mast');
    await expect.poll(() => attendee.locator('.stand-contact').textContent(), live).toContain('licht@example.org');
    expect(await attendee.content()).not.toContain('555 0199');
    expect(await attendee.evaluate(() => '__notReloaded' in window)).toBe(true);
    // The host's form keeps the private number, ticked off.
    expect(await phone.getByLabel('Telefon').inputValue()).toBe('+49 6341 555 0199');
    expect(await phone.getByLabel('öffentlich zeigen').isChecked()).toBe(false);
    await shoot(attendee.locator('.stand-detail'), 'stand-page-attendee');
    await shoot(attendee.locator('.stand-contact'), 'stand-page-contact');
    await shoot(form.locator('.profile-contact'), 'host-profile-contact');
  });

  it('a host marks an answered question as FAQ; the stand page shows it first under "Häufige Fragen", without the asker’s name', async () => {
    const standId = 'kitaportal';
    const host = await openPage(await hostLink(e2e.server, standId));
    await host.waitForURL(/\/host$/);
    const attendee = await openPage(`${e2e.server.url}/stand/${standId}`);
    const question = 'Wie viele Eltern nutzen das Kitaportal?';
    const ask = attendee.locator('form[data-form="ask"]');
    await expect.poll(() => ask.count(), live).toBe(1);
    await ask.getByLabel('Ihre Frage').fill(question);
    await ask.getByLabel('Name (optional)').fill('Erika Beispiel');
    await ask.getByRole('button', { name: 'Frage senden' }).click();

    const card = host.locator('li[data-question-id]', { hasText: question });
    await expect.poll(() => card.count(), live).toBe(1);
    await card.getByLabel('Antwort (öffentlich)').fill('Rund 400 Familien.');
    await card.getByRole('button', { name: 'Antwort veröffentlichen' }).click();
    const toggle = host.locator('li[data-question-id]', { hasText: question }).getByRole('button', { name: 'Als häufige Frage zeigen' });
    await expect.poll(() => toggle.count(), live).toBe(1);
    await toggle.click();

    // A second phone (not the asker's, whose own questions show under "Meine Fragen").
    const other = await openPage(`${e2e.server.url}/stand/${standId}`);
    const faq = other.locator('[data-faq-list="stand-faq-marked"]');
    await expect.poll(() => faq.textContent(), live).toContain(question);
    expect(await faq.locator('h2').textContent()).toBe('Häufige Fragen');
    expect(await faq.textContent()).not.toContain('Erika Beispiel');
    await faq.locator('summary').click();
    await shoot(faq, 'stand-page-faq');
  });

  it('the organizer adds a stand and makes its host code from the stand itself', async () => {
    const organizer = await openPage(e2e.server.links.organizer);
    await organizer.waitForURL(/\/organizer$/);
    const section = organizer.locator('[data-section="org-stands"]');
    await expect.poll(() => section.locator('li.org-stand').count(), live).toBeGreaterThan(1);
    const adding = section.locator('[data-add-stand]');
    await adding.locator('summary').click();
    await adding.getByLabel('Name des Projekts').fill('Bürgerkarte Westpfalz');
    await adding.getByLabel('Kommune').fill('Landstuhl');
    await adding.getByLabel('Standnummer').fill('31');
    await adding.getByRole('button', { name: 'Stand hinzufügen' }).click();

    const row = section.locator('li.org-stand', { hasText: 'Bürgerkarte Westpfalz' });
    await expect.poll(() => row.count(), live).toBe(1);
    expect(await row.textContent()).toContain('Profil fehlt');
    await expect.poll(() => section.locator('[data-missing-profiles]').textContent(), live).toContain('Bürgerkarte Westpfalz');
    await row.getByRole('button', { name: 'Code für Standbetreuung' }).click();
    const card = organizer.locator('li.code-card', { hasText: 'Bürgerkarte Westpfalz' });
    await expect.poll(() => card.count(), live).toBe(1);
    expect(await card.locator('.code-role').textContent()).toBe('Standbetreuung');
    await shoot(row, 'organizer-stand-row');
    await shoot(section.locator('[data-missing-profiles]'), 'organizer-missing-profiles');

    // The code opens the new stand's host page.
    const link = await card.locator('.code-link a').getAttribute('href');
    const host = await openPage(link ?? '');
    await host.waitForURL(/\/host$/);
    await expect.poll(() => host.locator('.page-lead').textContent(), live).toBe('Bürgerkarte Westpfalz');
  });
});
