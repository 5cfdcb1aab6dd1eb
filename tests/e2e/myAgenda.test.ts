import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadedText, phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';

const e2e = useBrowserSession();

async function bookmark(page: Page, sessionId: string): Promise<void> {
  const card = page.locator(`article[data-session-id="${sessionId}"]`);
  await card.getByRole('button', { name: /merken/i }).click();
  await expect.poll(() => card.getByRole('button', { name: /nicht mehr merken/i }).count()).toBe(1);
}

const item = (page: Page, sessionId: string) => page.locator(`li[data-my-session-id="${sessionId}"]`);

describe('my agenda in the browser', () => {
  it('explains how to bookmark when nothing is bookmarked', async () => {
    const page = await (await phoneContext(e2e.browser)).newPage();
    await page.goto(`${e2e.server.url}/my-agenda`);
    await expect.poll(() => page.locator('.my-agenda-empty').textContent()).toContain('Merken');
  });

  it('shows a clash, puts a moved session first, and saves the bookmarks as an .ics file', async () => {
    const page = await (await phoneContext(e2e.browser)).newPage();
    await page.goto(`${e2e.server.url}/agenda`);
    await bookmark(page, 'buergerportal-cochem-zell');
    await bookmark(page, 'rechnungswesen-meisenheim');
    await bookmark(page, 'ausblick');

    await page.getByRole('link', { name: 'Mein Programm (3)' }).click();
    await page.waitForURL(/\/my-agenda$/);
    // Both 10:30 talks clash, said in words; the closing talk does not. Berlin times on a New York phone.
    await expect.poll(() => page.locator('.clash-summary').textContent()).toContain('2 gemerkte Programmpunkte überschneiden sich');
    expect(await item(page, 'buergerportal-cochem-zell').locator('.clash-note').textContent()).toMatch(
      /Überschneidung.*Gleichzeitig mit: „Digitalisierung Rechnungswesen“ \(10:30–11:00 MESZ\)/,
    );
    expect(await item(page, 'ausblick').locator('.clash-note').count()).toBe(0);
    expect(await page.locator('li[data-my-session-id]').first().getAttribute('data-my-session-id')).toBe('buergerportal-cochem-zell');

    const moderator = await (await phoneContext(e2e.browser, { timezoneId: 'Asia/Tokyo' })).newPage();
    await moderator.goto(e2e.server.links.moderator);
    await moderator.waitForURL(/\/moderation/);
    await moderator.locator('[data-edit-session="rechnungswesen-meisenheim"] .picker-toggle').click();
    const form = moderator.locator('form[data-session-id="rechnungswesen-meisenheim"]');
    await form.getByLabel('Beginn').fill('14:00');
    await form.getByLabel('Raum').selectOption({ label: 'Seminarraum 2' });
    await form.getByRole('button', { name: 'Speichern' }).click();

    // Listed first, highlighted, with what changed; the clash is gone with the move.
    const fresh = page.locator('.my-agenda-changed li.is-fresh');
    await expect.poll(() => fresh.first().getAttribute('data-my-session-id'), { timeout: 5000 }).toBe('rechnungswesen-meisenheim');
    const note = (await fresh.first().locator('.fresh-note').textContent()) ?? '';
    expect(note).toContain('Neu geändert');
    expect(note).toMatch(/Neue Zeit: 10:30–11:00 MESZ → 14:00–\d\d:\d\d MESZ/);
    expect(note).toContain('Neuer Raum: Seminarraum 1 → Seminarraum 2');
    expect(await page.locator('li[data-my-session-id]').first().getAttribute('data-my-session-id')).toBe('rechnungswesen-meisenheim');
    expect(await page.locator('.clash-summary').count()).toBe(0);

    // Acknowledged: back in time order, and it stays so after a reload.
    await fresh.first().getByRole('button', { name: /verstanden/i }).click();
    await expect.poll(() => page.locator('.my-agenda-changed').count()).toBe(0);
    await page.reload();
    await expect.poll(() => page.locator('li[data-my-session-id]').count()).toBe(3);
    // The copy on the phone may be from just before the move (it is saved a moment after each change); the catch-up brings it.
    await expect.poll(() => item(page, 'rechnungswesen-meisenheim').textContent()).toContain('14:00');
    expect(await page.locator('.my-agenda-changed').count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als Kalenderdatei (.ics) speichern' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mein-programm.ics');
    const ics = await downloadedText(download);
    const events = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent))
      .map((event) => ({ uid: event.uid, start: event.startDate.toJSDate().toISOString() }));
    // In time order: the moved talk now comes after the 10:30 one and before the closing talk.
    expect(events.map((e) => e.uid.split('@')[0])).toEqual(['buergerportal-cochem-zell', 'rechnungswesen-meisenheim', 'ausblick']);
    expect(events.find((e) => e.uid.startsWith('rechnungswesen-meisenheim'))?.start).toBe('2026-05-14T12:00:00.000Z');
    expect(events.find((e) => e.uid.startsWith('buergerportal-cochem-zell'))?.start).toBe('2026-05-14T08:30:00.000Z');
  });
});
