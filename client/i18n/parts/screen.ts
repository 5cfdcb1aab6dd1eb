/** Strings of the hall's big screen, German first; en must have exactly the same keys. */
export const de = {
  'screen.nowAsked': 'Jetzt gefragt',
  'screen.questions': 'Fragen aus dem Publikum',
  'screen.empty': 'Noch keine Fragen.',
  'screen.askAt': 'Fragen stellen: {url}',
  'screen.more': '+ {count} weitere',
  'screen.votes': 'Stimmen',
  'screen.notFound': 'Diesen Programmpunkt gibt es nicht.',
  'screen.offline': 'Verbindung unterbrochen – Anzeige womöglich nicht aktuell',
};
