import { describe, expect, it } from 'vitest';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';

const e2e = useBrowserSession();

describe('removing the demo on the organizer page', () => {
  it('asks once more, then empties the event on an attendee’s phone too', async () => {
    const organizer = await (await phoneContext(e2e.browser)).newPage();
    await organizer.goto(e2e.server.links.organizer);
    await organizer.waitForURL(/\/organizer$/);
    const attendee = await (await phoneContext(e2e.browser)).newPage();
    await attendee.goto(`${e2e.server.url}/agenda`);
    await attendee.waitForSelector('article[data-session-id]');

    await organizer.getByRole('button', { name: 'Demo entfernen …' }).click();
    // The first click only asks: nothing is gone yet, and the focus is on "Abbrechen", so a second
    // Enter goes back instead of deleting; going back returns the focus to the first button.
    expect(await attendee.locator('article[data-session-id]').count()).toBeGreaterThan(0);
    await expect.poll(() => organizer.evaluate(() => document.activeElement?.textContent)).toBe('Abbrechen');
    await organizer.keyboard.press('Enter');
    await expect.poll(() => organizer.evaluate(() => document.activeElement?.textContent)).toBe('Demo entfernen …');
    await organizer.keyboard.press('Enter');
    await organizer.getByRole('button', { name: 'Ja, alles der Demo löschen' }).click();

    await organizer.getByText('Die Demo ist entfernt.').waitFor();
    await attendee.locator('article[data-session-id]').first().waitFor({ state: 'detached' });
    expect(await organizer.getByRole('button', { name: 'Demo entfernen …' }).count()).toBe(0);
  });
});
