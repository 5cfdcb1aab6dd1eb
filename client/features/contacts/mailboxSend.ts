import type { DropMessage } from '../../../shared/dropMessage';
import { encodeDropMessage } from '../../../shared/dropMessage';
import type { ReplyAddress } from '../../../shared/replyAddress';
import { sealDrop } from '../../../shared/sealedDrop';
import { ensureDeviceId } from '../../sync/deviceId';
import { apiPath } from '../../sync/eventAddress';

export type SendOutcome = 'sent' | 'full' | 'offline' | 'failed';

/**
 * Seals a message to a mailbox's key on this phone and posts only the ciphertext. The device id
 * goes with it, so the server's per-device limit is this phone's, not the whole hall's.
 */
export async function sendToMailbox(reply: ReplyAddress, message: DropMessage): Promise<SendOutcome> {
  let sealed: Uint8Array<ArrayBuffer>;
  try {
    sealed = await sealDrop(reply.key, encodeDropMessage(message));
  } catch {
    return 'failed';
  }
  const device = await ensureDeviceId();
  try {
    const response = await fetch(apiPath(`/api/drops/${reply.mailbox}`), {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...(device ? { 'x-device-id': device } : {}) },
      body: sealed,
      signal: AbortSignal.timeout(15_000),
    });
    if (response.status === 201) return 'sent';
    return response.status === 429 ? 'full' : 'failed';
  } catch {
    return 'offline';
  }
}
