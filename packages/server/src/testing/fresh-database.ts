import { randomBytes } from 'node:crypto';
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
  const admin = new pg.Client({ connectionString: pgAdminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  // Dropping the database `with (force)` terminates connections still closing: expected here.
  const handle = openDatabase({ kind: 'postgres', connectionString: url.toString() }, () => {});
  await mustMigrate(handle);
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
