import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { openDatabase } from '../../../packages/server/src/db/database.ts';
import { migrateToLatest } from '../../../packages/server/src/db/migrate.ts';
import { createDatabaseMessageQueue } from '../../../packages/server/src/federation/message-queue.ts';
import {
  outboxMessage,
  testActorKeys,
} from '../../../packages/server/src/federation/testing/test-inbox.fixture.ts';
import { newToken } from '../../../packages/server/src/http/auth.ts';
import { systemClock } from '../../../packages/server/src/shared/clock.ts';
import { createIdGenerator } from '../../../packages/server/src/shared/ids.ts';
import { createLogger } from '../../../packages/server/src/shared/logger.ts';
import { startServer } from '../server-process.ts';
import { machineLine } from '../shield/machine.ts';
import { median } from '../stats.ts';
import { type InboxFarm, startInboxFarm } from './inbox-farm.ts';

const WORKER = fileURLToPath(
  new URL(
    '../../../packages/server/src/federation/testing/delivery-worker.fixture.ts',
    import.meta.url,
  ),
);

export interface FederationBenchOptions {
  quick: boolean;
  keep: boolean;
}

type Say = (line: string) => void;
const fmt = (n: number, digits = 1) =>
  Number.isFinite(n) ? n.toLocaleString('en', { maximumFractionDigits: digits }) : 'n/a';

async function until(done: () => boolean, capMs: number): Promise<boolean> {
  const end = Date.now() + capMs;
  while (!done()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 10));
  }
  return true;
}

async function migrated(file: string) {
  const database = openDatabase({ kind: 'sqlite', file });
  const outcome = await migrateToLatest(database);
  if (!outcome.ok) throw new Error(`migration failed: ${String(outcome.error)}`);
  return database;
}

/** The delivery worker in its own process (as the server runs it), listening to `file`. */
async function startWorker(file: string): Promise<{ stop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    env: { ...process.env, EMPATHIE_TEST_DB: file, EMPATHIE_TEST_TIMEOUT_MS: '10000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d) => {
      if (String(d).includes('listening')) resolve();
    });
    child.once('exit', () => reject(new Error('the delivery worker exited early')));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Deliveries per second from one worker process to 100 loopback servers, median of rounds. */
async function throughput(dir: string, say: Say, quick: boolean) {
  const perInbox = quick ? 5 : 10;
  const rounds = 3;
  say(`\nDeliveries to 100 loopback servers (${perInbox * 100} per round, ${rounds} rounds)`);
  const farm = await startInboxFarm(100);
  const file = join(dir, 'throughput.sqlite');
  const database = await migrated(file);
  const worker = await startWorker(file);
  const actor = await testActorKeys('http://bench.localhost/users/ana');
  const queue = createDatabaseMessageQueue({
    database,
    clock: systemClock,
    ids: createIdGenerator(),
    logger: createLogger('silent'),
  });
  const rates: number[] = [];
  try {
    for (let round = 0; round < rounds; round += 1) {
      const messages = Array.from({ length: perInbox * 100 }, (_, i) =>
        outboxMessage({ inbox: `${farm.origins[i % 100]}/inbox`, keys: actor.keys }),
      );
      const before = farm.total();
      const started = performance.now();
      await queue.enqueueMany(messages);
      const done = await until(() => farm.total() - before >= messages.length, 600_000);
      const seconds = (performance.now() - started) / 1000;
      const rate = (farm.total() - before) / seconds;
      rates.push(rate);
      say(
        `  round ${round + 1}: ${farm.total() - before} delivered in ${fmt(seconds, 2)} s ` +
          `(${fmt(rate)} /s)${done ? '' : ' — stopped at the cap'}`,
      );
    }
    say(`  median: ${fmt(median(rates))} deliveries/s (signed, one worker process, 32 in flight)`);
  } finally {
    await worker.stop();
    await database.close();
    await farm.close();
  }
}

