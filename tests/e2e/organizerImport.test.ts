import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';

const e2e = useBrowserSession();

const newSession = { id: 'e2e-offene-daten', title: 'Offene Daten im Landkreis' };
const movedTitle = 'Bürgerportal Cochem-Zell';

/** The event element of a session in a frab XML, found by its title. */
function eventBlock(xml: string, title: string): { start: number; end: number } {
  const at = xml.indexOf(`<title>${title}</title>`);
  if (at < 0) throw new Error(`no event titled ${title}`);
  return { start: xml.lastIndexOf('<event ', at), end: xml.indexOf('</event>', at) + '</event>'.length };
}

function editEvent(xml: string, title: string, edit: (block: string) => string): string {
  const { start, end } = eventBlock(xml, title);
  return xml.slice(0, start) + edit(xml.slice(start, end)) + xml.slice(end);
}

const addedEvent = `<event guid="${newSession.id}" id="900">
        <room>Auditorium</room>
        <title>${newSession.title}</title>
        <type>talk</type>
        <date>2026-05-14T13:00:00+02:00</date>
        <start>13:00</start>
        <duration>00:20</duration>
        <abstract>Ein Kurzvortrag.</abstract>
        <persons><person>Kreisverwaltung Kusel</person></persons>
      </event>`;

/** The server's own export: importing it changes nothing, so each edit below is the whole change. */
const exported = async () => (await fetch(`${e2e.server.url}/api/export/schedule.xml`)).text();

async function organizerImportPage(): Promise<Page> {
  const page = await (await phoneContext(e2e.browser)).newPage();
  await page.goto(e2e.server.links.organizer);
  await page.waitForURL(/\/organizer$/);
  await page.getByRole('link', { name: 'Programm importieren und exportieren' }).click();
  await page.waitForURL(/\/organizer\/import$/);
  return page;
}

async function attendeeAgenda(): Promise<Page> {
  const page = await (await phoneContext(e2e.browser)).newPage();
  await page.goto(`${e2e.server.url}/agenda`);
  await page.waitForSelector('article[data-session-id]');
  return page;
}

const chooseProgramme = (page: Page, name: string, content: string) =>
  page.locator('form[data-form="programme-import"] input[type="file"]').setInputFiles({ name, mimeType: 'application/xml', buffer: Buffer.from(content) });

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();
const programmeStatus = (page: Page) => page.locator('form[data-form="programme-import"] + [role="status"]').textContent();

