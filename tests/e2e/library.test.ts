import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Browser } from 'playwright-core';
import { loadProgrammeIfEmpty } from '../../server/bootstrap.js';
import { loadDemoEvent, loadDemoStands } from '../../server/demo/loadDemoEvent.js';
import { appendToLog } from '../../server/store/appendToLog.js';
import { createSqliteStore } from '../../server/store/sqliteStore.js';
import type { ChangeDraft } from '../../shared/changes.js';
import { libraryReplySchema } from '../../shared/library.js';
import { slugForDay } from '../../shared/series.js';
import { localDate } from '../../shared/time.js';
import { phoneContext } from '../support/browser.js';
import { fileBrowser } from '../support/browserSession.js';
import { waitForSavedState, waitForServiceWorkerControl } from '../support/pwa.js';
import { ServerProcess } from '../support/serverProcess.js';
import { hostLink } from './staffApi.js';

const libraryIds = async (url: string) => libraryReplySchema.parse(await (await fetch(`${url}/api/library`)).json()).projects.map((p) => p.standId);
const snapshotLibrary = z.object({ snapshot: z.object({ state: z.object({ library: z.record(z.string(), z.object({ withdrawn: z.boolean() })) }) }) });

const dayMs = 24 * 60 * 60 * 1000;
const shotsDir = process.env['SHOTS_DIR'] ?? '/tmp';
const berlinDay = (offsetDays: number) => localDate(new Date(Date.now() + offsetDays * dayMs), 'Europe/Berlin');
const earlier = berlinDay(-30);
const today = berlinDay(0);
const earlierSlug = slugForDay(earlier, new Set());
const todaySlug = slugForDay(today, new Set([earlierSlug]));
const stand = 'digitale-doerfer';
const asker = 'Anna Fragesteller';
const answer = 'Die Dörfer pflegen ihre Inhalte selbst, der Landkreis betreibt die App.';
/** Shown last month only: today's date removed it, so its library entry lives in the past date's log. */
const pastOnly = { id: 'vr-time-travel', name: 'VR-Time-Travel' };

/** Last month's question at the stand, answered and marked for the library, as its log holds it. */
function markedAnswer(): ChangeDraft {
  const at = new Date(Date.now() - 30 * dayMs).toISOString();
  return {
    type: 'question:faq-marked',
    audience: 'public',
    data: {
      question: {
        id: randomUUID(),
        target: { kind: 'stand', id: stand },
        text: 'Wer pflegt die Inhalte?',
        authorName: asker,
        askedAt: at,
        status: 'published',
        pinned: false,
        answered: true,
        answer: { text: answer, by: 'host', at },
        votes: 3,
        faq: true,
      },
    },
  };
}

/** Last month's date with the marked answer, and today's with the same stands (as "Nächster Termin" copies them). */
async function twoDates(dataDir: string): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const clock = { now: () => Date.now() };
  const home = createSqliteStore({ filename: join(dataDir, 'ortstermin.db') });
  await loadProgrammeIfEmpty(home.log, clock, () => loadDemoEvent(earlier), loadDemoStands);
  await appendToLog(home.log, [markedAnswer()], new Date().toISOString());
  await home.series.insert({ id: 'e-earlier', slug: earlierSlug, location: '', createdAt: new Date().toISOString(), closedAt: null });
  const location = home.siblingLocation('e-today');
  const second = await home.openSibling(location);
  await loadProgrammeIfEmpty(second.log, clock, () => loadDemoEvent(today), loadDemoStands);
  await appendToLog(second.log, [{ type: 'stand:removed', audience: 'public', data: { standId: pastOnly.id, name: pastOnly.name } }], new Date().toISOString());
  await second.close();
  await home.series.insert({ id: 'e-today', slug: todaySlug, location, createdAt: new Date().toISOString(), closedAt: null });
  await home.close();
}

