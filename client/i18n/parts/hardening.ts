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
