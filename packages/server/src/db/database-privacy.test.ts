import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../accounts/test-helpers.ts';
import { createApp } from '../app.ts';
import { call, type Person, post } from '../posts/people.fixture.ts';
import { createIdGenerator } from '../shared/ids.ts';
import { createLogger } from '../shared/logger.ts';
import { testClock, testConfig, testEngine } from '../testing/test-app.ts';
import { type DatabaseHandle, databaseTarget, openDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';

// What a copy of the data folder would reveal: the database file and its write-ahead log.
let root: string;
let dataDir: string;
let file: string;
let database: DatabaseHandle;
let t: Awaited<ReturnType<typeof build>>;

async function build() {
  const target = databaseTarget(null, dataDir);
  if (target.kind !== 'sqlite') throw new Error('expected SQLite');
  file = target.file;
  database = openDatabase(target);
  const migrated = await migrateToLatest(database);
  if (!migrated.ok) throw new Error(String(migrated.error));
  const clock = testClock();
  const built = createApp({
    config: testConfig(),
    database,
    clock,
    ids: createIdGenerator(() => clock.now().getTime()),
    logger: createLogger('silent'),
    engine: await testEngine(),
  });
  return { ...built, database, clock, close: () => database.close() };
}

const mode = (path: string) => statSync(path).mode & 0o777;

function bytesOnDisk(): string {
  return ['', '-wal']
    .map((suffix) => {
      try {
        return readFileSync(file + suffix).toString('latin1');
      } catch {
        return '';
      }
    })
    .join('');
}

const checkpoint = () => sql`pragma wal_checkpoint(TRUNCATE)`.execute(database.db);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'empathie-privacy-'));
  dataDir = join(root, 'data');
  t = await build();
});
afterAll(async () => {
  await t.close();
  rmSync(root, { recursive: true, force: true });
});

describe('database privacy (SQLite)', () => {
  it('creates the data folder and the database files for their owner only', async () => {
    await post(t, await person('gaia'), 'A first post, so the write-ahead log exists');
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}-wal`)).toBe(0o600);
    expect(mode(`${file}-shm`)).toBe(0o600);
  });

  it('zeroes deleted content (secure_delete)', async () => {
    const row = await sql<{ secure_delete: number }>`pragma secure_delete`.execute(database.db);
    expect(row.rows[0]?.secure_delete).toBe(1);
  });

  it('leaves no trace of a deleted post’s text after SQLite’s own checkpoint', async () => {
    const hugo = await person('hugo');
    const sentence = 'Hugo regrets this quarrelsome sentence about the neighbours';
    const written = (await post(t, hugo, sentence)).body;
    expect(bytesOnDisk()).toContain(sentence);
    expect((await call(t, hugo, 'DELETE', `/api/v1/statuses/${written.id}`)).status).toBe(200);
    // What SQLite does by itself every 1,000 pages: a passive checkpoint, then the next write
    // starts the log afresh (cut back to nothing by journal_size_limit).
    await sql`pragma wal_checkpoint(PASSIVE)`.execute(database.db);
    await post(t, hugo, 'Something kinder');
    expect(bytesOnDisk()).not.toContain(sentence);
  });

  it('leaves no trace of an erased account’s words, its e-mail address or its password hash', async () => {
    const iris = await person('irisette');
    await post(t, iris, 'Irisette loves xylophonique melodies');
    const hash = (
      await database.db
        .selectFrom('users')
        .select('password_hash')
        .where('account_id', '=', iris.id)
        .executeTakeFirstOrThrow()
    ).password_hash;
    await checkpoint();
    expect(bytesOnDisk()).toContain('xylophonique');
    const deleted = await call(t, iris, 'POST', '/api/empathie/v1/account/deletion', {
      password: 'a long password for irisette',
    });
    expect(deleted.status).toBe(202);
    t.clock.advance(31 * 24 * 60 * 60_000);
    await t.jobs.runDueJobs();
    const disk = bytesOnDisk();
    expect(disk).not.toContain('xylophon');
    expect(disk).not.toContain('irisette@example.org');
    expect(disk).not.toContain(hash);
  });
});

async function person(username: string): Promise<Person> {
  const { token, id } = await signUp(t.app, username);
  return { id, username, token };
}
