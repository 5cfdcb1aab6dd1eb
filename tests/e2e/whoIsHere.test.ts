import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';

/** Generous: two browsers and a server share two cores in CI. */
const live = { timeout: 15_000 };
const shots = process.env.SHOTS_DIR;

const e2e = useBrowserSession();

async function phone(): Promise<Page> {
  return (await phoneContext(e2e.browser)).newPage();
}

/** Fills "Meine Visitenkarte" as a person does; it stays on the phone. */
async function fillCard(page: Page, card: { name: string; org: string; role: string; topics: string }): Promise<void> {
  await page.goto(`${e2e.server.url}/my-card`);
  const form = page.locator('.my-card-form');
  await expect.poll(() => form.count(), live).toBe(1);
  await form.getByLabel('Name', { exact: true }).fill(card.name);
  await form.getByLabel('Kommune oder Organisation', { exact: true }).fill(card.org);
  await form.getByLabel('Funktion', { exact: true }).fill(card.role);
  await form.getByLabel('Themen', { exact: true }).fill(card.topics);
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

const person = (page: Page, name: string) => page.locator('.directory-person', { hasText: name });

describe('"Wer ist da?" in Chromium with two phones', () => {
  it('joins after the public notice, shows on the other phone, filters, marks a shared topic and the stands on it, and leaves live', async () => {
    const anna = await phone();
    const ben = await phone();
    await fillCard(anna, { name: 'Anna Westpfalz', org: 'Stadt Kusel', role: 'Digitallotsin', topics: 'Mobilität, Kita-Portal' });
    await fillCard(ben, { name: 'Ben Rheinhessen', org: 'VG Lauterecken', role: 'Bürgermeister', topics: 'Mobilität' });

    // From Infos, as a person finds it.
    await anna.goto(`${e2e.server.url}/infos`);
    await anna.getByRole('link', { name: 'Wer ist da?' }).click();
    await expect.poll(() => anna.locator('h1').textContent(), live).toBe('Wer ist da?');
    const notice = anna.locator('.directory-public');
    expect(await notice.textContent()).toContain('jede Person, die die Adresse dieser Veranstaltung kennt, die Liste lesen');
    expect(await anna.locator('.directory-join').textContent()).toContain('Anna Westpfalz');
    // Card requests are offered, on unless switched off (tests/e2e/cardRequests.test.ts sends one).
    expect(await anna.getByLabel('Andere dürfen meine Visitenkarte anfragen').isChecked()).toBe(true);
    expect(await axeViolations(anna)).toEqual([]);
    if (shots) await anna.screenshot({ path: `${shots}/wer-ist-da-eintragen.png`, fullPage: true });

    // The role stays off the list: unticked here.
    expect(await anna.getByLabel('Funktion: Digitallotsin').isChecked()).toBe(true);
    await anna.getByLabel('Funktion: Digitallotsin').uncheck();
    await anna.getByRole('button', { name: 'In die Liste eintragen' }).click();
    await expect.poll(() => anna.locator('.directory-join [role="status"]').textContent(), live).toBe('Sie stehen jetzt auf der Liste.');
    await expect.poll(() => person(anna, 'Anna Westpfalz').textContent(), live).toContain('(Sie)');
    // Changing the listing later starts from what the list shows, not from the card's own ticks.
    await anna.reload();
    await expect.poll(() => anna.getByRole('button', { name: 'Eintrag aktualisieren' }).count(), live).toBe(1);
    expect(await anna.getByLabel('Funktion: Digitallotsin').isChecked()).toBe(false);
    expect(await anna.getByLabel('Kommune oder Organisation: Stadt Kusel').isChecked()).toBe(true);

    await ben.goto(`${e2e.server.url}/wer-ist-da`);
    await expect.poll(() => person(ben, 'Anna Westpfalz').count(), live).toBe(1);
    expect(await person(ben, 'Anna Westpfalz').textContent()).not.toContain('Digitallotsin');
    await ben.getByRole('button', { name: 'In die Liste eintragen' }).click();
    await expect.poll(() => person(anna, 'Ben Rheinhessen').count(), live).toBe(1);
    await expect.poll(() => ben.locator('.directory-municipalities').textContent(), live).toBe('2 Kommunen und Organisationen vertreten');
    // Ben's card names Mobilität too: on Anna's listing it is marked in words, and the stands on it are listed.
    expect(await person(ben, 'Anna Westpfalz').locator('.directory-topic.is-mine').textContent()).toBe('Mobilität · Gemeinsames Thema');
    expect(await ben.locator('.directory-stands').textContent()).toContain('Mobilität');
    expect(await axeViolations(ben)).toEqual([]);
    if (shots) await ben.screenshot({ path: `${shots}/wer-ist-da-liste.png`, fullPage: true });

    await ben.getByLabel('Kommune', { exact: true }).selectOption('Stadt Kusel');
    await expect.poll(() => ben.locator('.directory-person').count(), live).toBe(1);
    expect(await ben.locator('.directory-count').textContent()).toBe('1 Person');
    if (shots) await ben.screenshot({ path: `${shots}/wer-ist-da-gefiltert.png`, fullPage: true });
    await ben.getByLabel('Kommune', { exact: true }).selectOption('');
    await ben.getByLabel('Thema', { exact: true }).selectOption('Kita-Portal');
    await expect.poll(() => ben.locator('.directory-person').count(), live).toBe(1);
    await ben.getByLabel('Thema', { exact: true }).selectOption('');
    await expect.poll(() => ben.locator('.directory-person').count(), live).toBe(2);

    await anna.getByRole('button', { name: 'Aus der Liste austragen' }).click();
    await expect.poll(() => anna.locator('.directory-join [role="status"]').textContent(), live).toContain('Sie sind ausgetragen');
    expect(await anna.getByRole('button', { name: 'In die Liste eintragen' }).count()).toBe(1);
    if (shots) await anna.screenshot({ path: `${shots}/wer-ist-da-selbst-ausgetragen.png`, fullPage: true });
    // Gone from the other phone without a reload.
    await expect.poll(() => person(ben, 'Anna Westpfalz').count(), live).toBe(0);
    expect(await ben.content()).not.toContain('Anna Westpfalz');
    await expect.poll(() => ben.locator('.directory-municipalities').textContent(), live).toBe('1 Kommune oder Organisation vertreten');
    if (shots) await ben.screenshot({ path: `${shots}/wer-ist-da-ausgetragen.png`, fullPage: true });

    // The stand directory marks the stands on a topic of the card.
    await ben.goto(`${e2e.server.url}/stands`);
    const marked = ben.locator('.stand-card.is-my-topic');
    await expect.poll(() => marked.count(), live).toBe(2);
    expect(await marked.first().locator('.my-topic-mark').textContent()).toBe('Ihr Thema: Mobilität');
    await marked.first().scrollIntoViewIfNeeded();
    if (shots) await ben.screenshot({ path: `${shots}/staende-ihr-thema.png` });

    // "Meine Daten" names the listing and takes it off with the rest.
    await ben.goto(`${e2e.server.url}/meine-daten`);
    await expect.poll(() => ben.locator('[data-my-data="listing"]').count(), live).toBe(1);
    const requestMailboxKept = () => ben.evaluate(() => Object.keys(localStorage).some((key) => key.includes('ortstermin.requestMailbox')));
    expect(await requestMailboxKept()).toBe(true);
    await ben.getByRole('button', { name: 'Meine Daten löschen' }).click();
    await ben.getByRole('button', { name: 'Ja, endgültig löschen' }).click();
    await expect.poll(() => ben.locator('[data-my-data="listing"]').count(), live).toBe(0);
    // The listing is gone, so its request mailbox is no longer kept or fetched.
    // (The listing's going can reach the page before the erasure's answer: so, polled.)
    await expect.poll(requestMailboxKept, live).toBe(false);
    // And its id: a next listing is not linked to this one.
    await expect.poll(() => ben.evaluate(() => Object.keys(localStorage).some((key) => key.includes('ortstermin.myListing'))), live).toBe(false);
    await expect.poll(() => anna.locator('.directory-person').count(), live).toBe(0);
    expect(await anna.locator('.directory-list').count()).toBe(0);
  });
});
