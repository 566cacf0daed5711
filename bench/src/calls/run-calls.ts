import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { hashPassword } from '../../../packages/server/src/accounts/password.ts';
import { openDatabase } from '../../../packages/server/src/db/database.ts';
import { migrateToLatest } from '../../../packages/server/src/db/migrate.ts';
import { newToken } from '../../../packages/server/src/http/auth.ts';
import { createIdGenerator } from '../../../packages/server/src/shared/ids.ts';
import { startServer } from '../server-process.ts';
import { machineLine } from '../shield/machine.ts';
import { type Client, call, inParallel } from '../shield/shield-client.ts';
import { summarise } from '../stats.ts';

const PUBLIC_URL = 'http://bench.localhost';

export interface CallsBenchOptions {
  quick: boolean;
  keep: boolean;
}

/** People with a token each, written straight into a migrated database (sign-ups are not measured). */
async function seedPeople(file: string, count: number): Promise<Client[]> {
  const handle = openDatabase({ kind: 'sqlite', file });
  const migrated = await migrateToLatest(handle);
  await handle.close();
  if (!migrated.ok) throw new Error(`migration failed: ${String(migrated.error)}`);
  const sqlite = new SQLite(file);
  const ids = createIdGenerator();
  const hash = await hashPassword('bench-password');
  const now = new Date().toISOString();
  const account = sqlite.prepare(
    `insert into accounts (id, username, username_key, domain, uri, url, display_name, note, intention,
     locked, bot, discoverable, followers_count, following_count, statuses_count, last_status_at,
     created_at, updated_at) values (?, ?, ?, null, ?, ?, ?, '', '', 0, 0, 1, 0, 0, 0, null, ?, ?)`,
  );
  const user = sqlite.prepare(
    `insert into users (account_id, email, email_key, password_hash, role, approved, ui_language,
     default_visibility, created_at) values (?, ?, ?, ?, ?, 1, 'fr', 'public', ?)`,
  );
  const token = sqlite.prepare(
    `insert into access_tokens (id, token_hash, account_id, scopes, created_at, revoked_at)
     values (?, ?, ?, 'read write follow', ?, null)`,
  );
  const people: Client[] = [];
  sqlite.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const id = ids();
      const name = `helper_${String(i).padStart(6, '0')}`;
      account.run(
        id,
        name,
        name,
        `${PUBLIC_URL}/users/${name}`,
        `${PUBLIC_URL}/@${name}`,
        name,
        now,
        now,
      );
      user.run(
        id,
        `${name}@bench.example`,
        `${name}@bench.example`,
        hash,
        i === 0 ? 'admin' : 'user',
        now,
      );
      const made = newToken();
      token.run(ids(), made.hash, id, now);
      people.push({ token: made.token, id, address: `10.9.${(i >> 8) & 255}.${i & 255}` });
    }
  })();
  sqlite.close();
  return people;
}

/**
 * A call to action with many volunteers, on the real server: joining (p50 / p99 under
 * concurrency), listing the volunteers page by page as an organiser, and notifying all of them
 * at the flash moment through the durable job queue (how long, no 5xx, nobody twice).
 */
