import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Actor, Role } from '../../shared/roles.js';
import type { Clock } from '../clock.js';
import type { AccessCodeRecord, Store } from '../store/store.js';

export type StaffRole = Exclude<Role, 'attendee'>;

/** Codes and tokens are 192-bit random strings: too long to guess, so a fast hash suffices. */
function secret(): string {
  return randomBytes(24).toString('base64url');
}

export function hashSecret(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export interface Redeemed {
  token: string;
  role: StaffRole;
  standId: string | null;
}

export interface AccessService {
  createCode(input: { role: StaffRole; standId?: string | null; label: string }): { record: AccessCodeRecord; code: string };
  redeem(code: string): Redeemed | null;
  /** The actor behind a token, or null when it is unknown or its code was revoked. */
  actorForToken(token: string): Actor | null;
  revokeCode(codeId: string): boolean;
  listCodes(): AccessCodeRecord[];
}

export function createAccessService(store: Store, clock: Clock): AccessService {
  const nowIso = () => new Date(clock.now()).toISOString();
  return {
    createCode({ role, standId = null, label }) {
      const code = secret();
      const record: AccessCodeRecord = { id: randomUUID(), role, standId, label, createdAt: nowIso(), revokedAt: null };
      store.insertAccessCode(record, hashSecret(code));
      return { record, code };
    },
    redeem(code) {
      const found = store.findAccessCodeByHash(hashSecret(code));
      if (!found || found.revokedAt) return null;
      const token = secret();
      store.insertToken({ id: randomUUID(), codeId: found.id, role: found.role, standId: found.standId }, hashSecret(token), nowIso());
      return { token, role: found.role, standId: found.standId };
    },
    actorForToken(token) {
      const found = store.findActiveToken(hashSecret(token));
      if (!found) return null;
      return { role: found.role, tokenId: found.id, codeId: found.codeId, ...(found.standId ? { standId: found.standId } : {}) };
    },
    revokeCode: (codeId) => store.revokeAccessCode(codeId, nowIso()),
    listCodes: () => store.listAccessCodes(),
  };
}
