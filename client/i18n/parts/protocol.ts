/** Strings of the typed protocol (issue 14): answers that cannot be read, an app too old or too new for its server. */
export const de = {
  'error.unreadable': 'Die Antwort des Servers war nicht lesbar. Es wird erneut versucht.',
  'error.update_required': 'Diese App-Version ist veraltet. Bitte App aktualisieren.',
  'update.required': 'Bitte App aktualisieren: Diese Version passt nicht mehr zum Server. Ihre noch nicht gesendeten Eingaben bleiben erhalten.',
  'update.requiredReload': 'Jetzt aktualisieren',
  'update.sendsAfterUpdate': 'Wird gesendet, sobald die App aktualisiert ist.',
} as const;
