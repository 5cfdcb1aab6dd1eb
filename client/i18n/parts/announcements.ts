/** Strings of announcements as attendees see them, German first; en must have exactly the same keys. */
export const de = {
  'announcements.title': 'Infos',
  'announcements.empty': 'Noch keine Mitteilungen.',
  'announcements.urgent': 'Dringend',
  'announcements.postedAt': '{time} Uhr',
  'banner.label': 'Dringende Mitteilung',
  'banner.close': 'Schließen',
  'notify.allow': 'Benachrichtigungen erlauben',
  'notify.hint': 'Dann erscheinen dringende Mitteilungen auch als Benachrichtigung auf Ihrem Gerät.',
  'notify.granted': 'Benachrichtigungen für dringende Mitteilungen sind erlaubt.',
  'notify.denied': 'Benachrichtigungen sind in diesem Browser blockiert.',
  'notify.title': 'Dringende Mitteilung',
};

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
