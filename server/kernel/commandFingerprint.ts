import { createHash } from 'node:crypto';
import { commandError, type CommandResult } from '../../shared/errors.js';
import type { Actor } from '../../shared/roles.js';
import type { ProcessedCommand } from './store.js';

/** JSON with keys sorted, so the same payload resent with its keys in another order is the same command. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Who sent it: the staff token, else the device; a reused id from someone else is another command. */
const senderOf = (actor: Actor) => actor.tokenId ?? actor.deviceId ?? actor.role;

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
