import type { Change, ChangeDraft } from '../../shared/changes.js';
import type { Role } from '../../shared/roles.js';

export interface CommitInput {
  drafts: readonly ChangeDraft[];
  at: string;
  /** The client's command id, remembered so a retry gets the first answer. */
  commandId?: string;
}

export interface AccessCodeRecord {
  id: string;
  role: Exclude<Role, 'attendee'>;
  standId: string | null;
  label: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface TokenRecord {
  id: string;
  codeId: string;
  role: Exclude<Role, 'attendee'>;
  standId: string | null;
}

/**
 * Everything the server keeps. Small on purpose, so a PostgreSQL store can stand in for
 * SQLite when several server processes share one event.
 */
export interface Store {
  lastSeq(): number;
  /** Appends the changes and records the command id in one transaction; returns them with seq. */
  commit(input: CommitInput): Change[];
  /**
   * Runs `work` in one transaction: the commits inside it (each atomic on its own) become durable
   * together, at its end, with one sync to disk. Throws, having rolled all of them back, on failure.
   */
  transaction(work: () => void): void;
  /** The seq a processed command ended at, or undefined when this id is new. */
  processedCommandSeq(commandId: string): number | undefined;
  /** Changes with seq > since, in order, at most `limit`. */
  changesAfter(since: number, limit: number): Change[];

  insertAccessCode(record: AccessCodeRecord, codeHash: string): void;
  findAccessCodeByHash(codeHash: string): AccessCodeRecord | undefined;
  listAccessCodes(): AccessCodeRecord[];
  revokeAccessCode(id: string, at: string): boolean;
  insertToken(record: TokenRecord, tokenHash: string, at: string): void;
  /** The token's record while its code is not revoked. */
  findActiveToken(tokenHash: string): TokenRecord | undefined;

  close(): void;
}
