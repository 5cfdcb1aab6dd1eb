import { randomBytes, randomUUID } from 'node:crypto';
import type { Actor, Role } from '../../shared/roles.js';
import type { Clock } from '../kernel/clock.js';
import { sha256Hex } from '../kernel/ids.js';
import type { AccessCodeRecord, AccessRecords } from '../kernel/store.js';

export type StaffRole = Exclude<Role, 'attendee'>;

/** Codes and tokens are 192-bit random strings: too long to guess, so a fast hash suffices. */
function secret(): string {
  return randomBytes(24).toString('base64url');
}

export interface Redeemed {
  token: string;
  role: StaffRole;
  standId: string | null;
}

/**
 * The event a request or socket is about. An organizer's code opens every event of the series; a
 * moderator's or host's only its own event (codes from before series: the first), and only while
 * that event is not past.
 */
export interface AccessScope {
  eventId: string;
  /** The series' first event, to which codes from before series belong. */
  first: boolean;
  past(): boolean;
}

/** Whether a code of `role` made for `codeEventId` opens the event in `scope`. */
export function opens(role: StaffRole, codeEventId: string | null, scope: AccessScope): boolean {
  if (role === 'organizer') return true;
  return (codeEventId === scope.eventId || (codeEventId === null && scope.first)) && !scope.past();
}

/** Stores a new code for `eventId` (null: the whole series, or the first event for a moderator's or host's); its plain code. */
export async function insertCode(
  store: AccessRecords,
  clock: Clock,
  input: { role: StaffRole; standId?: string | null; eventId: string | null; label: string },
): Promise<{ record: AccessCodeRecord; code: string }> {
  const code = secret();
  const { role, standId = null, eventId, label } = input;
  const record: AccessCodeRecord = { id: randomUUID(), role, standId, eventId, label, createdAt: new Date(clock.now()).toISOString(), revokedAt: null };
  await store.insertAccessCode(record, sha256Hex(code));
  return { record, code };
}

export interface AccessService {
  /** A new code; a moderator's or host's belongs to the scope's event, an organizer's to the series. */
  createCode(input: { role: StaffRole; standId?: string | null; label: string }): Promise<{ record: AccessCodeRecord; code: string }>;
  redeem(code: string): Promise<Redeemed | null>;
  /** The actor behind a token, or null when it is unknown, its code was revoked or it does not open this event. */
  actorForToken(token: string): Promise<Actor | null>;
  revokeCode(codeId: string): Promise<boolean>;
  /** The codes that open this event. */
  listCodes(): Promise<AccessCodeRecord[]>;
}

/** The staff codes of the installation, as one event of the series sees them. */
export function createAccessService(store: AccessRecords, clock: Clock, scope: AccessScope): AccessService {
  const nowIso = () => new Date(clock.now()).toISOString();
  return {
    createCode: ({ role, standId = null, label }) => insertCode(store, clock, { role, standId, label, eventId: role === 'organizer' ? null : scope.eventId }),
    async redeem(code) {
      const found = await store.findAccessCodeByHash(sha256Hex(code));
      if (!found || found.revokedAt || !opens(found.role, found.eventId, scope)) return null;
      const token = secret();
      await store.insertToken({ id: randomUUID(), codeId: found.id, role: found.role, standId: found.standId }, sha256Hex(token), nowIso());
      return { token, role: found.role, standId: found.standId };
    },
    async actorForToken(token) {
      const found = await store.findActiveToken(sha256Hex(token));
      if (!found || !opens(found.role, found.eventId, scope)) return null;
      return { role: found.role, tokenId: found.id, codeId: found.codeId, ...(found.standId ? { standId: found.standId } : {}) };
    },
    revokeCode: (codeId) => store.revokeAccessCode(codeId, nowIso()),
    listCodes: async () => (await store.listAccessCodes()).filter((record) => record.role === 'organizer' || opens(record.role, record.eventId, { ...scope, past: () => false })),
  };
}
