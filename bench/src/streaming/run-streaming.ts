import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { openDatabase } from '../../../packages/server/src/db/database.ts';
import { migrateToLatest } from '../../../packages/server/src/db/migrate.ts';
import { type RunningServer, startServer } from '../server-process.ts';
import { machineLine } from '../shield/machine.ts';
import { median, summarise } from '../stats.ts';
import { startPostgres } from './postgres-cluster.ts';
import { type Seeded, seedReaders } from './seed-readers.ts';

const PUBLIC_URL = 'http://bench.localhost';
const PROXY = { TRUSTED_PROXIES: '127.0.0.1,::1' };

export interface StreamingBenchOptions {
  quick: boolean;
  keep: boolean;
}

interface Listener {
  socket: WebSocket;
  /** When this connection last received an `update` (performance.now()), per post marker. */
  arrivals: Map<string, number>;
}

/** Opens `count` connections, `batch` at a time, spread over the servers. */
async function connectAll(
  servers: RunningServer[],
  count: number,
  query: (i: number) => string,
): Promise<Listener[]> {
  const listeners: Listener[] = [];
  const batch = 100;
  for (let start = 0; start < count; start += batch) {
    const opened = [];
    for (let i = start; i < Math.min(count, start + batch); i += 1) {
      const server = servers[i % servers.length] as RunningServer;
      const url = `${server.origin.replace('http:', 'ws:')}/api/v1/streaming?${query(i)}`;
      // Each client its own address (through the trusted loopback proxy), as real readers have:
      // connections without a token are capped per address.
      const socket = new WebSocket(url, {
        headers: { 'x-forwarded-for': `10.8.${(i >> 8) & 255}.${i & 255}` },
      });
      const listener: Listener = { socket, arrivals: new Map() };
      socket.on('message', (data) => {
        const at = performance.now();
        const text = String(data);
        // The marker is in the post's text; the payload is the JSON string of the status.
        const marker = /bench-marker-(\d+)/.exec(text)?.[1];
        if (marker && text.includes('"event":"update"') && !listener.arrivals.has(marker))
          listener.arrivals.set(marker, at);
      });
      listeners.push(listener);
      opened.push(
        new Promise<void>((resolve, reject) => {
          socket.once('open', () => resolve());
          socket.once('error', reject);
        }),
      );
    }
    await Promise.all(opened);
  }
  return listeners;
}

/**
 * Posts `rounds` times and times each post's `update` reaching every listener: p50 and p99 over
 * the listeners of one round, and when the last one got it; the figures printed are the medians
 * over the rounds.
 */
async function measure(
  label: string,
  servers: RunningServer[],
  seeded: Seeded,
  listeners: Listener[],
  rounds: number,
  visibility: 'public' | 'private',
  say: (line: string) => void,
  fmt: (n: number, d?: number) => string,
) {
  const p50s: number[] = [];
  const p99s: number[] = [];
  const lasts: number[] = [];
  const answers: number[] = [];
  let missing = 0;
  for (let round = 0; round < rounds; round += 1) {
    const marker = `${Date.now()}${round}`;
    const via = servers[round % servers.length] as RunningServer;
    const t0 = performance.now();
    const posted = await fetch(`${via.origin}/api/v1/statuses`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${seeded.author.token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ status: `Live round ${round} bench-marker-${marker}`, visibility }),
    });
    await posted.arrayBuffer();
    answers.push(performance.now() - t0);
    if (posted.status !== 200) throw new Error(`posting answered ${posted.status}`);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && listeners.some((l) => !l.arrivals.has(marker))) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const latencies = listeners.flatMap((l) => {
      const at = l.arrivals.get(marker);
      return at === undefined ? [] : [at - t0];
    });
    missing += listeners.length - latencies.length;
    const s = summarise(latencies, 0, 1);
    p50s.push(s.p50);
    p99s.push(s.p99);
    lasts.push(s.max);
    // Let the server settle between rounds.
    await new Promise((r) => setTimeout(r, 500));
  }
  say(
    `  ${label.padEnd(44)} p50 ${fmt(median(p50s), 0).padStart(6)} ms · p99 ${fmt(median(p99s), 0).padStart(6)} ms · ` +
      `all reached ${fmt(median(lasts), 0).padStart(6)} ms · POST answered ${fmt(median(answers), 0)} ms` +
      (missing ? ` · ${missing} deliveries missing` : ''),
  );
}

