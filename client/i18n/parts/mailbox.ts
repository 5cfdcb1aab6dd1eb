/** Strings of the mailbox that sends a card back ("Meine Karte zurückschicken"), German first; en must have exactly the same keys. */
export const de = {
  'mailbox.sendBack': 'Meine Karte zurückschicken',
  'mailbox.sendBackHint': 'Ihre Karte geht verschlüsselt an dieses Telefon. Nur es kann sie öffnen; der Server von Ortstermin sieht sie nicht.',
  'mailbox.sending': 'Ihre Karte wird verschlüsselt und gesendet …',
  'mailbox.sent': 'Ihre Karte ist unterwegs. Sie kommt an, sobald Ortstermin auf dem anderen Telefon offen ist (innerhalb von 24 Stunden).',
  'mailbox.full': 'Das andere Telefon hat gerade zu viele Karten bekommen, oder Sie haben in kurzer Zeit sehr viele geschickt. Versuchen Sie es später noch einmal.',
  'mailbox.offline': 'Gerade keine Verbindung. Versuchen Sie es gleich noch einmal.',
  'mailbox.failed': 'Die Karte konnte nicht gesendet werden. Versuchen Sie es später noch einmal.',
  'mailbox.noCard': 'Sie können dieser Person Ihre eigene Karte zurückschicken. Legen Sie dazu zuerst Ihre Visitenkarte an:',
  'mailbox.makeCard': 'Meine Visitenkarte anlegen',
  'mailbox.received': 'Karte von {name} erhalten und in „Meine Kontakte“ gespeichert.',
  'mailbox.receivedNotStored': 'Karte von {name} erhalten, aber dieses Telefon erlaubt gerade nicht, sie zu speichern.',
  'mailbox.dismiss': 'Hinweis schließen',
  'mailbox.noReplyRoom': 'Mit dieser Länge passt kein Rückkanal in den QR-Code: Wer ihn scannt, kann Ihnen seine Karte nicht zurückschicken. Kürzen Sie ein Feld, wenn Sie das möchten.',
  'mailbox.replyHow': 'Wer den Code scannt, kann Ihnen seine Karte verschlüsselt zurückschicken; sie kommt in „Meine Kontakte“, solange Ortstermin offen ist.',
} satisfies Record<string, string>;

export const en: Record<keyof typeof de, string> = {
  'mailbox.sendBack': 'Send my card back',
  'mailbox.sendBackHint': 'Your card goes to this phone encrypted. Only that phone can open it; the Ortstermin server does not see it.',
  'mailbox.sending': 'Encrypting and sending your card …',
  'mailbox.sent': 'Your card is on its way. It arrives as soon as Ortstermin is open on the other phone (within 24 hours).',
  'mailbox.full': 'The other phone has received too many cards just now, or you sent very many in a short time. Please try again later.',
  'mailbox.offline': 'No connection right now. Please try again in a moment.',
  'mailbox.failed': 'The card could not be sent. Please try again later.',
  'mailbox.noCard': 'You can send this person your own card back. First make your contact card:',
  'mailbox.makeCard': 'Make my contact card',
  'mailbox.received': 'Received the card of {name} and saved it in “My contacts”.',
  'mailbox.receivedNotStored': 'Received the card of {name}, but this phone does not let Ortstermin store it right now.',
  'mailbox.dismiss': 'Close notice',
  'mailbox.noReplyRoom': 'At this length there is no room in the QR code to send a card back: whoever scans it cannot send you theirs. Shorten a field if you want that.',
  'mailbox.replyHow': 'Whoever scans the code can send you their card back, encrypted; it goes to “My contacts” while Ortstermin is open.',
};
