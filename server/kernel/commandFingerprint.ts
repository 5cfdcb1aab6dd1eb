import { createHash } from 'node:crypto';
import { commandError, type CommandResult } from '../../shared/errors.js';
import type { Actor } from '../../shared/roles.js';
import type { ProcessedCommand } from './store.js';
import { canonicalJson } from '../../shared/jsonEquality.js';

/** Who sent it: the staff token, else the device; a reused id from someone else is another command. */
const senderOf = (actor: Actor) => actor.tokenId ?? actor.deviceId ?? actor.role;

/** Keys sorted: the same payload resent with its keys in another order is the same command. */
export function commandFingerprint(actor: Actor, type: string, payload: unknown): string {
  return createHash('sha256').update(canonicalJson([type, payload, senderOf(actor)])).digest('base64url');
}

/**
 * The answer for a command id seen before: the first answer when it is the same command again
 * (a retry), `id_conflict` when the id now names another command. Rows from before fingerprints
 * were kept (null) count as the same command.
 */
export function answerForRepeat(earlier: ProcessedCommand, fingerprint: string): CommandResult {
  if (earlier.fingerprint !== null && earlier.fingerprint !== fingerprint) {
    return commandError('id_conflict', { issues: [{ path: 'id', message: 'this id was used for another command' }] });
  }
  return { ok: true, seq: earlier.seq };
}
