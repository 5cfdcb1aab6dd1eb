/** The English strings of `../protocol.ts`: loaded only when a phone reads English. */
import type { de } from '../protocol';

export const en: Record<keyof typeof de, string> = {
  'error.unreadable': 'The server’s answer could not be read. Trying again.',
  'error.update_required': 'This version of the app is out of date. Please update the app.',
  'update.required': 'Please update the app: this version no longer matches the server. Entries not yet sent are kept.',
  'update.requiredReload': 'Update now',
  'update.sendsAfterUpdate': 'Will be sent once the app is updated.',
};
