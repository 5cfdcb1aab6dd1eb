import type { Database } from 'better-sqlite3';

/** Ordered; each runs once, in a transaction, and bumps `user_version`. Never edit a shipped one. */
const migrations: readonly string[] = [
  `
  CREATE TABLE changes (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    type TEXT NOT NULL,
    audience TEXT NOT NULL,
    data TEXT NOT NULL
  );
  CREATE TABLE processed_commands (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE access_codes (
    id TEXT PRIMARY KEY,
    code_hash TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    stand_id TEXT,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    code_id TEXT NOT NULL REFERENCES access_codes(id),
    role TEXT NOT NULL,
    stand_id TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX tokens_by_code ON tokens(code_id);
  `,
  `
  ALTER TABLE processed_commands ADD COLUMN fingerprint TEXT;
  CREATE TABLE server_keys (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  `
  CREATE TABLE series_events (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    location TEXT NOT NULL,
    created_at TEXT NOT NULL,
    closed_at TEXT
  );
  ALTER TABLE access_codes ADD COLUMN event_id TEXT;
  `,
  `
  CREATE TABLE blobs (
    hash TEXT PRIMARY KEY,
    upload_id TEXT NOT NULL,
    type TEXT NOT NULL,
    size INTEGER NOT NULL,
    created_at TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE blob_chunks (
    upload_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (upload_id, idx)
  );
  `,
  `
  CREATE TABLE drops (
    id INTEGER PRIMARY KEY,
    mailbox TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    body BLOB NOT NULL
  );
  CREATE INDEX drops_by_mailbox ON drops(mailbox);
  CREATE INDEX drops_by_time ON drops(at_ms);
  `,
];

/** Thrown when the database was written by a newer version of the server than this one. */
export class NewerDatabaseError extends Error {
  constructor(readonly found: number) {
    super(`the database has schema version ${found}, this server knows up to ${migrations.length}`);
  }
}

export function migrate(db: Database): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > migrations.length) throw new NewerDatabaseError(current);
  migrations.slice(current).forEach((sql, index) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + index + 1}`);
    })();
  });
}
