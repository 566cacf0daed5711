import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; connectionString: string };

/** Chooses PostgreSQL when a URL is configured, else an embedded SQLite file under the data folder. */
export function databaseTarget(databaseUrl: string | null, dataDir: string): DatabaseTarget {
  if (databaseUrl) return { kind: 'postgres', connectionString: databaseUrl };
  // The data folder holds every person's posts, e-mail address and password hash: only the
  // server's own user may enter it (an existing folder is tightened too).
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  return { kind: 'sqlite', file: join(dataDir, 'empathie.sqlite') };
}

export function openDatabase(
  target: DatabaseTarget,
  onIdleError: (error: Error) => void = (error) =>
    process.stderr.write(`PostgreSQL connection lost (it will be replaced): ${error.message}\n`),
): DatabaseHandle {
  if (target.kind === 'sqlite') {
    if (target.file !== ':memory:') createPrivately(target.file);
    const sqlite = new SQLite(target.file);
    // Deleted rows are overwritten with zeros rather than left in free pages, so a deleted post
    // or account cannot be read back from the file (or a copy of it) afterwards.
    sqlite.pragma('secure_delete = ON');
    // After each checkpoint the write-ahead log is cut back to nothing instead of being reused
    // from its start, so the copies of deleted rows it held leave the folder too.
    sqlite.pragma('journal_size_limit = 0');
    // WAL lets readers proceed while a writer commits; NORMAL is durable enough with WAL.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // SQLite creates the -wal and -shm files with the main file's mode; tighten any older ones.
    if (target.file !== ':memory:') {
      for (const suffix of ['-wal', '-shm']) {
        if (existsSync(target.file + suffix)) chmodSync(target.file + suffix, 0o600);
      }
    }
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  const pool = new pg.Pool({ connectionString: target.connectionString, max: 10 });
  // An idle client loses its connection when PostgreSQL restarts or an admin terminates it; the
  // pool replaces it on the next query. Without a listener, node would crash on that event.
  pool.on('error', (error) => onIdleError(error));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/** Creates the database file readable and writable by its owner only (0600), or tightens it. */
function createPrivately(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
}