describe('the project library on a phone', () => {
  const server = new ServerProcess();
  let browser: Browser;
  beforeAll(async () => {
    await twoDates(server.dataDir.path);
    await server.start();
    browser = await fileBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server.dispose();
  });

  it('shows last time’s answer at the returning stand (offline too), and /projekte finds the project by a typo’d cost word', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/${todaySlug}/stand/${stand}`);
    await waitForServiceWorkerControl(page);
    const earlierSection = page.locator('.stand-earlier');
    await expect.poll(() => earlierSection.textContent(), { timeout: 15_000 }).toContain('Aus früheren Terminen');
    await earlierSection.locator('summary').first().click();
    expect(await earlierSection.textContent()).toContain(answer);
    expect(await page.locator('main').textContent()).not.toContain(asker);
    await earlierSection.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shotsDir, 'stand-earlier-answers.png') });

    await waitForSavedState(page, 1, 15_000, `ortstermin@${todaySlug}`);
    await server.stop();
    await page.reload();
    await expect.poll(() => page.locator('.stand-earlier').textContent(), { timeout: 15_000 }).toContain('Wer pflegt die Inhalte?');
    await server.start();

    await page.goto(`${server.url}/projekte`);
    await page.getByLabel('Projekte durchsuchen').fill('Kosten Redaktin');
    const first = page.locator('[data-project-id]').first();
    await expect.poll(() => first.getAttribute('data-project-id'), { timeout: 15_000 }).toBe(stand);
    await first.locator('summary').click();
    expect(await first.textContent()).toContain(answer);
    expect(await page.locator('main').textContent()).not.toContain(asker);
    await page.screenshot({ path: join(shotsDir, 'projekte-search.png'), fullPage: true });
    await context.close();
  });

  it('lets the stand’s host take the project out of the library: /projekte no longer finds it', async () => {
    const host = await (await phoneContext(browser)).newPage();
    await host.goto(await hostLink(server, stand));
    await host.waitForURL(/\/host$/);
    const withdrawal = host.locator('[data-library-withdrawal]');
    await expect.poll(() => withdrawal.getAttribute('data-library-withdrawal'), { timeout: 15_000 }).toBe('listed');
    await withdrawal.getByRole('button', { name: 'Aus den Projekten der Reihe nehmen' }).click();
    await expect.poll(() => withdrawal.getAttribute('data-library-withdrawal'), { timeout: 15_000 }).toBe('withdrawn');
    await withdrawal.scrollIntoViewIfNeeded();
    await host.screenshot({ path: join(shotsDir, 'host-library-withdrawn.png') });
    const reply = await fetch(`${server.url}/api/library?q=${encodeURIComponent('Kosten Redaktin')}`);
    expect(libraryReplySchema.parse(await reply.json()).projects.map((p) => p.standId)).not.toContain(stand);
    await host.context().close();
  });

  it('lets the organizer take a project of a past date out of the library, after asking, and put it back', async () => {
    expect(await libraryIds(server.url)).toContain(pastOnly.id);
    const organizer = await (await phoneContext(browser)).newPage();
    await organizer.goto(server.links.organizer);
    await organizer.waitForURL(/\/organizer$/);
    const desk = organizer.locator('[data-library-desk]');
    await desk.locator('summary').first().click();
    await desk.getByLabel('Projekte durchsuchen').fill('VR Time Travl');
    const entry = desk.locator(`[data-library-entry="${pastOnly.id}"]`);
    await expect.poll(() => entry.count(), { timeout: 15_000 }).toBe(1);
    expect(await entry.textContent()).toMatch(/\d{4}/); // its date with the year
    await entry.getByRole('button', { name: 'Aus den Projekten der Reihe nehmen' }).click();
    expect(await entry.getByRole('alert').textContent()).toContain(`„${pastOnly.name}“ aus den Projekten der Reihe nehmen?`);
    const axe = await new AxeBuilder({ page: organizer }).include('[data-library-desk]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(await libraryIds(server.url)).toContain(pastOnly.id); // asking changes nothing
    await entry.getByRole('button', { name: 'Ja, herausnehmen' }).click();
    await expect.poll(() => entry.getAttribute('data-withdrawn'), { timeout: 15_000 }).toBe('yes');
    expect(await entry.getByRole('status').textContent()).toContain(`„${pastOnly.name}“ ist aus den Projekten der Reihe genommen.`);
    await entry.scrollIntoViewIfNeeded();
    await organizer.screenshot({ path: join(shotsDir, 'organizer-library-withdrawn.png') });
    expect(await libraryIds(server.url)).not.toContain(pastOnly.id);
    // The word is in the past date's log, the only one that showed it.
    const past = snapshotLibrary.parse(await (await fetch(`${server.url}/${earlierSlug}/api/snapshot`)).json());
    expect(past.snapshot.state.library[pastOnly.id]?.withdrawn).toBe(true);

    await entry.getByRole('button', { name: 'Wieder aufnehmen' }).click();
    await expect.poll(() => entry.getAttribute('data-withdrawn'), { timeout: 15_000 }).toBe('no');
    expect(await entry.getByRole('status').textContent()).toContain('wieder in den Projekten der Reihe');
    expect(await libraryIds(server.url)).toContain(pastOnly.id);
    await organizer.context().close();
  });
});
