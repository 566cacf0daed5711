import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Engine, loadEngine } from '@empathie/engine';
import { createApp } from '../app.ts';
import type { Config } from '../config/config.ts';
import type { Clock } from '../shared/clock.ts';
import { createIdGenerator } from '../shared/ids.ts';
import { createLogger } from '../shared/logger.ts';
import { freshDatabase } from './fresh-database.ts';

// A fresh, migrated database per test file (SQLite in memory, or PostgreSQL in the pg stage).
export { freshDatabase } from './fresh-database.ts';

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