async function scenarios(
  servers: RunningServer[],
  seeded: Seeded,
  rounds: number,
  say: (line: string) => void,
  fmt: (n: number, d?: number) => string,
) {
  const count = seeded.readers.length;
  // Each follower on their own home stream: the post is presented once per person.
  const home = await connectAll(
    servers,
    count,
    (i) => `stream=user&access_token=${seeded.readers[i]?.token ?? ''}`,
  );
  await measure(
    `${count} followers, home (user), followers-only`,
    servers,
    seeded,
    home,
    rounds,
    'private',
    say,
    fmt,
  );
  for (const l of home) l.socket.terminate();
  // Readers without an account on the local timeline: one presentation serves them all.
  const local = await connectAll(servers, count, () => 'stream=public:local');
  await measure(
    `${count} anonymous readers, local timeline`,
    servers,
    seeded,
    local,
    rounds,
    'public',
    say,
    fmt,
  );
  for (const l of local) l.socket.terminate();
}

/**
 * The streaming API under 1,000 connected clients: the time from a post to its `update` reaching
 * all of them, on one server process with SQLite, then on two processes sharing PostgreSQL
 * (signals by LISTEN/NOTIFY, each process presenting for its own connections).
 */
export async function runStreamingBench(
  options: StreamingBenchOptions,
  say: (line: string) => void,
) {
  const fmt = (n: number, d = 1) =>
    Number.isFinite(n) ? n.toLocaleString('en', { maximumFractionDigits: d }) : 'n/a';
  const count = options.quick ? 200 : 1000;
  const rounds = options.quick ? 3 : 5;
  say(`\nStreaming API: ${fmt(count, 0)} connected clients, ${rounds} posts each way`);
  say(`  machine: ${machineLine()}`);
  const dirs: string[] = [];
  const servers: RunningServer[] = [];
  const cluster = { stop: () => {} };
  try {
    // 1. SQLite, one process.
    const dir = mkdtempSync(join(tmpdir(), 'empathie-streaming-bench-'));
    dirs.push(dir);
    const sqlite = openDatabase({ kind: 'sqlite', file: join(dir, 'empathie.sqlite') });
    const migrated = await migrateToLatest(sqlite);
    if (!migrated.ok) throw new Error(`migration failed: ${String(migrated.error)}`);
    const seeded = await seedReaders(sqlite.db, count, PUBLIC_URL);
    await sqlite.close();
    servers.push(await startServer(dir, PUBLIC_URL, PROXY));
    say('\nSQLite, one server process');
    await scenarios(servers, seeded, rounds, say, fmt);
    for (const s of servers.splice(0)) await s.stop();

    // 2. PostgreSQL, two processes.
    const pgCluster = await startPostgres();
    if (!pgCluster) {
      say('\nPostgreSQL is not installed (apt-get install -y postgresql): two-process run skipped');
      return;
    }
    cluster.stop = pgCluster.stop;
    const handle = openDatabase({ kind: 'postgres', connectionString: pgCluster.url }, () => {});
    const pgMigrated = await migrateToLatest(handle);
    if (!pgMigrated.ok) throw new Error(`migration failed: ${String(pgMigrated.error)}`);
    const pgSeeded = await seedReaders(handle.db, count, PUBLIC_URL);
    await handle.close();
    for (let i = 0; i < 2; i += 1) {
      const own = mkdtempSync(join(tmpdir(), 'empathie-streaming-bench-'));
      dirs.push(own);
      servers.push(await startServer(own, PUBLIC_URL, { ...PROXY, DATABASE_URL: pgCluster.url }));
    }
    say('\nPostgreSQL, two server processes (clients split evenly, posts alternate between them)');
    await scenarios(servers, pgSeeded, rounds, say, fmt);
  } finally {
    for (const s of servers) await s.stop();
    cluster.stop();
    if (options.keep) say(`\nData kept in ${dirs.join(', ')}`);
    else for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}
