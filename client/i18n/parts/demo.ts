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

export const en: Record<keyof typeof de, string> = {
  'demo.title': 'Remove the demo',
  'demo.intro': 'This event is still the demo. For your own event, remove it in one step, then import your programme and your stands.',
  'demo.what': 'Deleted: programme, rooms, stands and floor plan, polls and ratings, questions, announcements, and the demo’s name and venue. A programme you imported already goes too; import it again afterwards.',
  'demo.codes': 'The demo’s moderator access is revoked. Your organizer access and the access codes you made yourself stay.',
  'demo.remove': 'Remove the demo …',
  'demo.confirm': 'Yes, delete everything of the demo',
  'demo.keep': 'Cancel',
  'demo.confirmQuestion': 'Delete everything of the demo on every device? This cannot be undone.',
  'demo.done': 'The demo is removed. Give the event its name below under “Event”, then import the programme and the stands.',
};
