/** Strings of the stands and one stand's page, German first; en must have exactly the same keys. */
export const de = {
  'stands.title': 'Stände',
  'stands.lead': 'Markt der Projekte: Wer zeigt was – und wer ist gerade ansprechbar?',
  'stands.empty': 'Noch keine Stände veröffentlicht.',
  'stands.notFound': 'Diesen Stand gibt es nicht (mehr).',
  'stands.back': 'Alle Stände',
  'stands.where': 'Ort: {room}',
  'stands.availability.available': 'Ansprechbar',
  'stands.availability.busy': 'Im Gespräch',
  'stands.availability.away': 'Gerade nicht am Stand',
  'stands.statusAt': 'aktualisiert {time} Uhr',
  'stands.questions': 'Fragen an den Stand',
};
