import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { createPostgresStore } from '../../server/store/postgresStore.js';
import type { Store } from '../../server/kernel/store.js';
import { freePort } from './reverseProxy.js';

const run = promisify(execFile);

/** Debian's PostgreSQL 15 (package `postgresql`); `.ci/run` installs it when missing. */
export const postgresBin = '/usr/lib/postgresql/15/bin';
export const hasPostgres = () => existsSync(join(postgresBin, 'initdb')) && existsSync(join(postgresBin, 'pg_ctl'));

/** PostgreSQL refuses to run as root (CI runs as root): then the cluster belongs to `nobody`. */
const nobody = 65534;
const asOwner = (command: string, args: string[]): [string, string[]] =>
  process.getuid?.() === 0
    ? ['setpriv', ['--reuid=' + nobody, '--regid=' + nobody, '--clear-groups', join(postgresBin, command), ...args]]
    : [join(postgresBin, command), args];

export interface ThrowawayPostgres {
  port: number;
  /** A new empty database on this cluster; its URL. */
  createDatabase(name?: string): Promise<string>;
  /** Stops the server, as an outage (the files stay). */
  stop(): Promise<void>;
  /** Starts it again on the same port after `stop`. */
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  remove(): Promise<void>;
}

let databases = 0;

/**
 * A throwaway cluster: `initdb` in a temporary folder, `pg_ctl start` on a free loopback port, its
 * socket in the same folder. `fsync` off unless asked: tests check behaviour, the benchmark speed.
 */
export async function startPostgres(options: { fsync?: boolean } = {}): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'ortstermin-pg-'));
  if (process.getuid?.() === 0) chownSync(dir, nobody, nobody);
  const data = join(dir, 'data');
  const port = await freePort();
  await run(...asOwner('initdb', ['-D', data, '-U', 'ortstermin', '--auth=trust', '-E', 'UTF8', '--no-locale']));
  const settings = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses='127.0.0.1'", `-c fsync=${options.fsync ? 'on' : 'off'}`, '-c max_connections=200'];
  const pgCtl = (...args: string[]) => run(...asOwner('pg_ctl', ['-D', data, ...args]));
  const start = async () => void (await pgCtl('-l', join(dir, 'log'), '-w', '-o', settings.join(' '), 'start'));
  await start();
  const url = (db: string) => `postgres://ortstermin@127.0.0.1:${port}/${db}`;
  return {
    port,
    async createDatabase(name = `test_${process.pid}_${++databases}`) {
      const admin = postgres(url('postgres'), { max: 1, onnotice: () => {} });
      try {
        await admin.unsafe(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return url(name);
    },
    stop: async () => void (await pgCtl('-m', 'fast', '-w', 'stop')),
    start,
    async remove() {
      await pgCtl('-m', 'immediate', '-w', 'stop').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * One database of the cluster, emptied for each caller: a new database per test would cost more
 * than the test. Whoever used it before must have closed its stores.
 */
export function emptiedDatabase(cluster: () => ThrowawayPostgres): () => Promise<string> {
  let url: Promise<string> | null = null;
  return async () => {
    url ??= cluster()
      .createDatabase()
      .then(async (made) => {
        await (await createPostgresStore(made, { max: 1 })).close(); // creates the tables
        return made;
      });
    const sql = postgres(await url, { max: 1, onnotice: () => {} });
    try {
      await sql`TRUNCATE changes, processed_commands, tokens, access_codes, server_keys, rate_limits, announcement_receipts, series_events`;
      // Later events' logs live in schemas of their own.
      for (const { name } of await sql`SELECT nspname AS name FROM pg_namespace WHERE nspname LIKE 'event\_%'`) {
        await sql.unsafe(`DROP SCHEMA ${String(name)} CASCADE`);
      }
    } finally {
      await sql.end();
    }
    return url;
  };
}

/** A store on an emptied database for each call (see `emptiedDatabase`). */
export function freshStores(cluster: () => ThrowawayPostgres): () => Promise<Store> {
  const emptied = emptiedDatabase(cluster);
  return async () => createPostgresStore(await emptied(), { max: 3 });
}
