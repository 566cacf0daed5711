import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { testPostgresUrl } from '../config/test-env.ts';
import { type DatabaseHandle, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

/**
 * A fresh, migrated database, without building an app: in-memory SQLite by default, or a new
 * database on the PostgreSQL server named by `EMPATHIE_TEST_PG`, dropped again by `close()`.
 * Tests of a repository or a queue import it from here (no HTTP app to build, so an unrelated
 * domain cannot break them); `test-app.ts` re-exports it beside the whole apps it builds.
 */
export async function freshDatabase(pgAdminUrl = testPostgresUrl()): Promise<DatabaseHandle> {
  if (!pgAdminUrl) {
    const handle = openDatabase({ kind: 'sqlite', file: ':memory:' });
    await mustMigrate(handle);
    return handle;
  }
  const name = `empathie_test_${randomBytes(6).toString('hex')}`;
  const template = await migratedTemplate(pgAdminUrl);
  const admin = new pg.Client({ connectionString: pgAdminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  // Dropping the database `with (force)` terminates connections still closing: expected here.
  const handle = openDatabase(
    { kind: 'postgres', connectionString: databaseUrl(pgAdminUrl, name) },
    () => {},
  );
  return {
    ...handle,
    async close() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: pgAdminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

async function mustMigrate(handle: DatabaseHandle): Promise<void> {
  const outcome = await migrateToLatest(handle);
  if (!outcome.ok) throw new Error(`test database migration failed: ${String(outcome.error)}`);
}

function databaseUrl(pgAdminUrl: string, name: string): string {
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Migrating a PostgreSQL database takes about 0.6 s (hundreds of DDL round trips), and the suite
 * makes about a hundred of them. The migrations run once into a template database named after
 * their source, and every test database is a copy of it (`create database … template`, tens of
 * milliseconds). Test workers run in parallel processes: an advisory lock makes one of them build
 * the template while the others wait for it. The template is built under a temporary name and
 * renamed when complete, so a crash never leaves a half-migrated template behind.
 */
async function migratedTemplate(pgAdminUrl: string): Promise<string> {
  const template = `empathie_template_${migrationsFingerprint()}`;
  const admin = new pg.Client({ connectionString: pgAdminUrl });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    const found = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (found.rowCount === 0) {
      const building = `${template}_building`;
      await admin.query(`drop database if exists ${building} with (force)`);
      await admin.query(`create database ${building}`);
      const handle = openDatabase(
        { kind: 'postgres', connectionString: databaseUrl(pgAdminUrl, building) },
        () => {},
      );
      try {
        await mustMigrate(handle);
      } finally {
        await handle.close();
      }
      await admin.query(`alter database ${building} rename to ${template}`);
    }
    return template;
  } finally {
    await admin.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK]).catch(() => {});
    await admin.end();
  }
}

const TEMPLATE_LOCK = 20261127;

let fingerprint: string | undefined;
/** A short hash of the migration sources: a changed migration gets a new template. */
function migrationsFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  const dbDir = new URL('../db/', import.meta.url);
  const migrationsDir = new URL('migrations/', dbDir);
  hash.update(readFileSync(new URL('migrate.ts', dbDir)));
  for (const file of readdirSync(migrationsDir).sort()) {
    hash.update(file);
    hash.update(readFileSync(new URL(file, migrationsDir)));
  }
  fingerprint = hash.digest('hex').slice(0, 16);
  return fingerprint;
}
