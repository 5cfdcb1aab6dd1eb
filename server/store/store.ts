import type { Change, ChangeDraft } from '../../shared/changes.js';
import type { Role } from '../../shared/roles.js';

export interface CommitInput {
  drafts: readonly ChangeDraft[];
  at: string;
  /** The client's command id, remembered so a retry gets the first answer. */
  commandId?: string;
  /** What the command was (type, payload, sender), so a reused id with another command is told apart. */
  fingerprint?: string;
}

/** A processed command: the seq it ended at and its fingerprint (null for rows from before fingerprints). */
export interface ProcessedCommand {
  seq: number;
  fingerprint: string | null;
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
  /** The processed command with this id, or undefined when this id is new. */
  processedCommand(commandId: string): ProcessedCommand | undefined;
  /**
   * Erases a question's text (and author name and answer) from every stored change that carries
   * it, so a deleted question's words leave the database itself; run inside the deleting commit.
   */
  redactQuestion(questionId: string, placeholder: string): void;
  /** After a redaction: drops old copies of pages (the write-ahead log) that still hold erased text. */
  scrub(): void;
  /** A server secret by name (e.g. the key that signs device ids), made once and kept. */
  serverKey(name: string): string;
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

/** Thrown by `commit` for a change the change schema refuses: it never reaches the log. */
export class UnreadableChangeError extends Error {}
