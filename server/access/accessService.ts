import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Actor, Role } from '../../shared/roles.js';
import type { Clock } from '../kernel/clock.js';
import type { AccessCodeRecord, AccessRecords } from '../kernel/store.js';

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
  createCode(input: { role: StaffRole; standId?: string | null; label: string }): Promise<{ record: AccessCodeRecord; code: string }>;
  redeem(code: string): Promise<Redeemed | null>;
  /** The actor behind a token, or null when it is unknown or its code was revoked. */
  actorForToken(token: string): Promise<Actor | null>;
  revokeCode(codeId: string): Promise<boolean>;
  listCodes(): Promise<AccessCodeRecord[]>;
}

export function createAccessService(store: AccessRecords, clock: Clock): AccessService {
  const nowIso = () => new Date(clock.now()).toISOString();
  return {
    async createCode({ role, standId = null, label }) {
      const code = secret();
      const record: AccessCodeRecord = { id: randomUUID(), role, standId, label, createdAt: nowIso(), revokedAt: null };
      await store.insertAccessCode(record, hashSecret(code));
      return { record, code };
    },
    async redeem(code) {
      const found = await store.findAccessCodeByHash(hashSecret(code));
      if (!found || found.revokedAt) return null;
      const token = secret();
      await store.insertToken({ id: randomUUID(), codeId: found.id, role: found.role, standId: found.standId }, hashSecret(token), nowIso());
      return { token, role: found.role, standId: found.standId };
    },
    async actorForToken(token) {
      const found = await store.findActiveToken(hashSecret(token));
      if (!found) return null;
      return { role: found.role, tokenId: found.id, codeId: found.codeId, ...(found.standId ? { standId: found.standId } : {}) };
    },
    revokeCode: (codeId) => store.revokeAccessCode(codeId, nowIso()),
    listCodes: () => store.listAccessCodes(),
  };
}