export async function runCallsBench(options: CallsBenchOptions, say: (line: string) => void) {
  const fmt = (n: number, d = 1) =>
    Number.isFinite(n) ? n.toLocaleString('en', { maximumFractionDigits: d }) : 'n/a';
  const volunteers = options.quick ? 1_000 : 10_000;
  const concurrency = 8;
  say(`\nA call to action with ${fmt(volunteers, 0)} volunteers`);
  say(`  machine: ${machineLine()}`);
  const dir = mkdtempSync(join(tmpdir(), 'empathie-calls-bench-'));
  const file = join(dir, 'empathie.sqlite');
  const seeded = performance.now();
  const [organiser, ...people] = await seedPeople(file, volunteers + 1);
  say(`  ${fmt(volunteers + 1, 0)} people seeded in ${fmt((performance.now() - seeded) / 1000)} s`);
  const server = await startServer(dir, PUBLIC_URL, { TRUSTED_PROXIES: '127.0.0.1,::1' });
  const origin = server.origin;
  try {
    const org = organiser as Client;
    const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
    const created = await call(origin, org, 'POST', '/api/empathie/v1/calls', {
      title: 'We need 20 volunteer lawyers and 5 translators',
      description: 'Victims of cyberharassment need advice; two hours of your time helps.',
      skills: [
        { name: 'Lawyer', wanted: 20 },
        { name: 'Translator', wanted: 5 },
        { name: 'Listener', wanted: volunteers },
      ],
      deadline: inHours(48),
      // Far enough that nothing fires while people join; the bench brings the moment forward.
      flash_at: inHours(3),
    });
    if (created.status !== 200) throw new Error(`creating the call: ${created.status}`);
    const callId = String((created.body as { id: string }).id);

    // 1. Joining, `concurrency` in flight.
    const statuses = new Map<number, number>();
    const latencies: number[] = [];
    const skillsOf = (i: number) =>
      i % 10 === 0 ? ['Lawyer'] : i % 10 === 1 ? ['Translator', 'Listener'] : ['Listener'];
    const t0 = performance.now();
    await inParallel(people, concurrency, async (p, i) => {
      const started = performance.now();
      const answer = await call(origin, p, 'POST', `/api/empathie/v1/calls/${callId}/join`, {
        skills: skillsOf(i),
        ...(i % 3 === 0 ? { note: `=cmd|' /C calc'!A0 ${i}`, note_visibility: 'organisers' } : {}),
      }).catch(() => ({ status: 0, body: null }));
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status === 200) latencies.push(performance.now() - started);
    });
    const join = summarise(latencies, 0, (performance.now() - t0) / 1000);
    const fiveXx = [...statuses]
      .filter(([s]) => s >= 500 || s === 0)
      .reduce((a, [, c]) => a + c, 0);
    say(`\nJoining (POST …/join), ${concurrency} in flight`);
    say(
      `  answers: ${[...statuses].map(([s, c]) => `${c} × ${s || 'no answer'}`).join(', ')} · 5xx: ${fiveXx}`,
    );
    say(
      `  p50 ${fmt(join.p50, 2)} ms · p99 ${fmt(join.p99, 2)} ms · max ${fmt(join.max, 2)} ms · ${fmt(join.perSecond)} joins/s`,
    );

    // 2. The organiser lists every volunteer, page by page (80 a page, Link rel="next").
    const pageTimes: number[] = [];
    let listed = 0;
    let next: string | null = `/api/empathie/v1/calls/${callId}/volunteers?limit=80`;
    const seen = new Set<string>();
    const l0 = performance.now();
    while (next) {
      const started = performance.now();
      const response: Response = await fetch(`${origin}${next}`, {
        headers: { Authorization: `Bearer ${org.token}` },
      });
      const page = (await response.json()) as Array<{ account: { id: string } }>;
      pageTimes.push(performance.now() - started);
      for (const v of page) seen.add(v.account.id);
      listed += page.length;
      const link = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
      next = link && page.length > 0 ? new URL(link).pathname + new URL(link).search : null;
    }
    const pages = summarise(pageTimes, 0, (performance.now() - l0) / 1000);
    say(`\nListing the volunteers, 80 a page (organiser)`);
    say(
      `  ${fmt(pageTimes.length, 0)} pages, ${fmt(listed, 0)} rows (${fmt(seen.size, 0)} distinct) in ${fmt(pages.seconds, 2)} s · ` +
        `page p50 ${fmt(pages.p50, 2)} ms · p99 ${fmt(pages.p99, 2)} ms`,
    );
    const csv0 = performance.now();
    const csv = await fetch(`${origin}/api/empathie/v1/calls/${callId}/volunteers.csv`, {
      headers: { Authorization: `Bearer ${org.token}` },
    });
    const csvText = await csv.text();
    say(
      `  CSV export: ${csv.status}, ${fmt(csvText.length / 1024)} KiB in ${fmt(performance.now() - csv0)} ms, ` +
        `formula cells left unquoted: ${csvText.includes('",=cmd') || csvText.includes(',=cmd') ? 'yes (!)' : 'none'}`,
    );

    // 3. The flash moment: bring the durable job forward and time the fan-out to everyone.
    const sqlite = new SQLite(file);
    sqlite.pragma('busy_timeout = 5000');
    const flashJob = sqlite
      .prepare(
        `select * from jobs where queue = 'calls.deliver' and payload like '%"key":"flash"%'`,
      )
      .get() as Record<string, unknown> | undefined;
    if (!flashJob) throw new Error('the flash moment has no job');
    const counted = sqlite.prepare(
      `select count(*) as n, count(distinct account_id) as people from notifications
       where type = 'empathie.call.flash'`,
    );
    const jobsLeft = sqlite.prepare(`select count(*) as n from jobs where id = ?`);
    const f0 = performance.now();
    sqlite
      .prepare(`update jobs set run_at = ? where id = ?`)
      .run(new Date(Date.now() - 1000).toISOString(), flashJob.id);
    let flash = { n: 0, people: 0 };
    const until = Date.now() + 300_000;
    while (Date.now() < until) {
      flash = counted.get() as { n: number; people: number };
      if (flash.n >= volunteers && (jobsLeft.get(flashJob.id) as { n: number }).n === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const seconds = (performance.now() - f0) / 1000;
    // The same job once more, as a worker that died before deleting it would leave it.
    sqlite
      .prepare(
        `insert into jobs (id, queue, payload, run_at, attempts, locked_until, last_error, created_at)
         values (?, ?, ?, ?, 0, null, null, ?)`,
      )
      .run(
        `${String(flashJob.id)}1`,
        flashJob.queue,
        flashJob.payload,
        new Date(Date.now() - 1000).toISOString(),
        flashJob.created_at,
      );
    const r0 = Date.now();
    while (
      Date.now() - r0 < 120_000 &&
      (jobsLeft.get(`${String(flashJob.id)}1`) as { n: number }).n > 0
    ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const replayed = counted.get() as { n: number; people: number };
    sqlite.close();
    say(`\nNotifying everyone at the flash moment (durable job, delivery ledger)`);
    say(
      `  ${fmt(flash.n, 0)} notifications to ${fmt(flash.people, 0)} people (expected ${fmt(volunteers, 0)}) ` +
        `in ${fmt(seconds, 2)} s · ${fmt(flash.n / seconds, 0)} notifications/s`,
    );
    say(
      `  the job run again (a crash before it was marked done): ${fmt(replayed.n, 0)} notifications, ` +
        `notified twice: ${replayed.n - replayed.people}`,
    );
  } finally {
    await server.stop();
    if (options.keep) say(`\nData kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
