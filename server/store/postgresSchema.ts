import type postgres from 'postgres';
import { sha256Hex } from '../kernel/ids.js';

/** Advisory lock keys: appends to the log, the schema set-up of starting processes, applying an import. */
export const logLock = 0x4f72_7473;
export const schemaLock = 0x4f72_7474;
export const importLock = 0x4f72_7475;
/** The first of two keys that serialise writes to one mailbox (the second is the mailbox's hash): a key space of its own. */
export const dropLockClass = 0x4f72_7476;

/** The channel whose notifications carry the newest committed seq, nothing else. */
export const logChannel = 'ortstermin_log';

/** One event's channel and lock keys: the first event's (schema `public`) are the ones from before series. */
export interface PostgresNames {
  schema: string;
  channel: string;
  logLock: number;
  importLock: number;
}

/** A 31-bit key from a name, beside the fixed keys above. */
function keyOf(name: string): number {
  return Number.parseInt(sha256Hex(name).slice(0, 8), 16) & 0x7fff_ffff;
}

export function postgresNames(schema: string): PostgresNames {
  if (schema === 'public') return { schema, channel: logChannel, logLock, importLock };
  return { schema, channel: `${logChannel}_${schema}`, logLock: keyOf(`log:${schema}`), importLock: keyOf(`import:${schema}`) };
}

/** A schema for an event's log: letters, digits and underscores, so it needs no quoting anywhere. */
export const eventSchemaPattern = /^event_[a-z0-9_]{1,40}$/;

/** The same tables as SQLite's (server/store/migrations.ts); data stays JSON text, read back as written. */
const schema = `
  CREATE TABLE IF NOT EXISTS changes (
    seq BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    type TEXT NOT NULL,
    audience TEXT NOT NULL,
    data TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS processed_commands (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    fingerprint TEXT
  );
  CREATE TABLE IF NOT EXISTS access_codes (
    id TEXT PRIMARY KEY,
    code_hash TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    stand_id TEXT,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE TABLE IF NOT EXISTS tokens (
    token_hash TEXT PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    code_id TEXT NOT NULL REFERENCES access_codes(id),
    role TEXT NOT NULL,
    stand_id TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS tokens_by_code ON tokens(code_id);
  CREATE TABLE IF NOT EXISTS announcement_receipts (
    announcement_id TEXT NOT NULL,
    device_key TEXT NOT NULL,
    PRIMARY KEY (announcement_id, device_key)
  );
  -- Counters, not records: unlogged (no write-ahead log), so a limited command costs no extra sync.
  CREATE UNLOGGED TABLE IF NOT EXISTS rate_limits (
    key VARCHAR(255) PRIMARY KEY,
    points INTEGER NOT NULL DEFAULT 0,
    expire BIGINT
  );
  CREATE TABLE IF NOT EXISTS server_keys (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS series_events (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    location TEXT NOT NULL,
    created_at TEXT NOT NULL,
    closed_at TEXT
  );
  ALTER TABLE access_codes ADD COLUMN IF NOT EXISTS event_id TEXT;
  CREATE TABLE IF NOT EXISTS blobs (
    hash TEXT PRIMARY KEY,
    upload_id TEXT NOT NULL,
    type TEXT NOT NULL,
    size BIGINT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS blob_chunks (
    upload_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY (upload_id, idx)
  );
  CREATE TABLE IF NOT EXISTS drops (
    id BIGSERIAL PRIMARY KEY,
    mailbox TEXT NOT NULL,
    at_ms BIGINT NOT NULL,
    body BYTEA NOT NULL
  );
  CREATE INDEX IF NOT EXISTS drops_by_mailbox ON drops(mailbox);
  CREATE INDEX IF NOT EXISTS drops_by_time ON drops(at_ms);
`;

/** Several processes may start at once on an empty database: one creates the tables, the others wait. */
export async function ensureSchema(sql: postgres.Sql, names: PostgresNames = postgresNames('public')): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${schemaLock})`;
    if (names.schema !== 'public') await tx.unsafe(`CREATE SCHEMA IF NOT EXISTS ${names.schema}`);
    await tx.unsafe(schema);
  });
}

/** Connection and server-shutdown errors: the database is out of reach, not the command wrong. */
export function isUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object' || !('code' in error) || typeof error.code !== 'string') return false;
  const { code } = error;
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED'].includes(code) ||
    code.startsWith('08') ||
    code.startsWith('57P')
  );
}
