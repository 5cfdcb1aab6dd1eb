import { describe, expect, it } from 'vitest';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';
import { waitForServiceWorkerControl } from '../support/pwa.js';

const e2e = useBrowserSession();

describe('urgent announcements as system notifications', () => {
  it('shows a live urgent announcement as a notification once allowed, and a tap opens it', async () => {
    const context = await phoneContext(e2e.browser);
    await context.grantPermissions(['notifications'], { origin: e2e.server.url });
    // Records what the page asks the system to show, through the worker or directly.
    await context.addInitScript(() => {
      const shown: string[] = [];
      const urls: unknown[] = [];
      Object.assign(window, { __shown: shown, __urls: urls });
      const viaWorker = ServiceWorkerRegistration.prototype.showNotification;
      ServiceWorkerRegistration.prototype.showNotification = function (title, options) {
        shown.push(`${title}: ${options?.body ?? ''}`);
        urls.push(Reflect.get(Object(options?.data), 'url'));
        return viaWorker.call(this, title, options);
      };
      const Direct = window.Notification;
      window.Notification = class extends Direct {
        constructor(title: string, options?: NotificationOptions) {
          super(title, options);
          shown.push(`${title}: ${options?.body ?? ''}`);
          urls.push(Reflect.get(Object(options?.data), 'url'));
        }
      };
    });
    const attendee = await context.newPage();
    await attendee.goto(`${e2e.server.url}/infos`);
    await expect.poll(() => attendee.locator('.notify-box').textContent()).toContain('erlaubt');
    // Only what arrives live is notified: the attendee must be connected before it is posted.
    await expect.poll(() => attendee.locator('.connection').getAttribute('data-status'), { timeout: 10_000 }).toBe('online');

    const moderator = await (await phoneContext(e2e.browser)).newPage();
    await moderator.goto(e2e.server.links.moderator);
    await moderator.waitForURL(/\/moderation/);
    // The form is there before the socket: a post sent before it connects is refused as offline.
    await expect.poll(() => moderator.locator('.connection').getAttribute('data-status'), { timeout: 10_000 }).toBe('online');
    const form = moderator.locator('form[data-form="announcement"]');
    await form.getByLabel('Text', { exact: true }).fill('Bitte den Saal über den Nordausgang verlassen.');
    await form.getByLabel('Art').selectOption('urgent');
    await form.getByRole('button', { name: 'Veröffentlichen' }).click();

    const shown = () => attendee.evaluate(() => ('__shown' in window ? window.__shown : []));
    await expect.poll(shown, { timeout: 15_000 }).toEqual([
      'Dringende Mitteilung: Bitte den Saal über den Nordausgang verlassen.',
    ]);

    // A tap on it opens the page it names. Headless Chromium keeps no notifications to click, so
    // the worker gets the event a tap makes, carrying the data the page gave the notification.
    const urls = await attendee.evaluate(() => ('__urls' in window ? window.__urls : []));
    expect(urls).toEqual(['/infos']);
    await attendee.goto(`${e2e.server.url}/agenda`);
    // As on a phone that has opened the app before: the worker controls the window (CI once dispatched the tap before it did).
    await waitForServiceWorkerControl(attendee);
    const [worker] = context.serviceWorkers();
    expect(worker).toBeDefined();
    await worker?.evaluate(`(() => {
      const event = new ExtendableEvent('notificationclick');
      Object.defineProperty(event, 'notification', { value: { data: { url: '/infos' }, close() {} } });
      self.dispatchEvent(event);
    })()`);
    await attendee.waitForURL(/\/infos$/, { timeout: 15_000 });
  });

  it('asks for permission only when the button is pressed', async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/infos`);
    const button = page.getByRole('button', { name: 'Benachrichtigungen erlauben' });
    await expect.poll(() => button.count()).toBe(1);
    expect(await page.evaluate(() => Notification.permission)).toBe('default');
  });
});
