/*
 * The Impressum Ortstermin proposes (§ 5 DDG, § 18 MStV): only placeholders, which the organizer
 * fills in on the organizer page. Square brackets mark what the organizer must write.
 */
export const impressumDe = `## Anbieter

[Name der Stelle, z. B. Stadtverwaltung Musterstadt]
[Straße und Hausnummer]
[Postleitzahl und Ort]

Die [Name der Stelle] ist eine Körperschaft des öffentlichen Rechts. Sie wird vertreten durch [Name und Funktion, z. B. die Oberbürgermeisterin].

## Kontakt

- Telefon: [Telefonnummer]
- E-Mail: [E-Mail-Adresse]

## Aufsichtsbehörde

[Zuständige Aufsichtsbehörde, z. B. Aufsichts- und Dienstleistungsdirektion Rheinland-Pfalz]

## Umsatzsteuer-Identifikationsnummer

[Nummer nach § 27a Umsatzsteuergesetz, falls vorhanden]

## Verantwortlich für den Inhalt

[Name, Anschrift] (§ 18 Abs. 2 Medienstaatsvertrag)

## Software

Diese Veranstaltungs-App ist Ortstermin, freie Software unter der Lizenz EUPL-1.2.
`;

export const impressumEn = `## Provider

[Name of the body, e.g. Stadtverwaltung Musterstadt]
[Street and number]
[Postcode and town]

[Name of the body] is a public-law corporation, represented by [name and function, e.g. the Lord Mayor].

## Contact

- Phone: [phone number]
- E-mail: [e-mail address]

## Supervisory authority

[Supervisory authority, e.g. Aufsichts- und Dienstleistungsdirektion Rheinland-Pfalz]

## VAT identification number

[Number under § 27a UStG, if any]

## Responsible for the content

[Name, address] (§ 18 (2) Medienstaatsvertrag)

## Software

This event app is Ortstermin, free software under the EUPL-1.2 licence.
`;
