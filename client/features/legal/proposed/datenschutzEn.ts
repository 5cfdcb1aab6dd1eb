/* The privacy notice Ortstermin proposes, in English (see datenschutzDe.ts). */
export const datenschutzEn = (retentionDays: number) => `## Controller

[Name of the body], [address], [e-mail address]

Data protection officer: [name, e-mail address]

## In short

You need no account for this app. You give your name only if you want to. The app loads nothing from other providers: no fonts, no maps, no analytics, no advertising. Everything comes from our server.

## What the server stores

- **Device id:** when first opened, your phone gets a random id. It says nothing about you. It lets us count one vote per device and limit how often a device can send something in a short time.
- **Questions:** the text of your question, the session or stand it goes to, the time and, only if you enter it, your name. The moderators can delete a question; its text is then also removed from the stored log.
- **Votes:** which device id voted for which question, so each device counts once. Others see only the total.
- **Polls and ratings:** your answer or your stars and comment on a session, with the device id. Others see only results.
- **Barrier reports:** your text, the page you report from, and your e-mail address only if you want an answer. Only the event team sees them.
- **Rate limits:** to prevent abuse, the server briefly counts how often a network address (for IPv6 its network prefix) sends something. These counters expire after five minutes at most.
- **Server log:** per request the method, the page without parameters, the result and the duration. No network address, no device id, no content. The log is deleted after [period, e.g. 7 days].

## How long

${retentionDays} days after the last day of the event the server erases by itself: the names given with questions, the comments given with ratings, the barrier reports with their e-mail addresses, the device ids (replaced by random values that cannot be linked to any device) and the counters with network addresses. Votes, stars and poll answers contain no text; they stay as numbers. Public questions and their answers stay visible, without names.

The server's backups [and, with PostgreSQL, the archived write-ahead logs] hold older states until they are overwritten: at the latest [backup period, e.g. 14 days] after that.

Under **My data** (at the bottom of every page) you see what your phone has sent and erase it at once: your questions, your name and your comments, on the server and on the phone.

## Purpose and legal basis

We run the app to hold the event. The legal basis is Art. 6 (1) (e) GDPR together with [state law, e.g. § 3 Landesdatenschutzgesetz Rheinland-Pfalz]. Your name on a question is given voluntarily (Art. 6 (1) (a) GDPR).

## What stays on your phone

The app keeps on your phone the programme and the announcements (so they work without a network), your bookmarks, your own questions and votes, the language you chose and input not yet sent. This is needed for the app to do what you ask of it (§ 25 (2) no. 2 TDDDG). None of it is used for advertising or statistics. You delete it by clearing this site's data in your browser.

## Your rights

You have the right of access, rectification, erasure, restriction of processing and objection (Art. 15 to 21 GDPR). Write to [e-mail address]. You may complain to the supervisory authority: [e.g. Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz, Hintere Bleiche 34, 55116 Mainz].
`;
