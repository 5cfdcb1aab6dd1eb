/*
 * The privacy notice Ortstermin proposes: what the server and the phone really keep (see
 * server/store, server/kernel/rateLimits.ts, server/kernel/requestLog.ts) and for how long.
 * Square brackets mark what the organizer must fill in and check.
 */
export const datenschutzDe = (retentionDays: number) => `## Verantwortliche Stelle

[Name der Stelle], [Anschrift], [E-Mail-Adresse]

Datenschutzbeauftragte Person: [Name, E-Mail-Adresse]

## Kurz gesagt

Sie brauchen für diese App kein Konto. Ihren Namen geben Sie nur an, wenn Sie das wollen. Die App lädt nichts von anderen Anbietern: keine Schriften, keine Karten, keine Statistik-Dienste, keine Werbung. Alles kommt von unserem Server.

## Was der Server speichert

- **Geräte-Kennung:** Beim ersten Öffnen bekommt Ihr Telefon eine zufällige Kennung. Sie enthält nichts über Sie. Mit ihr zählen wir eine Stimme je Gerät und begrenzen, wie oft ein Gerät in kurzer Zeit etwas senden kann.
- **Fragen:** der Text Ihrer Frage, die Sitzung oder der Stand, an den sie geht, die Uhrzeit und, nur wenn Sie ihn eintragen, Ihr Name. Die Moderation kann eine Frage löschen; dann wird ihr Text auch aus dem gespeicherten Protokoll entfernt.
- **Stimmen:** welche Geräte-Kennung für welche Frage gestimmt hat, damit jedes Gerät nur einmal zählt. Andere sehen nur die Summe.
- **Umfragen und Bewertungen:** Ihre Antwort bzw. Ihre Sterne und Ihr Kommentar zu einer Sitzung, mit der Geräte-Kennung. Andere sehen nur Ergebnisse.
- **Barriere-Meldungen:** Ihr Text, die Seite, von der Sie melden, und Ihre E-Mail-Adresse, nur wenn Sie eine Antwort wollen. Nur das Veranstaltungs-Team sieht sie.
- **Begrenzung der Anfragen:** Um Missbrauch zu verhindern, zählt der Server kurz, wie oft eine Netzadresse (bei IPv6 ihr Netz-Präfix) etwas sendet. Diese Zähler verfallen nach höchstens fünf Minuten.
- **Protokoll des Servers:** je Anfrage die Art, die aufgerufene Seite ohne Parameter, das Ergebnis und die Dauer. Keine Netzadresse, keine Geräte-Kennung, keine Inhalte. Das Protokoll wird nach [Frist, z. B. 7 Tagen] gelöscht.

## Wie lange

${retentionDays} Tage nach dem letzten Tag der Veranstaltung löscht der Server von selbst: die Namen zu Fragen, die Kommentare zu Bewertungen, die Barriere-Meldungen mit ihren E-Mail-Adressen, die Geräte-Kennungen (sie werden durch Zufallswerte ersetzt, die sich keinem Gerät zuordnen lassen) und die Zähler mit Netzadressen. Stimmen, Sterne und Umfrage-Antworten enthalten keinen Text; sie bleiben als Zahlen. Öffentliche Fragen und ihre Antworten bleiben ohne Namen sichtbar.

Sicherungskopien des Servers [und bei PostgreSQL die archivierten Protokolle (WAL)] enthalten ältere Stände, bis sie überschrieben werden: spätestens [Frist der Sicherungen, z. B. 14 Tage] danach.

Unter **Meine Daten** (unten auf jeder Seite) sehen Sie, was Ihr Telefon gesendet hat, und löschen es sofort: Ihre Fragen, Ihren Namen und Ihre Kommentare, auf dem Server und auf dem Telefon.

## Zweck und Rechtsgrundlage

Wir betreiben die App, um die Veranstaltung durchzuführen. Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit [Landesgesetz, z. B. § 3 Landesdatenschutzgesetz Rheinland-Pfalz]. Ihren Namen zu einer Frage geben Sie freiwillig an (Art. 6 Abs. 1 Buchst. a DSGVO).

## Was auf Ihrem Telefon bleibt

Die App speichert auf Ihrem Telefon das Programm und die Mitteilungen (damit sie auch ohne Netz gehen), Ihre Merkliste, Ihre eigenen Fragen und Stimmen, die gewählte Sprache und noch nicht gesendete Eingaben. Das ist nötig, damit die App tut, was Sie von ihr wollen (§ 25 Abs. 2 Nr. 2 TDDDG). Es wird nichts davon zu Werbung oder Statistik genutzt. Sie löschen es, indem Sie die Website-Daten dieser Seite in Ihrem Browser löschen.

## Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch (Art. 15 bis 21 DSGVO). Schreiben Sie dafür an [E-Mail-Adresse]. Sie können sich bei der Aufsichtsbehörde beschweren: [z. B. Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz, Hintere Bleiche 34, 55116 Mainz].
`;
