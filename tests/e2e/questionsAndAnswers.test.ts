import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';
import { hostLink } from './staffApi.js';

/** Generous: two browsers and a server share two cores in CI. */
const live = { timeout: 10_000 };

const e2e = useBrowserSession();

async function openPage(url: string): Promise<Page> {
  const page = await (await phoneContext(e2e.browser)).newPage();
  await page.goto(url);
  return page;
}

async function ask(page: Page, text: string): Promise<void> {
  const form = page.locator('form[data-form="ask"]');
  await form.getByLabel('Ihre Frage').fill(text);
  await form.getByRole('button', { name: 'Frage senden' }).click();
}

/** Records, from the page itself, whether a text ever showed up inside an element (now or later). */
async function watchFor(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ([sel, needle]) => {
      const check = () => {
        const found = [...document.querySelectorAll(sel)].some((el) => el.textContent?.includes(needle));
        if (found) Object.assign(window, { __leaked: true });
      };
      new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true });
      check();
    },
    [selector, text] as const,
  );
}

describe('questions and answers in the browser', () => {
  it('a question at a stand reaches its host live, and the answer reaches the attendee live', async () => {
    const host = await openPage(await hostLink(e2e.server, 'digitale-doerfer'));
    await host.waitForURL(/\/host$/);
    await expect.poll(() => host.locator('h1').textContent(), live).toBe('Mein Stand');
    await expect.poll(() => host.locator('.page-lead').textContent(), live).toBe('Digitale Dörfer');
    // The same number as on the map, the directory card and the stand page, leading to the stand on the map.
    const number = host.locator('.stand-number-link[data-stand-number]');
    await expect.poll(() => number.textContent(), live).toBe('Stand 2');
    expect(await number.getAttribute('href')).toBe('/map?stand=digitale-doerfer');

    const attendee = await openPage(`${e2e.server.url}/stand/digitale-doerfer`);
    await expect.poll(() => attendee.locator('h1').textContent(), live).toBe('Digitale Dörfer');
    await attendee.evaluate(() => Object.assign(window, { __notReloaded: true }));
    const question = 'Was hat die Plattform die Gemeinde gekostet?';
    await ask(attendee, question);

    const hostCard = host.locator('li[data-question-id]', { hasText: question });
    await expect.poll(() => hostCard.count(), live).toBe(1);
    await hostCard.getByLabel('Antwort (öffentlich)').fill('Rund 12.000 Euro im ersten Jahr, gefördert vom Land.');
    await hostCard.getByRole('button', { name: 'Antwort veröffentlichen' }).click();

    // Shown once: to the asker under "Meine Fragen" with its answer, not again in the open list.
    const mine = attendee.locator('li[data-my-question-id]', { hasText: question });
    await expect.poll(() => mine.getAttribute('data-state'), live).toBe('answered');
    expect(await mine.textContent()).toContain('beantwortet');
    await expect.poll(() => mine.textContent(), live).toContain('Rund 12.000 Euro');
    expect(await mine.textContent()).toContain('Antwort vom Stand');
    expect(await attendee.getByText(question, { exact: true }).count()).toBe(1);
    // Anyone else finds it once, among the stand's answered questions.
    const other = await openPage(`${e2e.server.url}/stand/digitale-doerfer`);
    await expect.poll(() => other.locator('.stand-faq').textContent(), live).toContain(question);
    expect(await other.locator('.stand-faq h2').textContent()).toBe('1 beantwortete Frage');
    expect(await other.getByText(question, { exact: true }).count()).toBe(1);
    expect(await attendee.evaluate(() => '__notReloaded' in window)).toBe(true);
  });

  it('a question the moderator hides in a pre-moderated session never reaches the attendee; one hidden later reads so', async () => {
    const moderator = await openPage(e2e.server.links.moderator);
    await moderator.waitForURL(/\/moderation/);
    await moderator.goto(`${e2e.server.url}/moderation/questions?for=session:westpfalz-wiki`);
    const mode = moderator.locator('[data-mode-for="westpfalz-wiki"]');
    await mode.getByRole('button', { name: 'Vorab-Moderation' }).click();
    await expect.poll(() => mode.getByRole('button', { name: 'Vorab-Moderation' }).getAttribute('aria-pressed'), live).toBe('true');

    const attendee = await openPage(`${e2e.server.url}/session/westpfalz-wiki`);
    await expect.poll(() => attendee.locator('[data-question-list]').count(), live).toBe(1);
    const question = 'Unpassende Frage, die niemand sehen soll';
    await watchFor(attendee, '[data-question-list]', question);
    await ask(attendee, question);
    const mine = attendee.locator('li[data-my-question-id]', { hasText: question });
    await expect.poll(() => mine.getAttribute('data-state'), live).toBe('submitted');
    expect(await mine.textContent()).toContain('eingereicht');

    const pending = moderator.locator('li[data-question-id]', { hasText: question });
    await expect.poll(() => pending.getAttribute('data-status'), live).toBe('pending');
    await pending.getByRole('button', { name: 'Ausblenden' }).click();
    await expect.poll(() => pending.getAttribute('data-status'), live).toBe('hidden');

    // Another question, approved after the hidden one, proves the attendee's list is live.
    const fine = 'Wie viele Artikel hat das Wiki?';
    await ask(attendee, fine);
    const fineCard = moderator.locator('li[data-question-id]', { hasText: fine });
    await expect.poll(() => fineCard.getAttribute('data-status'), live).toBe('pending');
    await fineCard.getByRole('button', { name: 'Freigeben' }).click();
    await expect.poll(() => attendee.locator('[data-question-list]').textContent(), live).toContain(fine);

    expect(await attendee.evaluate(() => '__leaked' in window)).toBe(false);
    // Its asker alone is told it was hidden (issue 16): not "eingereicht" forever.
    await expect.poll(() => mine.getAttribute('data-state'), live).toBe('hidden');
    await attendee.reload();
    await expect.poll(() => attendee.locator('[data-question-list]').textContent(), live).toContain(fine);
    expect(await attendee.locator('[data-question-list]').textContent()).not.toContain(question);

    // Hidden after it was published: the asker reads "ausgeblendet", not "eingereicht" again.
    await fineCard.getByRole('button', { name: 'Ausblenden' }).click();
    const mineFine = attendee.locator('li[data-my-question-id]', { hasText: fine });
    await expect.poll(() => mineFine.getAttribute('data-state'), live).toBe('hidden');
    expect(await mineFine.textContent()).toContain('Die Moderation hat die Frage ausgeblendet.');
    expect(await attendee.locator('[data-question-list]').textContent()).not.toContain(fine);
  });
});