describe('organizer import page', () => {
  it('previews exactly one added and one moved session, applies them, and an attendee sees them live', async () => {
    const attendee = await attendeeAgenda();
    expect(await attendee.locator(`article[data-session-id="${newSession.id}"]`).count()).toBe(0);
    const organizer = await organizerImportPage();
    const xml = editEvent(await exported(), movedTitle, (block) =>
      block.replace('<date>2026-05-14T10:30:00+02:00</date>', '<date>2026-05-14T14:30:00+02:00</date>').replace('<start>10:30</start>', '<start>14:30</start>'),
    );
    const afterFirstEvent = xml.indexOf('</event>') + '</event>'.length;
    const edited = `${xml.slice(0, afterFirstEvent)}\n      ${addedEvent}${xml.slice(afterFirstEvent)}`;

    await chooseProgramme(organizer, 'programm.xml', edited);
    expect(await organizer.getByLabel('Format').inputValue()).toBe('frab-xml');
    await organizer.getByRole('button', { name: 'Vorschau' }).click();
    await organizer.waitForSelector('[data-preview]');
    expect(await organizer.locator('[data-change]').evaluateAll((lists) => lists.map((l) => l.getAttribute('data-change')))).toEqual(['added', 'moved']);
    expect(await texts(organizer, '[data-change="added"] li')).toEqual([newSession.title]);
    const moved = await texts(organizer, '[data-change="moved"] li');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatch(/Bürgerportal Cochem-Zell.*vorher:.*10:30.*Auditorium.*neu:.*14:30.*Auditorium/);
    await expectNoAxeViolations(organizer);

    await organizer.getByRole('button', { name: 'Übernehmen' }).click();
    await expect.poll(() => programmeStatus(organizer)).toBe('2 Änderungen übernommen.');
    const card = attendee.locator(`article[data-session-id="${newSession.id}"]`);
    await expect.poll(() => card.textContent(), { timeout: 5000 }).toContain(newSession.title);
    expect(await card.textContent()).toContain('13:00');
    await expect.poll(() => attendee.locator('article[data-session-id="buergerportal-cochem-zell"]').textContent()).toContain('14:30');
  });

  it('shows where a malformed file is wrong, offers nothing to apply, and changes nothing', async () => {
    const attendee = await attendeeAgenda();
    const agendaBefore = await texts(attendee, 'article[data-session-id]');
    const exportBefore = await exported();
    const organizer = await organizerImportPage();

    await chooseProgramme(organizer, 'kaputt.xml', exportBefore.replace('</conference>', '</konferenz>'));
    await organizer.getByRole('button', { name: 'Vorschau' }).click();
    await expect.poll(() => programmeStatus(organizer)).toContain('nicht importiert werden');
    const issues = await texts(organizer, '[data-issues] li');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]).toMatch(/^Zeile \d+/);
    expect(await organizer.locator('[data-preview]').count()).toBe(0);

    const badStart = editEvent(exportBefore, movedTitle, (block) => block.replace(/<start>\d\d:\d\d<\/start>/, '<start>halb elf</start>'));
    await chooseProgramme(organizer, 'zeile.xml', badStart);
    await organizer.getByRole('button', { name: 'Vorschau' }).click();
    await organizer.waitForSelector('[data-change="rejected"]');
    const rejected = await texts(organizer, '[data-change="rejected"] li');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatch(/^Zeile \d+, Feld start/);
    expect(await organizer.getByRole('button', { name: 'Übernehmen' }).count()).toBe(0);
    await expectNoAxeViolations(organizer);

    expect(await exported()).toBe(exportBefore);
    expect(await texts(attendee, 'article[data-session-id]')).toEqual(agendaBefore);
  });

  it('refuses a preview made stale by a moderator’s change and offers a new one', async () => {
    const organizer = await organizerImportPage();
    const renamed = editEvent(await exported(), movedTitle, (block) => block.replace(movedTitle, 'Bürgerportal Cochem-Zell (Praxisbericht)'));
    await chooseProgramme(organizer, 'schedule.xml', renamed);
    await organizer.getByRole('button', { name: 'Vorschau' }).click();
    await organizer.waitForSelector('[data-change="renamed"]');

    const moderator = await e2e.server.tokenFor(e2e.server.links.moderator);
    await e2e.server.command(moderator, 'session:rename', { sessionId: 'eroeffnung', title: 'Begrüßung' });
    await organizer.getByRole('button', { name: 'Übernehmen' }).click();
    await expect.poll(() => programmeStatus(organizer)).toContain('seit der Vorschau geändert');
    expect(await organizer.locator('[data-preview]').count()).toBe(0);

    await organizer.getByRole('button', { name: 'Neue Vorschau' }).click();
    await organizer.waitForSelector('[data-preview]');
    // The file still says "Eröffnung", so undoing the moderator's rename is now part of the import.
    expect(await texts(organizer, '[data-change="renamed"] .import-item-title')).toEqual(['Eröffnung', 'Bürgerportal Cochem-Zell (Praxisbericht)']);
    await organizer.getByRole('button', { name: 'Übernehmen' }).click();
    await expect.poll(() => programmeStatus(organizer)).toBe('2 Änderungen übernommen.');
  });

  it('lists the problems of a broken stands file, then takes a correct one', async () => {
    const organizer = await organizerImportPage();
    const fixture = readFileSync(new URL('../fixtures/import/stands.json', import.meta.url), 'utf8');
    const upload = async (content: string) => {
      await organizer.getByLabel('Datei mit Ständen und Lageplan (JSON)').setInputFiles({ name: 'staende.json', mimeType: 'application/json', buffer: Buffer.from(content) });
      await organizer.getByRole('button', { name: 'Hochladen' }).click();
    };
    const status = organizer.locator('form[data-form="stands-import"] + [role="status"]');

    await upload(fixture.replace('"roomId": "aussen"', '"roomId": "keller"'));
    await expect.poll(() => status.textContent()).toContain('nicht importiert werden');
    const issues = await texts(organizer, '[data-issues] li');
    expect(issues.join('\n')).toMatch(/Feld stands\[3\]\.roomId\s*unknown room "keller"/);

    await upload(fixture);
    await expect.poll(() => status.textContent()).toBe('Stände und Lageplan übernommen.');
    expect(await organizer.locator('[data-issues]').count()).toBe(0);
  });

  it('shows what hosts changed on screen that the stands file would overwrite, and keeps it when asked', async () => {
    const organizer = await organizerImportPage();
    const fixture = readFileSync(new URL('../fixtures/import/stands.json', import.meta.url), 'utf8');
    const upload = async () => {
      await organizer.getByLabel('Datei mit Ständen und Lageplan (JSON)').setInputFiles({ name: 'staende.json', mimeType: 'application/json', buffer: Buffer.from(fixture) });
      await organizer.getByRole('button', { name: 'Hochladen' }).click();
    };
    const status = organizer.locator('form[data-form="stands-import"] + [role="status"]');
    await upload();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Stände und Lageplan übernommen.');
    const token = await e2e.server.tokenFor(e2e.server.links.organizer);
    expect(await e2e.server.command(token, 'stand:edit-profile', { standId: 'dorf-funk', description: 'Vom Stand selbst geschrieben.' })).toMatchObject({ ok: true });

    await upload();
    const choice = organizer.getByRole('group', { name: 'Am Bildschirm geändert' });
    await expect.poll(() => choice.textContent(), { timeout: 15_000 }).toContain('Jetzt: Vom Stand selbst geschrieben.');
    await expectNoAxeViolations(organizer);
    await choice.getByRole('button', { name: 'Änderungen behalten, Rest importieren' }).click();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Stände und Lageplan übernommen.');
    const snapshot = await (await fetch(`${e2e.server.url}/api/snapshot`)).json();
    expect(JSON.stringify(snapshot)).toContain('Vom Stand selbst geschrieben.');
    expect(await choice.count()).toBe(0);
  });
});
