import { bytesOfBase64 } from '../../../shared/bytes';
import { decodeDropMessage, type DropMessage } from '../../../shared/dropMessage';
import { dropsReplySchema } from '../../../shared/drops';
import { openDrop } from '../../../shared/sealedDrop';
import { ensureDeviceId } from '../../sync/deviceId';
import { apiPath } from '../../sync/eventAddress';
import type { MailboxKey } from './mailboxKeys';

/**
 * Fetches one mailbox (the server forgets what it gave) and opens its items on this phone. An item
 * that does not open or is not a message (noise anyone could post) is dropped. Null: not reached.
 */
export async function fetchMailbox(entry: MailboxKey): Promise<DropMessage[] | null> {
  try {
    // The device id makes the server's fetch limit this phone's, not the whole hall's.
    const device = await ensureDeviceId();
    const headers = device ? { 'x-device-id': device } : undefined;
    const response = await fetch(apiPath(`/api/drops/${entry.mailbox}`), { cache: 'no-store', headers, signal: AbortSignal.timeout(15_000) });
    const reply = dropsReplySchema.safeParse(await response.json());
    if (!response.ok || !reply.success) return null;
    const messages: DropMessage[] = [];
    for (const item of reply.data.items) {
      const bytes = bytesOfBase64(item);
      const opened = bytes && (await openDrop(entry.privateJwk, bytes));
      const message = opened && decodeDropMessage(opened);
      if (message) messages.push(message);
    }
    return messages;
  } catch {
    return null;
  }
}
