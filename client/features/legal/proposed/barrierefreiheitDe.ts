/*
 * The accessibility statement Ortstermin proposes (§ 12b BGG / BITV 2.0, the state's law for a
 * state body). How it was tested is what tests/e2e does; square brackets mark what the organizer checks.
 */
export const barrierefreiheitDe = `## Geltungsbereich

Diese Erklärung gilt für die Veranstaltungs-App „[Name der Veranstaltung]“ unter [Adresse der App], betrieben von [Name der Stelle].

## Stand der Vereinbarkeit

Die App soll die Anforderungen der Web Content Accessibility Guidelines (WCAG) 2.1 auf Stufe AA erfüllen, wie sie die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und [Landesrecht, z. B. das Landesgesetz zur Gleichstellung, Inklusion und Teilhabe von Menschen mit Behinderungen Rheinland-Pfalz (LGGBehM)] verlangen. Sie ist **teilweise vereinbar**: die bekannten Mängel stehen unten.

## Wie wir geprüft haben

- Jede Seite wird bei jeder Änderung der Software automatisch mit dem Prüfwerkzeug axe in einem Chromium-Browser geprüft, auf Deutsch und auf Englisch, im hellen und im dunklen Farbschema.
- Automatische Tests bedienen die wichtigsten Wege nur mit der Tastatur: Programm lesen, Sitzung merken, Frage stellen, abstimmen.
- Die Seiten werden mit 200 % Textgröße und auf einem 320 Pixel breiten Bildschirm geprüft.
- Die Erklärung beruht auf einer Selbstbewertung. [Falls vorhanden: Prüfung durch eine externe Stelle am Datum.]

## Bekannte Mängel

- Ein Video in Deutscher Gebärdensprache gibt es noch nicht.
- Die Seite in Leichter Sprache wurde noch nicht von Menschen der Zielgruppe geprüft.
- Texte des Programms und der Stände kommen von den Vortragenden und den Ausstellenden. Ob sie verständlich sind, prüfen wir nicht einzeln.
- Der Lageplan ist eine Grafik. Alle Orte darauf stehen auch als Liste auf derselben Seite.
- [Weitere Mängel, die Sie kennen]

## Datum

Diese Erklärung wurde am [Datum] erstellt und zuletzt am [Datum] überprüft.

## Barrieren melden: Kontakt

Wenn Ihnen eine Barriere auffällt, nutzen Sie bitte das Formular „Barriere melden“ unten auf dieser Seite. Sie erreichen uns auch so:

- [Name der Stelle, Abteilung]
- E-Mail: [E-Mail-Adresse]
- Telefon: [Telefonnummer]

Wir antworten innerhalb von [Frist, z. B. zwei Wochen].

## Schlichtungsverfahren

Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie ein Schlichtungsverfahren beantragen. Es ist kostenlos. Sie brauchen keinen Anwalt.

[Zuständige Schlichtungsstelle – bitte prüfen. Für Stellen des Landes Rheinland-Pfalz und der Kommunen: Der Landesbeauftragte für die Belange behinderter Menschen, Schlichtungsstelle nach dem LGGBehM, Bauhofstraße 9, 55116 Mainz, E-Mail und Website der Schlichtungsstelle. Für Stellen des Bundes: die Schlichtungsstelle nach dem Behindertengleichstellungsgesetz.]
`;
