/** The English strings of `../announcements.ts`: loaded only when a phone reads English. */
import type { de } from '../announcements';

export const en: Record<keyof typeof de, string> = {
  'announcements.title': 'News',
  'announcements.empty': 'No announcements yet.',
  'announcements.urgent': 'Urgent',
  'announcements.postedAt': '{time}',
  'banner.label': 'Urgent announcement',
  'banner.close': 'Close',
  'notify.allow': 'Allow notifications',
  'notify.hint': 'Urgent announcements will then also appear as a notification on your device.',
  'notify.granted': 'Notifications for urgent announcements are allowed.',
  'notify.denied': 'Notifications are blocked in this browser.',
  'notify.title': 'Urgent announcement',
};
