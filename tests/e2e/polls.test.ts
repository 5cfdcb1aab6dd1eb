import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pollLimits } from '../../shared/polls.js';
import { defaultTimeZone, localDate } from '../../shared/time.js';
import { downloadedText, phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';
import { waitForServiceWorkerControl } from '../support/pwa.js';
import { organizerToken } from './staffApi.js';

/** Today, so "after the session" and "until the end of the event day" mean the real clock. */
const e2e = useBrowserSession({ DEMO_DATE: localDate(new Date(), defaultTimeZone) });
const live = { timeout: 20_000 };
const sessionId = 'digitale-doerfer';

async function staffContext(browser: Browser, role: 'moderator' | 'organizer', token: string): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
  await ctx.addInitScript(
    ([r, tk]) => {
      localStorage.setItem('ortstermin.staffToken', tk);
      localStorage.setItem('ortstermin.staffRole', r);
    },
    [role, token] as const,
  );
  return ctx;
}

/** The feedback form and the organizer's feedback panel exist only around a session's end: checked here. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

interface Snapshot {
  snapshot: { state: { polls: { polls: Record<string, { question: string }>; results: Record<string, { voters: number; average: number | null }> } } };
}

describe('live polls and feedback in the browser', () => {
  it('a rating voted offline arrives once, the big screen shows the revealed average, feedback reaches the organizer and the CSV', async () => {
    const modToken = await e2e.server.tokenFor(e2e.server.links.moderator);
    const moderator = await (await staffContext(e2e.browser, 'moderator', modToken)).newPage();
    await moderator.goto(`${e2e.server.url}/moderation/polls`);
    await moderator.getByLabel('Programmpunkt').selectOption(sessionId);
    const create = moderator.locator('form[data-form="poll-create"]');
    await create.getByLabel('Art').selectOption('rating');
    const question = 'Wie bewerten Sie den Vortrag?';
    await create.getByLabel('Frage', { exact: true }).fill(question);
    await create.getByRole('button', { name: 'Abstimmung anlegen' }).click();
    const item = moderator.locator('li[data-staff-poll]', { hasText: question });
    await item.getByRole('button', { name: 'Starten' }).click();
    await expect.poll(() => item.getAttribute('data-poll-status'), live).toBe('open');
    const pollId = (await item.getAttribute('data-staff-poll')) ?? '';

    const attendeeContext = await phoneContext(e2e.browser);
    const attendee = await attendeeContext.newPage();
    await attendee.goto(`${e2e.server.url}/session/${sessionId}`);
    await waitForServiceWorkerControl(attendee);
    const card = attendee.locator(`[data-poll-id="${pollId}"]`);
    await expect.poll(() => card.count(), live).toBe(1);

    // The hall's Wi-Fi is gone: the vote waits on the phone.
    await e2e.server.stop();
    await card.getByLabel('4', { exact: true }).check();
    await card.getByRole('button', { name: 'Abstimmen' }).click();
    await expect.poll(() => card.locator('.poll-status').textContent(), live).toContain('wird gesendet');
    await e2e.server.start();
    await expect.poll(() => card.locator('.poll-status').textContent(), live).toBe('Ihre Stimme ist gezählt.');
    expect(await card.textContent()).toContain('sobald die Moderation sie freigibt');

    const results = async () => {
      const response = await fetch(`${e2e.server.url}/api/snapshot`, { headers: { authorization: `Bearer ${modToken}` } });
      return ((await response.json()) as Snapshot).snapshot.state.polls.results[pollId];
    };
    await expect.poll(results, live).toMatchObject({ voters: 1, average: 4 });
    await attendee.reload();
    await attendee.waitForTimeout(1000);
    expect(await results()).toMatchObject({ voters: 1 });

    const screenContext = await e2e.browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'de-DE' });
    const screen = await screenContext.newPage();
    await screen.goto(`${e2e.server.url}/screen/${sessionId}`);
    await expect.poll(() => screen.locator('[data-screen-poll]').textContent(), live).toContain(question);
    expect(await screen.locator('[data-poll-average]').count()).toBe(0);
    expect(await screen.locator('[data-join-qr] img').getAttribute('src')).toMatch(/^data:image\/png;base64,/);

    await expect.poll(() => item.locator('[data-poll-results]').count(), live).toBe(1);
    await item.getByRole('button', { name: 'Ergebnis zeigen' }).click();
    await expect.poll(() => screen.locator('[data-poll-average]').textContent(), live).toBe('Durchschnitt: 4 von 5');
    await expect.poll(() => attendee.locator(`[data-poll-id="${pollId}"] [data-poll-average]`).textContent(), live).toBe('Durchschnitt: 4 von 5');

    // The session ends; the attendee rates it.
    const now = Date.now();
    const moved = await e2e.server.command(modToken, 'session:move', {
      sessionId,
      startsAt: new Date(now - 90 * 60_000).toISOString(),
      endsAt: new Date(now - 30 * 60_000).toISOString(),
    });
    expect(moved).toMatchObject({ ok: true });
    const feedback = attendee.locator(`[data-feedback-for="${sessionId}"]`);
    await expect.poll(() => feedback.count(), live).toBe(1);
    const comment = 'Sehr praxisnah – bitte die Folien teilen.';
    await feedback.getByLabel('5 von 5 Sternen').check();
    await feedback.getByLabel('Kommentar (freiwillig)').fill(comment);
    // Who reads the comment and the room left, on one line under the field and read with it.
    const describedBy = (await feedback.getByLabel('Kommentar (freiwillig)').getAttribute('aria-describedby')) ?? '';
    expect(await attendee.locator(`[id="${describedBy}"]`).textContent()).toBe(
      `Nur das Team und die Vortragenden lesen ihn. ${comment.length} von ${pollLimits.comment} Zeichen`,
    );
    // It follows the language switch in the header.
    await attendee.locator('.language-switch').click();
    await expect
      .poll(() => attendee.locator(`[id="${describedBy}"]`).textContent(), live)
      .toBe(`Only the team and the speakers read it. ${comment.length} of ${pollLimits.comment} characters`);
    await attendee.locator('.language-switch').click();
    await expect.poll(() => attendee.locator('html').getAttribute('lang'), live).toBe('de');
    expect(await axeViolations(attendee)).toEqual([]);
    await feedback.getByRole('button', { name: 'Bewertung senden' }).click();
    await expect.poll(() => feedback.locator('.poll-status').textContent(), live).toBe('Danke! Ihre Bewertung ist gespeichert.');

    const organizer = await (await staffContext(e2e.browser, 'organizer', await organizerToken(e2e.server))).newPage();
    await organizer.goto(`${e2e.server.url}/moderation/polls`);
    await organizer.getByLabel('Programmpunkt').selectOption(sessionId);
    const panel = organizer.locator(`[data-feedback-panel="${sessionId}"]`);
    await expect.poll(() => panel.textContent(), live).toContain(comment);
    expect(await panel.textContent()).toContain('1 Bewertung, Durchschnitt 5 Sterne');
    expect(await axeViolations(organizer)).toEqual([]);
    // Attendees never see others' feedback.
    expect(await attendee.locator('body').textContent()).not.toContain('Durchschnitt 5 Sterne');

    const [download] = await Promise.all([organizer.waitForEvent('download'), organizer.getByRole('button', { name: 'CSV herunterladen' }).click()]);
    const csv = await downloadedText(download);
    expect(csv).toContain(comment);
    expect(csv).toContain(question);
    for (const ctx of [moderator.context(), attendeeContext, screenContext, organizer.context()]) await ctx.close();
  });

  it('a vote given offline for a poll that closed meanwhile says so instead of failing silently', async () => {
    const modToken = await e2e.server.tokenFor(e2e.server.links.moderator);
    const pollId = crypto.randomUUID();
    const setup = { sessionId: 'westpfalz-wiki', kind: 'single', question: 'Schreiben Sie selbst im Wiki?', options: ['Ja', 'Nein'] };
    expect(await e2e.server.command(modToken, 'poll:create', { pollId, setup })).toMatchObject({ ok: true });
    expect(await e2e.server.command(modToken, 'poll:open', { pollId })).toMatchObject({ ok: true });
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/session/westpfalz-wiki`);
    await waitForServiceWorkerControl(page);
    const card = page.locator(`[data-poll-id="${pollId}"]`);
    await expect.poll(() => card.count(), live).toBe(1);

    await e2e.server.stop();
    await card.getByLabel('Ja', { exact: true }).check();
    await card.getByRole('button', { name: 'Abstimmen' }).click();
    await expect.poll(() => card.locator('.poll-status').textContent(), live).toContain('wird gesendet');
    // The server returns and the moderator closes the poll before the phone is back.
    await e2e.server.start();
    expect(await e2e.server.command(modToken, 'poll:close', { pollId })).toMatchObject({ ok: true });
    await expect.poll(() => card.locator('.poll-status').textContent(), live).toContain('Abstimmung war schon beendet');
    await context.close();
  });
});
