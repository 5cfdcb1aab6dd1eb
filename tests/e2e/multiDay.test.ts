import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { agendaDay, dateAndTime, dayLabel } from '../../shared/agendaDays.js';
import { formatTime, localDate, zonedInstant } from '../../shared/time.js';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';
import { organizerToken } from './staffApi.js';

const e2e = useBrowserSession();
/** Screenshots to look at, outside the repository. */
const shots = join(tmpdir(), 'ortstermin-shots');
const minute = 60_000;
/** A page's first render waits for its snapshot: on a loaded machine that takes more than expect.poll's default second. */
const firstLoad = { timeout: 15_000 };
/** The event's zone for the test running: each test sets the one it needs (eventIn). */
let zone = 'Europe/Berlin';

interface Row { id: string; title: string; at: number; minutes: number; room: string }

/** A CSV row of a session starting at an instant, written in the event's zone (Berlin) as organizers write it. */
const csvRow = (r: Row) => [r.id, r.title, localDate(new Date(r.at), zone), formatTime(new Date(r.at).toISOString(), zone), r.minutes, r.room, 'Referentin Eins; Referent Zwei'].join(',');

async function post(path: string, body: object): Promise<{ baseSeq: number }> {
  const token = await organizerToken(e2e.server);
  const response = await fetch(`${e2e.server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<{ baseSeq: number }>;
}

/** Imports the rows as the whole programme, through the organizer's preview and apply. */
async function importProgramme(rows: Row[]): Promise<void> {
  const content = ['id,title,date,start,duration,room,speakers', ...rows.map(csvRow)].join('\n');
  const { baseSeq } = await post('/api/import/preview', { format: 'csv', content });
  await post('/api/import/apply', { format: 'csv', content, baseSeq });
}

/** Sets the event's time zone, as the organizer's settings do. */
async function eventIn(timeZone: string): Promise<void> {
  zone = timeZone;
  await post('/api/commands', { id: randomUUID(), type: 'event:configure', payload: { timeZone } });
}

/**
 * A zone where it is day now (08:00–18:00): "on day 2, an hour and a half of sessions around now"
 * must not straddle the agenda's day change at 04:00, whenever the test runs.
 */
function zoneInDaytime(nowMs: number): string {
  const hour = (candidate: string) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: candidate, hour: '2-digit', hourCycle: 'h23' }).format(nowMs));
  const zones = ['Europe/Berlin', 'Asia/Tokyo', 'America/Los_Angeles'];
  return zones.find((candidate) => hour(candidate) >= 8 && hour(candidate) < 18) ?? 'Europe/Berlin';
}

/** The instant of a wall-clock time in the event's zone. */
const zoneAt = (date: string, hour: number, minutes = 0) =>
  Date.parse(zonedInstant(date, `${String(hour).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`, zone));
const shiftDate = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function phone(path: string): Promise<Page> {
  const page = await (await phoneContext(e2e.browser)).newPage();
  await page.goto(`${e2e.server.url}${path}`);
  return page;
}

describe('an event of several days, on a phone in New York', () => {
  it('before the start: Now/Next says when and where it begins, the agenda opens on the first day, Mein Programm groups by day', async () => {
    await eventIn('Europe/Berlin');
    const first = shiftDate(localDate(new Date(), zone), 2);
    const second = shiftDate(first, 1);
    await importProgramme([
      { id: 'tag1-auftakt', title: 'Auftakt Tag eins', at: zoneAt(first, 9, 30), minutes: 30, room: 'Auditorium' },
      { id: 'tag1-spaet', title: 'Spätes Gespräch', at: zoneAt(first, 23, 30), minutes: 90, room: 'Foyer' },
      { id: 'tag2-auftakt', title: 'Auftakt Tag zwei', at: zoneAt(second, 10, 0), minutes: 45, room: 'Auditorium' },
    ]);
    const page = await phone('/');
    await expect.poll(() => page.locator('.now-start').textContent(), firstLoad).toBe(`Beginnt ${dayLabel(first, 'de-DE')}, 09:30 · Fraunhofer-Zentrum Kaiserslautern`);

    await page.goto(`${e2e.server.url}/agenda`);
    const days = page.locator('.day-switcher button');
    await expect.poll(() => days.count()).toBe(2);
    expect(await days.first().getAttribute('aria-pressed')).toBe('true');
    expect(await days.first().textContent()).toBe(dayLabel(first, 'de-DE', true));
    // The session past midnight is on its evening's day, its end time shown as it is.
    expect(await page.locator('article[data-session-id="tag1-spaet"] .session-time').textContent()).toBe('23:30–01:00');
    await page.locator('article[data-session-id="tag1-auftakt"]').getByRole('button', { name: /merken/i }).click();
    await days.nth(1).click();
    await expect.poll(() => page.locator('.page-lead').textContent()).toBe(dayLabel(second, 'de-DE'));
    await page.locator('article[data-session-id="tag2-auftakt"]').getByRole('button', { name: /merken/i }).click();

    await page.goto(`${e2e.server.url}/my-agenda`);
    await expect.poll(() => page.locator('.my-agenda-day').allTextContents()).toEqual([dayLabel(first, 'de-DE'), dayLabel(second, 'de-DE')]);
    await page.screenshot({ path: `${shots}/multiday-my-agenda.png` }).catch(() => undefined);
  });

  it('on day 2: the agenda opens at now with a marker, past sessions dimmed, dates in headings past midnight; search and filter', async () => {
    const now = Date.now();
    await eventIn(zoneInDaytime(now));
    const today = agendaDay(now, zone);
    const yesterday = shiftDate(today, -1);
    const past = Array.from({ length: 12 }, (_, i): Row => ({ id: `vorbei-${i}`, title: `Schon vorbei ${i}`, at: now - (85 - 5 * i) * minute, minutes: 5, room: i % 2 ? 'Foyer' : 'Auditorium' }));
    await importProgramme([
      { id: 'gestern', title: 'Gestern Werkstatt', at: zoneAt(yesterday, 10, 0), minutes: 60, room: 'Seminarraum 1' },
      { id: 'gestern-nacht', title: 'Nachtschicht', at: zoneAt(shiftDate(yesterday, 1), 1, 0), minutes: 30, room: 'Foyer' },
      ...past,
      { id: 'laeuft', title: 'Läuft gerade', at: now - 20 * minute, minutes: 60, room: 'Auditorium' },
      { id: 'spaeter', title: 'Kommt noch', at: now + 60 * minute, minutes: 30, room: 'Seminarraum 2' },
    ]);

    const page = await phone('/agenda');
    const marker = page.locator('.now-marker');
    await expect.poll(() => marker.count(), firstLoad).toBe(1);
    // Opened at now: the marker is on screen although twelve earlier sessions come before it.
    await expect.poll(async () => {
      const box = await marker.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 844;
    }).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    expect(await page.locator('.day-switcher button[aria-pressed="true"]').getAttribute('data-day')).toBe(today);
    expect(await page.locator('article[data-session-id="vorbei-0"]').getAttribute('class')).toContain('is-past');
    expect(await page.locator('article[data-session-id="laeuft"]').getAttribute('class')).not.toContain('is-past');
    await page.screenshot({ path: `${shots}/multiday-agenda-now.png` }).catch(() => undefined);

    // Yesterday: the session after midnight carries its date in the heading.
    await page.locator(`.day-switcher button[data-day="${yesterday}"]`).click();
    await expect.poll(() => page.locator('.time-heading').allTextContents()).toEqual([
      'Ab 10:00 Uhr',
      `Ab ${dayLabel(shiftDate(yesterday, 1), 'de-DE', true)}, 01:00 Uhr`,
    ]);
    expect(await page.locator('.now-marker').count()).toBe(0);

    // Search across days, and the room filter.
    await page.getByLabel('Programm durchsuchen').fill('werkstatt');
    await expect.poll(() => page.locator('article[data-session-id]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-session-id')))).toEqual(['gestern']);
    await page.getByLabel('Programm durchsuchen').fill('');
    await page.locator('.agenda-filters select').first().selectOption({ label: 'Seminarraum 2' });
    await expect.poll(() => page.locator('article[data-session-id]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-session-id')))).toEqual(['spaeter']);

    // Now/Next on day 2.
    await page.goto(`${e2e.server.url}/`);
    await expect.poll(() => page.locator('#now-now ~ article, section[aria-labelledby="now-now"] article').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-session-id'))), firstLoad).toEqual(['laeuft']);
    expect(await page.locator('section[aria-labelledby="now-next"] article').getAttribute('data-session-id')).toBe('spaeter');
    expect(await page.locator('.now-start').count()).toBe(0);
  });

  it('the big screen and a stand page say the day as well as the time, in German and English', async () => {
    await eventIn('Europe/Berlin');
    const first = shiftDate(localDate(new Date(), zone), 1);
    const second = shiftDate(first, 1);
    await importProgramme([
      { id: 'tag1-auftakt', title: 'Auftakt Tag eins', at: zoneAt(first, 9, 30), minutes: 30, room: 'Auditorium' },
      { id: 'tag2-nacht', title: 'Lange Nacht', at: zoneAt(second, 23, 30), minutes: 90, room: 'Foyer' },
    ]);
    const token = await organizerToken(e2e.server);
    const status = { id: randomUUID(), type: 'stand:set-status', payload: { standId: 'digitale-doerfer', availability: 'available', text: '' } };
    const response = await fetch(`${e2e.server.url}/api/commands`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(status) });
    expect(response.status).toBe(200);
    const setAt = new Date().toISOString();

    for (const [lang, dateLocale, updated] of [['de', 'de-DE', 'aktualisiert'], ['en', 'en-GB', 'updated']] as const) {
      // The language this device chose, as the app's language switch stores it.
      const choose = (ctx: BrowserContext) => ctx.addInitScript((chosen) => localStorage.setItem('ortstermin.locale', chosen), lang);
      const screenContext = await e2e.browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'de-DE', timezoneId: 'America/New_York' });
      await choose(screenContext);
      const screen = await screenContext.newPage();
      await screen.goto(`${e2e.server.url}/screen/tag2-nacht`);
      // The session's day by name; its end past midnight with its own date.
      const end = dateAndTime(new Date(zoneAt(second, 23, 30) + 90 * minute).toISOString(), zone, dateLocale);
      await expect.poll(() => screen.locator('.screen-meta').textContent(), firstLoad).toBe(`${dayLabel(second, dateLocale)}, 23:30–${end} · Foyer`);
      await screen.screenshot({ path: `${shots}/multiday-screen-${lang}.png` }).catch(() => undefined);
      await screenContext.close();

      const standContext = await phoneContext(e2e.browser);
      await choose(standContext);
      const standPage = await standContext.newPage();
      await standPage.goto(`${e2e.server.url}/stand/digitale-doerfer`);
      const when = (iso: string) => `${updated} ${dateAndTime(iso, zone, dateLocale)}${lang === 'de' ? ' Uhr' : ''}`;
      const hint = standPage.locator('.stand-status .field-hint');
      await expect.poll(() => hint.textContent(), firstLoad).toMatch(/\d/);
      // Set a moment ago: the minute may have turned since.
      expect([when(setAt), when(new Date(Date.parse(setAt) + minute).toISOString())]).toContain(await hint.textContent());
      await standPage.screenshot({ path: `${shots}/multiday-stand-${lang}.png` }).catch(() => undefined);
      await standContext.close();
    }
  });
});
