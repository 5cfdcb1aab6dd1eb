import { describe, expect, it } from 'vitest';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';


const e2e = useBrowserSession();

describe('live agenda in the browser', () => {
  it('shows a moderator’s move on an attendee’s phone without a reload', async () => {
    const attendee = await (await phoneContext(e2e.browser)).newPage();
    await attendee.goto(`${e2e.server.url}/agenda`);
    const card = attendee.locator('article[data-session-id="buergerportal-cochem-zell"]');
    // Berlin time, although this phone is set to New York.
    await expect.poll(() => card.textContent()).toContain('10:30');
    await attendee.evaluate(() => Object.assign(window, { __notReloaded: true }));

    const moderator = await (await phoneContext(e2e.browser, { timezoneId: 'Asia/Tokyo' })).newPage();
    await moderator.goto(e2e.server.links.moderator);
    await moderator.waitForURL(/\/moderation/);
    // One form at a time: the session's row opens it.
    await moderator.locator('[data-edit-session="buergerportal-cochem-zell"] .picker-toggle').click();
    const form = moderator.locator('form[data-session-id="buergerportal-cochem-zell"]');
    await form.getByLabel('Beginn').fill('14:00');
    await form.getByLabel('Raum').selectOption({ label: 'Seminarraum 2' });
    await form.getByRole('button', { name: 'Speichern' }).click();

    await expect.poll(() => card.textContent(), { timeout: 5000 }).toContain('14:00');
    const text = (await card.textContent()) ?? '';
    expect(text).toMatch(/geändert/i);
    expect(text).toContain('Seminarraum 2');
    // The same page took the change live: a reload would have dropped the marker.
    expect(await attendee.evaluate(() => '__notReloaded' in window)).toBe(true);
  });

  it('marks a cancelled session as abgesagt and keeps it listed', async () => {
    const attendee = await (await phoneContext(e2e.browser)).newPage();
    await attendee.goto(`${e2e.server.url}/agenda`);
    const card = attendee.locator('article[data-session-id="westpfalz-wiki"]');
    // The first load reads the programme over the network: on a busy machine that takes more than a second.
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1);

    const moderator = await (await phoneContext(e2e.browser)).newPage();
    await moderator.goto(e2e.server.links.moderator);
    await moderator.waitForURL(/\/moderation/);
    await moderator.getByLabel('Programmpunkt suchen').fill('wiki');
    await moderator.locator('[data-edit-session="westpfalz-wiki"] .picker-toggle').click();
    const form = moderator.locator('form[data-session-id="westpfalz-wiki"]');
    await form.getByRole('button', { name: 'Absagen' }).click();
    // Nothing is sent before the moderator confirms, and the reason goes with it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await card.textContent()).not.toMatch(/abgesagt/i);
    await form.getByLabel('Grund').fill('Referent erkrankt');
    await form.getByRole('button', { name: 'Ja, absagen' }).click();

    await expect.poll(() => card.textContent(), { timeout: 5000 }).toMatch(/abgesagt/i);
    expect(await card.textContent()).toContain('Referent erkrankt');
  });
});
