/* The accessibility statement Ortstermin proposes, in English (see barrierefreiheitDe.ts). */
export const barrierefreiheitEn = `## Scope

This statement applies to the event app "[name of the event]" at [address of the app], run by [name of the body].

## Compliance status

The app aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, as required by the German BITV 2.0 and [state law, e.g. the Rhineland-Palatinate LGGBehM]. It is **partially compliant**: the known gaps are listed below.

## How we tested

- On every change of the software, every page is checked automatically with the axe tool in a Chromium browser, in German and in English, in the light and the dark colour scheme.
- Automated tests use the main paths with the keyboard only: reading the programme, bookmarking a session, asking a question, voting.
- The pages are checked at 200 % text size and on a screen 320 pixels wide.
- This statement is based on a self-assessment. [If any: audit by an external body on date.]

## Known gaps

- There is no video in German Sign Language yet.
- The page in Easy Language (Leichte Sprache) has not yet been checked by readers of its target group.
- Texts of the programme and the stands come from speakers and exhibitors; we do not check each one for plain language.
- The venue map is a graphic. Every place on it is also listed on the same page.
- [Further gaps you know of]

## Date

This statement was prepared on [date] and last reviewed on [date].

## Reporting barriers: contact

If you come across a barrier, please use the form "Report a barrier" at the end of this page. You can also reach us:

- [Name of the body, department]
- E-mail: [e-mail address]
- Phone: [phone number]

We answer within [period, e.g. two weeks].

## Conciliation

If our answer does not satisfy you, you can apply for conciliation. It is free of charge and needs no lawyer.

[Conciliation body – please check. For bodies of the state of Rhineland-Palatinate and its municipalities: Der Landesbeauftragte für die Belange behinderter Menschen, Schlichtungsstelle nach dem LGGBehM, Bauhofstraße 9, 55116 Mainz, e-mail and website of the conciliation body. For federal bodies: the Schlichtungsstelle nach dem Behindertengleichstellungsgesetz.]
`;
