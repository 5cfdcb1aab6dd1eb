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
