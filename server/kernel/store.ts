import type { Change, ChangeType } from '../../shared/changes.js';
import type { Role } from '../../shared/roles.js';
import type { BlobStore } from './blobs.js';
import type { LimiterFactory } from './rateLimits.js';

/** One command's (or one system commit's) changes, with seq already given by the commit pipeline. */
export interface LogEntry {
  changes: readonly Change[];
  /** The seq the command ended at: its last change's, or the head before it when it changed nothing. */
  seq: number;
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

/**
 * One batch of appends, open while the commit pipeline decides. Appends are buffered and written
 * together when the batch's work returns: one sync to disk (SQLite) or one transaction
 * (PostgreSQL) per batch. While a batch is open no other process appends.
 */
export interface LogBatch {
  /** The last committed seq when the batch began (a skipped damaged row counts): new changes follow it. */
  readonly head: number;
  /** Changes other processes committed after the seq this batch started from, in order: apply them before deciding. */
  readonly missed: readonly Change[];
  /** Which of these command ids were processed already (by any process). */
  processed(ids: readonly string[]): Promise<Map<string, ProcessedCommand>>;
  /** Buffers an entry; throws UnreadableChangeError (buffering nothing) for a change the schema refuses. */
  append(entry: LogEntry): void;
  /** Erases a question's words from every stored change that carries it, after this batch's appends; `keepAnswer`: a staff answer stays. */
  redactQuestion(questionId: string, placeholder: string, keepAnswer?: boolean): void;
  /**
   * Rewrites the stored changes of these types in the same write, after the appends and
   * redactions: `rewrite` gets each (in seq order) and returns its data without what is erased,
   * or null to leave it as it is. A result the change schema refuses fails the batch.
   */
  rewrite(types: readonly ChangeType[], rewrite: ChangeRewrite): void;
}

/** A stored change's data with personal data erased, or null when it has none to erase. */
export type ChangeRewrite = (change: Change) => Change['data'] | null;

/** The change log: the event itself. Several processes may share one (PostgreSQL). */
export interface ChangeLog {
  /** The highest seq this process knows to be committed. */
  lastSeq(): number;
  /**
   * Changes with seq > since, in order, at most `limit`; with `audiences`, only those of these
   * audiences (a stand's view skips the many internal votes and the staff's changes).
   */
  changesAfter(since: number, limit: number, audiences?: readonly string[]): Promise<Change[]>;
  /** The processed command with this id, or undefined when this id is new. */
  processedCommand(commandId: string): Promise<ProcessedCommand | undefined>;
  /**
   * Runs `work` as one batch starting from seq `since`; its appends commit when it returns. Throws,
   * having written nothing, when `work` or the write fails; `StoreUnavailableError` when the
   * database cannot be reached. `commandIds`, the commands the batch will decide, are looked up
   * together with its reads (one round trip fewer with PostgreSQL).
   */
  batch<T>(since: number, work: (batch: LogBatch) => Promise<T>, commandIds?: readonly string[]): Promise<T>;
  /**
   * After a redaction: drops old copies of pages that still hold erased text. `thorough` (after an
   * erasure of many rows): PostgreSQL vacuums too, which a single deletion leaves to autovacuum.
   */
  scrub(thorough?: boolean): Promise<void>;
  /** Writes and syncs one small row: whether the log can be written now (the readiness check after a failed commit). */
  probeWrite(): Promise<void>;
  /** A server secret by name (e.g. the key that signs device ids), made once and kept. */
  serverKey(name: string): Promise<string>;
  /** Called with the new last seq when another process commits (never for this process's own batches). */
  onForeignCommit(listener: (seq: number) => void): void;
  /**
   * The right to apply an import, held by one holder (of every process) at a time until released;
   * null while another holds it. A holder that dies loses it, so an import found unfinished while
   * the lock is free was interrupted, not running elsewhere.
   */
  importLock(): Promise<(() => Promise<void>) | null>;
}

export interface AccessCodeRecord {
  id: string;
  role: Exclude<Role, 'attendee'>;
  standId: string | null;
  /** The event a moderator's or host's code belongs to; null: the whole series (organizers, and codes from before series). */
  eventId: string | null;
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

/** A token whose code is not revoked, with its code's event (see `AccessCodeRecord.eventId`). */
export interface ActiveToken extends TokenRecord {
  eventId: string | null;
}

/** One event of the series as the installation records it; its name and dates are in its own log. */
export interface SeriesEventRecord {
  id: string;
  slug: string;
  /** Where its log lives: '' for the installation's own database, else a file (SQLite) or a schema (PostgreSQL). */
  location: string;
  createdAt: string;
  closedAt: string | null;
}

/** The events of the series, in the installation's database. */
export interface SeriesRecords {
  list(): Promise<SeriesEventRecord[]>;
  insert(record: SeriesEventRecord): Promise<void>;
  /**
   * Records the series' first event unless one is recorded already (another process of the
   * installation starting at the same moment), and returns the one recorded.
   */
  insertFirst(record: SeriesEventRecord): Promise<SeriesEventRecord>;
  /** Closes an open event; false when it is unknown or closed already. */
  close(id: string, at: string): Promise<boolean>;
}

/** Staff access codes and the tokens redeemed from them, stored hashed. */
export interface AccessRecords {
  insertAccessCode(record: AccessCodeRecord, codeHash: string): Promise<void>;
  findAccessCodeByHash(codeHash: string): Promise<AccessCodeRecord | undefined>;
  listAccessCodes(): Promise<AccessCodeRecord[]>;
  revokeAccessCode(id: string, at: string): Promise<boolean>;
  insertToken(record: TokenRecord, tokenHash: string, at: string): Promise<void>;
  /** The token's record while its code is not revoked. */
  findActiveToken(tokenHash: string): Promise<ActiveToken | undefined>;
  /** Codes revoked at or after `since` (ISO): how other processes learn of a revocation. */
  revokedSince(since: string): Promise<{ id: string; revokedAt: string }[]>;
}

/** Announcement receipts of every process (PostgreSQL): each adds its own, all read the sums. */
export interface SharedReceipts {
  add(receipts: readonly { announcementId: string; deviceKey: string }[]): Promise<void>;
  counts(): Promise<Record<string, number>>;
}

/**
 * Sealed mailbox items (server/drops), kept in the event's own database beside its log, so one
 * event's mailboxes are never another's. `mailbox` is the key the feature stores them under.
 */
export interface DropRecords {
  /** Keeps an item in a mailbox that holds fewer than `maxItems`; false, keeping nothing, when it is full. */
  put(mailbox: string, body: Uint8Array, atMs: number, maxItems: number): Promise<boolean>;
  /** The mailbox's items kept at or after `sinceMs`, oldest first; every item of it is gone in the same step. */
  take(mailbox: string, sinceMs: number): Promise<Uint8Array[]>;
  /** Erases every item kept before `beforeMs` (all: `Infinity`); how many. */
  eraseBefore(beforeMs: number): Promise<number>;
}

/** Everything the server keeps: SQLite for one process, PostgreSQL for several. */
export interface Store {
  log: ChangeLog;
  drops: DropRecords;
  access: AccessRecords;
  /** Uploaded files by their hash; the installation's store holds those every event uses. */
  blobs: BlobStore;
  /** Only with several processes; one process counts receipts in memory. */
  receipts?: SharedReceipts;
  /** Only with several processes: rate limits every process counts against (rate-limiter-flexible). */
  limiter?: LimiterFactory;
  /**
   * Only with several processes: drops the shared rate-limit counters (their keys hold addresses
   * and device ids); how many. They count minutes at most, so this forgets a few minutes of
   * counting, as a crash would. One process counts in memory and forgets by itself.
   */
  forgetRateLimits?(): Promise<number>;
  /** Which engine, for logs and the readiness check. */
  kind: 'sqlite' | 'postgres';
  /** The series' events (read from the installation's store, the one of the first event). */
  series: SeriesRecords;
  /** The store of another event's log at `location` (a new one is made empty); '' is not asked for. */
  openSibling(location: string): Promise<Store>;
  /** A location for a new event's log that no event uses. */
  siblingLocation(eventId: string): string;
  close(): Promise<void>;
}

/** Thrown by `append` for a change the change schema refuses: it never reaches the log. */
export class UnreadableChangeError extends Error {}

/**
 * The database cannot be reached (PostgreSQL down) or refuses writes (a full or failing disk):
 * the command is not committed; the phone resends it later. `reason`: the store's code, for the log.
 */
export class StoreUnavailableError extends Error {
  constructor(message: string, readonly reason = 'unavailable') {
    super(message);
  }
}
