import { t, type MessageKey } from '../../i18n/i18n';
import { updateRequired } from '../../sync/connection';

/**
 * What a phone says of an entry waiting in its outbox: it goes out at the next connection, or,
 * when the server has refused this version of the app, only after the update.
 */
export function queuedHint(untilConnected: MessageKey): string {
  return updateRequired() ? t('update.sendsAfterUpdate') : t(untilConnected);
}
