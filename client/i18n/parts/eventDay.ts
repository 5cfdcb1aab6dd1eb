/** Strings of the event-day fixes (issue 16), German first; en must have exactly the same keys. */
export const de = {
  'banner.labelCorrected': 'Dringende Mitteilung (korrigiert)',
  'announcements.corrected': 'korrigiert um {time} Uhr',
  'announce.correct': 'Korrigieren',
  'announce.correctTitle': 'Mitteilung korrigieren',
  'announce.correctSave': 'Korrektur veröffentlichen',
  'announce.withdraw': 'Zurückziehen',
  'announce.withdrawConfirm': 'Diese Mitteilung auf allen Geräten zurückziehen?',
  'announce.withdrawYes': 'Ja, zurückziehen',
  'announce.cancel': 'Abbrechen',
  'standDir.topicsChosen': 'Nach Thema filtern ({count} gewählt)',
  'questions.listCountOne': '{count} Frage',
} satisfies Record<string, string>;

export const en: Record<keyof typeof de, string> = {
  'banner.labelCorrected': 'Urgent announcement (corrected)',
  'announcements.corrected': 'corrected at {time}',
  'announce.correct': 'Correct',
  'announce.correctTitle': 'Correct the announcement',
  'announce.correctSave': 'Publish correction',
  'announce.withdraw': 'Withdraw',
  'announce.withdrawConfirm': 'Withdraw this announcement from every device?',
  'announce.withdrawYes': 'Yes, withdraw',
  'announce.cancel': 'Cancel',
  'standDir.topicsChosen': 'Filter by topic ({count} chosen)',
  'questions.listCountOne': '{count} question',
};
