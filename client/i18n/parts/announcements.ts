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