/** Seeds one local author with a token and `followers` remote followers spread over the farm. */
function seedFollowers(file: string, farm: InboxFarm, followers: number, publicUrl: string) {
  const sqlite = new SQLite(file);
  const ids = createIdGenerator();
  const now = new Date().toISOString();
  const account = sqlite.prepare(
    `insert into accounts (id, username, username_key, domain, uri, url, display_name, note, intention,
     locked, bot, discoverable, followers_count, following_count, statuses_count, last_status_at,
     inbox_url, shared_inbox_url, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, '', '', 0, 0, 1, ?, 0, 0, null, ?, ?, ?, ?)`,
  );
  const follow = sqlite.prepare(
    'insert into follows (id, account_id, target_account_id, created_at) values (?, ?, ?, ?)',
  );
  const token = newToken();
  const authorId = ids();
  sqlite.transaction(() => {
    account.run(
      authorId,
      'star',
      'star',
      null,
      `${publicUrl}/users/star`,
      `${publicUrl}/@star`,
      'Star',
      followers,
      null,
      null,
      now,
      now,
    );
    sqlite
      .prepare(
        `insert into users (account_id, email, email_key, password_hash, role, approved, ui_language,
         default_visibility, created_at) values (?, 'star@bench.test', 'star@bench.test', 'x', 'user', 1, 'fr', 'public', ?)`,
      )
      .run(authorId, now);
    sqlite
      .prepare(
        `insert into access_tokens (id, token_hash, account_id, scopes, created_at, revoked_at)
         values (?, ?, ?, 'read write follow', ?, null)`,
      )
      .run(ids(), token.hash, authorId, now);
    for (let i = 0; i < followers; i += 1) {
      const origin = farm.origins[i % farm.origins.length] ?? '';
      const host = new URL(origin).host;
      const name = `f${i}`;
      const id = ids();
      account.run(
        id,
        name,
        name,
        host,
        `${origin}/users/${name}`,
        `${origin}/@${name}`,
        name,
        0,
        `${origin}/users/${name}/inbox`,
        `${origin}/inbox`,
        now,
        now,
      );
      follow.run(ids(), id, authorId, now);
    }
  })();
  sqlite.close();
  return token.token;
}

/** A post from an account with many remote followers, until every shared inbox has it. */
async function fanOut(dir: string, say: Say, quick: boolean) {
  const servers = quick ? 100 : 500;
  const followers = quick ? 2_000 : 10_000;
  say(`\nA post from an account with ${fmt(followers, 0)} remote followers on ${servers} servers`);
  const farm = await startInboxFarm(servers);
  const data = join(dir, 'fanout');
  mkdirSync(data, { recursive: true });
  const file = join(data, 'empathie.sqlite');
  const publicUrlOf = (origin: string) => origin.replace('127.0.0.1', 'localhost');
  const probe = await migrated(file);
  await probe.close();
  // The public URL needs the port the server will get: seeded after it is known.
  let token = '';
  const server = await startServer(data, (origin) => publicUrlOf(origin), {
    ALLOW_PRIVATE_ADDRESS: 'true',
  });
  try {
    token = seedFollowers(file, farm, followers, publicUrlOf(server.origin));
    const times: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      const started = performance.now();
      const res = await fetch(`${server.origin}/api/v1/statuses`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          status: `Bonjour à toutes et à tous (${round})`,
          visibility: 'public',
        }),
      });
      const status = (await res.json()) as { uri?: string };
      if (!res.ok || !status.uri) {
        say(`  the post was refused (${res.status}); nothing to measure`);
        return;
      }
      const activity = `${status.uri}/activity`;
      // The bridge's Create is `<status uri>/activity` (federation/uri.ts): every server must have it.
      const reached = () => farm.serversWith(activity);
      const before = farm.total();
      const done = await until(() => reached() >= servers, 300_000);
      const seconds = (performance.now() - started) / 1000;
      times.push(seconds);
      say(
        `  round ${round + 1}: the Create at ${reached()} of ${servers} shared inboxes ` +
          `(${farm.total() - before} requests) in ` +
          `${fmt(seconds, 2)} s${done ? '' : ' — NOT all reached within 300 s'}`,
      );
      if (!done) break;
    }
    say(`  median: ${fmt(median(times), 2)} s from POST /api/v1/statuses to the last shared inbox`);
  } finally {
    await server.stop();
    await farm.close();
  }
}

export async function runFederationBench(options: FederationBenchOptions, say: Say) {
  say('\nFederation: delivery through the database queue');
  say(`  machine: ${machineLine()}`);
  const dir = mkdtempSync(join(tmpdir(), 'empathie-bench-federation-'));
  try {
    await throughput(dir, say, options.quick);
    await fanOut(dir, say, options.quick);
  } finally {
    if (options.keep) say(`\nData kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
