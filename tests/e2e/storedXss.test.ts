import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';

/** Generous: two browsers and a server share two cores in CI. */
const live = { timeout: 10_000 };
const dialogs: string[] = [];

const e2e = useBrowserSession();

const imgAttack = '<img src=x onerror=alert(1)>';
const scriptAttack = '<script>alert(2)</script> und <b>fett</b>?';
const nameAttack = '<img src=x onerror=alert(3)>';
const answerAttack = '<svg onload=alert(4)></svg> <img src=x onerror=alert(5)>';
const session = 'eroeffnung';

/** Any dialog at all is a failure; the handler dismisses it so the page cannot hang. */
function guard(page: Page): Page {
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return page;
}

async function phonePage(url: string): Promise<Page> {
  const page = guard(await (await phoneContext(e2e.browser)).newPage());
  await page.goto(url);
  return page;
}

async function expectInert(page: Page): Promise<void> {
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('main script, .screen script, svg[onload]').count()).toBe(0);
  expect(await page.locator('b', { hasText: 'fett' }).count()).toBe(0);
}

/** Resolves once the page's own load of the attacks' image URL has failed. */
async function brokenImageAnswered(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const probe = new Image();
        probe.onerror = () => resolve();
        probe.onload = () => resolve();
        probe.src = 'x';
      }),
  );
}

describe('stored XSS', () => {
  it('shows hostile questions, names and answers as text on the attendee, moderator and big-screen views', async () => {
    const attendee = await phonePage(`${e2e.server.url}/session/${session}`);
    const form = attendee.locator('form[data-form="ask"]');
    await form.getByLabel('Name (optional)').fill(nameAttack);
    await form.getByLabel('Ihre Frage').fill(imgAttack);
    await form.getByRole('button', { name: 'Frage senden' }).click();
    await form.getByLabel('Ihre Frage').fill(scriptAttack);
    await form.getByRole('button', { name: 'Frage senden' }).click();

    const list = attendee.locator('[data-question-list]');
    await expect.poll(() => list.locator('li[data-question-id]').count(), live).toBe(2);
    expect(await list.textContent()).toContain(imgAttack);
    expect(await list.textContent()).toContain(scriptAttack);
    expect(await list.textContent()).toContain(nameAttack);
    await expectInert(attendee);

    const moderator = guard(await (await phoneContext(e2e.browser)).newPage());
    await moderator.goto(e2e.server.links.moderator);
    await moderator.waitForURL(/\/moderation/);
    await moderator.goto(`${e2e.server.url}/moderation/questions?for=session:${session}`);
    // By its own text: the other card's merge list names this question too.
    const card = moderator
      .locator('li[data-question-id]')
      .filter({ has: moderator.locator('.question-text', { hasText: imgAttack }) });
    await expect.poll(() => card.count(), live).toBe(1);
    expect(await moderator.locator('main').textContent()).toContain(scriptAttack);
    await card.getByRole('button', { name: 'Auf die Leinwand' }).click();
    await card.locator('summary', { hasText: 'Schriftlich antworten' }).click();
    await card.getByLabel('Antwort (öffentlich)').fill(answerAttack);
    await card.getByRole('button', { name: 'Antwort veröffentlichen' }).click();
    await expect.poll(() => card.textContent(), live).toContain('Antwort der Moderation');
    await expectInert(moderator);

    const screenContext = await e2e.browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'de-DE' });
    const screen = guard(await screenContext.newPage());
    await screen.goto(`${e2e.server.url}/screen/${session}`);
    await expect.poll(() => screen.locator('.screen-staged').textContent(), live).toContain(imgAttack);
    expect(await screen.locator('.screen-list').textContent()).toContain(scriptAttack);
    await expectInert(screen);

    await expect.poll(() => list.textContent(), live).toContain(answerAttack);
    await expectInert(attendee);

    // Positive signals before "no dialog": a question sent after the attacks is shown on every
    // view (so each rendered all that came before it), and each page has seen a load of the
    // attacks' image fail (so an onerror handler would have run by now).
    const marker = `Harmlos ${Date.now()}`;
    const token = await e2e.server.tokenFor(e2e.server.links.moderator);
    expect(await e2e.server.command(token, 'question:ask', { questionId: crypto.randomUUID(), target: { kind: 'session', id: session }, text: marker })).toMatchObject({ ok: true });
    await expect.poll(() => list.textContent(), live).toContain(marker);
    await expect.poll(() => moderator.locator('main').textContent(), live).toContain(marker);
    await expect.poll(() => screen.locator('.screen-list').textContent(), live).toContain(marker);
    for (const page of [attendee, moderator, screen]) await brokenImageAnswered(page);
    expect(dialogs).toEqual([]);
  });
});
