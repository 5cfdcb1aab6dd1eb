import { describe, expect, it } from 'vitest';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';

/** Generous: a browser and a server share two cores in CI. */
const live = { timeout: 10_000 };
const e2e = useBrowserSession();

describe('a stand question hidden before it was published (issue 16)', () => {
  it('reads "ausgeblendet" for its asker at once and after a reload, not "eingereicht" forever', async () => {
    const moderator = await e2e.server.tokenFor(e2e.server.links.moderator);
    await e2e.server.command(moderator, 'moderation:set-mode', { sessionId: null, mode: 'pre' });
    const page = await (await phoneContext(e2e.browser)).newPage();
    await page.goto(`${e2e.server.url}/stand/digitale-doerfer`);
    const text = 'Gibt es das auch ohne Glasfaser?';
    const form = page.locator('form[data-form="ask"]');
    await form.getByLabel('Ihre Frage').fill(text);
    await form.getByRole('button', { name: 'Frage senden' }).click();
    const mine = page.locator('li[data-my-question-id]', { hasText: text });
    await expect.poll(() => mine.getAttribute('data-state'), live).toBe('submitted');

    const questionId = (await mine.getAttribute('data-my-question-id')) ?? '';
    expect(await e2e.server.command(moderator, 'question:hide', { questionId })).toMatchObject({ ok: true });
    await expect.poll(() => mine.getAttribute('data-state'), live).toBe('hidden');
    expect(await mine.textContent()).toContain('ausgeblendet');

    await page.reload();
    await expect.poll(() => mine.getAttribute('data-state'), live).toBe('hidden');
    // Kept on the device, so it still says so offline.
    const stored = await page.evaluate(() => localStorage.getItem('ortstermin.myQuestions') ?? '');
    expect(stored).toContain('"withheld":true');
  });
});
