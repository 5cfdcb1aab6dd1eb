/** Strings of the abuse-resistance work (issue 11), German first; en must have exactly the same keys. */
export const de = {
  'error.id_conflict': 'Diese Aktion wurde mit einer schon verwendeten Kennung gesendet. Bitte erneut versuchen.',
  'error.questions_paused': 'Fragen sind hier gerade pausiert.',
  'error.event_closed': 'Diese Veranstaltung ist vorbei: Sie bleibt lesbar, nimmt aber nichts Neues mehr an.',
  'error.wrong_file_type': 'Diese Datei hat nicht die richtige Art. Bitte eine passende Datei wählen.',
  'error.invalid_device': 'Dieses Gerät muss sich neu anmelden. Bitte die Seite neu laden.',
  'moderation.pauseQuestions': 'Fragen pausieren',
  'moderation.resumeQuestions': 'Fragen wieder zulassen',
  'moderation.pauseAll': 'Alle Fragen der Veranstaltung pausieren',
  'moderation.resumeAll': 'Fragen der Veranstaltung wieder zulassen',
  'moderation.questionsPaused': 'Fragen pausiert',
  'moderation.delete': 'Löschen',
  'moderation.deleteConfirm': 'Frage endgültig löschen? Der Text wird auch aus der Datenbank entfernt.',
  'moderation.deleteForGood': 'Endgültig löschen',
  'moderation.deleteCancel': 'Abbrechen',
} as const;

export const en: Record<keyof typeof de, string> = {
  'error.id_conflict': 'This action was sent with an id already used. Please try again.',
  'error.questions_paused': 'Questions are paused here at the moment.',
  'error.event_closed': 'This event is over: it stays readable but takes nothing new.',
  'error.wrong_file_type': 'This file is not of the right kind. Please choose a matching file.',
  'error.invalid_device': 'This device needs to register again. Please reload the page.',
  'moderation.pauseQuestions': 'Pause questions',
  'moderation.resumeQuestions': 'Allow questions again',
  'moderation.pauseAll': 'Pause all questions of the event',
  'moderation.resumeAll': 'Allow questions of the event again',
  'moderation.questionsPaused': 'Questions paused',
  'moderation.delete': 'Delete',
  'moderation.deleteConfirm': 'Delete this question for good? Its text is also removed from the database.',
  'moderation.deleteForGood': 'Delete for good',
  'moderation.deleteCancel': 'Cancel',
};
