/*
 * Leichte Sprache after the rules of the Netzwerk Leichte Sprache: short sentences, one statement
 * each, no abbreviations, compound words split with a hyphen. Readers of the target group should
 * check it before an event (docs/legal-pages.md); the organizer may replace it.
 */
export const leichteSpracheDe = `## Was ist Orts-Termin?

Orts-Termin ist eine App.
Die App ist für eine Veranstaltung.
Sie öffnen die App auf Ihrem Handy.
Sie brauchen dafür kein Konto.
Sie brauchen kein Pass-Wort.

## Was zeigt die App?

Die App zeigt:

- Was gerade passiert.
- Was als Nächstes passiert.
- Das ganze Veranstaltungs-Programm.
- Die Stände.
  An den Ständen zeigen Menschen ihre Projekte.
- Einen Plan vom Haus.
- Wichtige Mitteilungen.

Sie können Fragen stellen.
Ihren Namen müssen Sie dabei nicht sagen.

## So finden Sie sich zurecht

Unten auf dem Bild-Schirm sind Knöpfe.
Die Knöpfe heißen:

- Jetzt.
  Hier sehen Sie: Das passiert gerade.
- Programm.
  Hier sehen Sie alle Vorträge.
- Stände.
  Hier sehen Sie alle Stände.
- Plan.
  Hier sehen Sie: Wo ist was im Haus?
- Infos.
  Hier sehen Sie Mitteilungen.

Oben rechts ist ein Knopf für die Sprache.
Dort können Sie Englisch wählen.

Die App geht auch ohne Internet.
Dann sehen Sie das Programm trotzdem.
Ihre Fragen schickt die App später.

## Ist die App barriere-frei?

Barriere-frei heißt:
Alle Menschen können die App gut benutzen.
Zum Beispiel auch Menschen mit einer Behinderung.

Wir haben die App geprüft.
Wir haben sie mit einem Computer-Programm geprüft.
Wir haben sie nur mit der Tastatur benutzt.
Wir haben die Schrift doppelt so groß gemacht.

Die App ist noch nicht ganz barriere-frei.
Zum Beispiel:
Es gibt noch kein Video in Gebärden-Sprache.

## Sie finden eine Barriere?

Eine Barriere ist etwas, das Sie stört.
Zum Beispiel:
Sie können etwas nicht lesen.
Oder ein Knopf geht nicht.

Dann sagen Sie es uns bitte.
Dafür gibt es ein Formular.
Das Formular heißt: Barriere melden.
Sie finden es auf der Seite [Barriere-Freiheit](/barrierefreiheit).

Sie können uns auch schreiben:
[E-Mail-Adresse]

Sie können uns auch anrufen:
[Telefon-Nummer]
`;
