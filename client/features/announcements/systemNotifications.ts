import type { Announcement } from '../../../shared/model';
import { locale, t } from '../../i18n/i18n';
import { onLiveChange } from '../../sync/connection';
import { announcementText } from './announcementView';

export const notificationsSupported = (): boolean => typeof window !== 'undefined' && 'Notification' in window;

/** The app's service worker once it is active; null without one (or if it takes too long). */
async function activeRegistration(): Promise<ServiceWorkerRegistration | null> {
  const container = navigator.serviceWorker;
  if (!container || !(await container.getRegistration().catch(() => undefined))) return null;
  // On a first visit the worker may still be installing, and an inactive one shows nothing.
  const giveUp = new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000));
  return Promise.race([container.ready, giveUp]);
}

/**
 * Through the service worker when there is one: on Android, `new Notification` is not allowed
 * in a page, and a worker's notification also shows when the tab is in the background.
 * `url` is the page a tap opens (public/notificationClick.js).
 */
export async function showSystemNotification(title: string, options: NotificationOptions & { url: string }): Promise<void> {
  const { url, ...rest } = options;
  const full: NotificationOptions = { lang: locale(), icon: '/logo.svg', ...rest, data: { url } };
  const registration = await activeRegistration();
  if (registration) return registration.showNotification(title, full);
  new Notification(title, full);
}

function show(announcement: Announcement): Promise<void> {
  return showSystemNotification(t('notify.title'), { body: announcementText(announcement), tag: announcement.id, url: '/infos' });
}

/** Shows each urgent announcement that arrives live as a system notification, if allowed. */
export function startUrgentNotifications(): void {
  if (!notificationsSupported()) return;
  onLiveChange((change) => {
    if (change.type !== 'announcement:posted' || change.data.announcement.level !== 'urgent') return;
    if (Notification.permission !== 'granted') return;
    void show(change.data.announcement).catch(() => undefined);
  });
}
