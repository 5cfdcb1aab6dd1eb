/** Strings of the host's stand desk, German first; en must have exactly the same keys. */
export const de = {
  'host.title': 'Mein Stand',
  'host.needLogin': 'Diese Seite ist für die Standbetreuung. Bitte melden Sie sich mit dem Link für Ihren Stand an.',
  'host.noStand': 'Zu diesem Zugang gehört kein Stand.',
  'host.publicPage': 'Öffentliche Standseite ansehen',
  'host.status.title': 'Status am Stand',
  'host.status.text': 'Kurze Nachricht (optional)',
  'host.status.availability': 'Verfügbarkeit',
  'host.status.save': 'Status setzen',
  'host.status.saved': 'Status aktualisiert.',
  'host.questions': 'Fragen an Ihren Stand',
  'host.open': 'Offen ({count})',
  'host.answered': 'Beantwortet ({count})',
  'host.none': 'Noch keine Fragen.',
  'host.summaryOne': '{count} offene Frage',
  'host.summaryMany': '{count} offene Fragen',
  'host.notPublic': 'noch nicht öffentlich',
};
