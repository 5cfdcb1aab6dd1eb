/** Strings of "remove the demo" on the organizer page, German first; en must have exactly the same keys. */
export const de = {
  'demo.title': 'Demo entfernen',
  'demo.intro': 'Diese Veranstaltung ist noch die Demo. Für Ihre eigene Veranstaltung entfernen Sie sie in einem Schritt und importieren danach Ihr Programm und Ihre Stände.',
  'demo.what': 'Gelöscht werden: Programm, Räume, Stände und Lageplan, Umfragen und Bewertungen, Fragen, Mitteilungen sowie Name und Ort der Demo. Auch ein schon importiertes Programm geht mit; importieren Sie es danach noch einmal.',
  'demo.codes': 'Der Moderationszugang der Demo wird widerrufen. Ihr Organisationszugang und die Zugänge, die Sie selbst angelegt haben, bleiben.',
  'demo.remove': 'Demo entfernen …',
  'demo.confirm': 'Ja, alles der Demo löschen',
  'demo.keep': 'Abbrechen',
  'demo.confirmQuestion': 'Alles der Demo auf allen Geräten löschen? Das lässt sich nicht rückgängig machen.',
  'demo.done': 'Die Demo ist entfernt. Geben Sie der Veranstaltung unten unter „Veranstaltung“ ihren Namen, dann importieren Sie Programm und Stände.',
};
