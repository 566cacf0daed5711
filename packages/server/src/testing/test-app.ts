import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Engine, loadEngine } from '@empathie/engine';
import pg from 'pg';
import { createApp } from '../app.ts';
import type { Config } from '../config/config.ts';
import { testPostgresUrl } from '../config/test-env.ts';
import { type DatabaseHandle, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Clock } from '../shared/clock.ts';
import { createIdGenerator } from '../shared/ids.ts';
import { createLogger } from '../shared/logger.ts';

/**
 * A fresh, migrated database for one test file: in-memory SQLite by default, or a new database
 * on the PostgreSQL server named by `EMPATHIE_TEST_PG` (set by the test command when it runs the
 * suite against PostgreSQL), dropped again by `close()`.
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

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    publicUrl: 'http://empathie.test',
    domain: 'empathie.test',
    dataDir: '/nonexistent',
    databaseUrl: null,
    registrationMode: 'open',
    maxPostChars: 2800,
    webDistDir: '/nonexistent',
    logLevel: 'silent',
    sourceUrl: '',
    trustedProxies: [],
    allowPrivateAddress: false,
    authorizedFetch: false,
    // Random file names: test files share the folder without meeting.
    media: { kind: 'disk', dir: join(tmpdir(), 'empathie-test-media') },
    ...overrides,
  };
}

/** A controllable clock for tests. */
export function testClock(
  start = new Date('2026-11-01T10:00:00.000Z'),
): Clock & { advance(ms: number): void } {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

// The model is decoded once per test file, not once per app.
let engine: Promise<Engine> | undefined;
export function testEngine(): Promise<Engine> {
  engine ??= loadEngine();
  return engine;
}

/** A whole app on a fresh database, as `createApp` builds it for production. */
export async function createTestApp(overrides: Partial<Config> = {}) {
  const database = await freshDatabase();
  const clock = testClock();
  const built = createApp({
    config: testConfig(overrides),
    database,
    clock,
    ids: createIdGenerator(() => clock.now().getTime()),
    logger: createLogger('silent'),
    engine: await testEngine(),
  });
  return { ...built, database, clock, close: () => database.close() };
}
