import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { runLoad } from '../load.ts';
import { startServer } from '../server-process.ts';
import { median, type Summary, summarise } from '../stats.ts';
import { machineLine } from './machine.ts';
import { type Client, call, inParallel, signUp } from './shield-client.ts';

const PUBLIC_URL = 'http://bench.localhost';
const KIND = [
  'Thank you for sharing this, it made my day',
  'Merci pour ce texte, il me touche beaucoup',
  'What a lovely idea, I will try it this weekend',
];
const HURTFUL = [
  'you are a pathetic idiot, nobody wants you here',
  't’es une idiote, dégage d’ici',
  'shut up you stupid clown',
  'ferme-la espèce de nulle',
];

export interface ShieldBenchOptions {
  quick: boolean;
  keep: boolean;
}

/**
 * The shield under load, on the real server: what it adds to creating a reply, and a pile-on of
 * 1,000 hurtful replies from 300 strangers in one minute against one person (errors, when the
 * shield switched on, how many notices, and reply throughput against a quiet person).
 */
export async function runShieldBench(options: ShieldBenchOptions, say: (line: string) => void) {
  const fmt = (n: number, d = 1) =>
    Number.isFinite(n) ? n.toLocaleString('en', { maximumFractionDigits: d }) : 'n/a';
  const strangersCount = options.quick ? 100 : 300;
  const pileOn = options.quick ? 300 : 1000;
  const pileSeconds = options.quick ? 20 : 60;
  const costReplies = options.quick ? 60 : 200;

  say('\nThe shield against a pile-on');
  say(`  machine: ${machineLine()}`);
  const dir = mkdtempSync(join(tmpdir(), 'empathie-shield-bench-'));
  // Every person gets an address of their own, as behind a reverse proxy (sign-ups count per address).
  const server = await startServer(dir, PUBLIC_URL, { TRUSTED_PROXIES: '127.0.0.1,::1' });
  const origin = server.origin;
  try {
    const address = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    // The first account is the admin; the people measured come after.
    await signUp(origin, 'benchadmin', address(1));
    const targets = await inParallel(['off', 'auto', 'paced', 'quiet', 'flood'], 2, (name, i) =>
      signUp(origin, `target${name}`, address(10 + i)),
    );
    const [off, auto, paced, quiet, flood] = targets as [Client, Client, Client, Client, Client];
    const started = performance.now();
    const strangers = await inParallel(
      Array.from({ length: strangersCount }, (_, i) => i),
      4,
      (i) => signUp(origin, `stranger${i}`, address(1000 + i)),
    );
    say(
      `  ${strangersCount} strangers signed up in ${fmt((performance.now() - started) / 1000)} s`,
    );
    await call(origin, off, 'PUT', '/api/empathie/v1/shield', { mode: 'off' });
    const postOf = new Map<Client, string>();
    for (const target of targets) {
      const posted = await call(origin, target, 'POST', '/api/v1/statuses', {
        status: 'A drawing I made today',
      });
      postOf.set(target, String((posted.body as { id: string }).id));
    }
    const reply = async (from: Client, to: Client, text: string) => {
      const t0 = performance.now();
      const answer = await call(origin, from, 'POST', '/api/v1/statuses', {
        status: text,
        in_reply_to_id: postOf.get(to),
      });
      return { status: answer.status, ms: performance.now() - t0 };
    };
    const pick = (list: readonly string[], n: number) => list[n % list.length] ?? '';
    const stranger = (n: number) => strangers[n % strangers.length] as Client;

    // 1. The cost per reply: kind replies, one at a time, to a person whose shield is off (it
    //    neither counts nor holds) and to one whose shield is automatic; rounds alternate.
    say(
      `\nCreating a reply, one at a time (${costReplies} per side, 4 alternating rounds; kind words)`,
    );
    const lat = new Map<Client, number[]>([
      [off, []],
      [auto, []],
    ]);
    let n = 0;
    for (let round = 0; round < 4; round += 1) {
      for (const target of round % 2 === 0 ? [off, auto] : [auto, off]) {
        for (let i = 0; i < costReplies / 4; i += 1) {
          const done = await reply(stranger(n), target, pick(KIND, n));
          n += 1;
          if (done.status === 200) lat.get(target)?.push(done.ms);
        }
      }
    }
    const offSummary = summarise(lat.get(off) ?? [], 0, 1);
    const autoSummary = summarise(lat.get(auto) ?? [], 0, 1);
    say(`  shield off   p50 ${fmt(offSummary.p50, 2)} ms · p99 ${fmt(offSummary.p99, 2)} ms`);
    say(`  shield auto  p50 ${fmt(autoSummary.p50, 2)} ms · p99 ${fmt(autoSummary.p99, 2)} ms`);
    say(
      `  the shield adds p50 ${fmt(autoSummary.p50 - offSummary.p50, 2)} ms (× ${fmt(autoSummary.p50 / offSummary.p50, 2)}) · ` +
        `p99 ${fmt(autoSummary.p99 - offSummary.p99, 2)} ms (× ${fmt(autoSummary.p99 / offSummary.p99, 2)})`,
    );

    // 2. The pile-on, paced as it would arrive: `pileOn` hurtful replies spread over `pileSeconds`.
    say(
      `\nPile-on: ${pileOn} hurtful replies from ${strangersCount} strangers in ${pileSeconds} s, paced (open loop)`,
    );
    const statuses = new Map<number, number>();
    const latencies: number[] = [];
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: pileOn }, async (_, i) => {
        await new Promise((r) => setTimeout(r, (i * pileSeconds * 1000) / pileOn));
        const done = await reply(stranger(i), paced, `@targetpaced ${pick(HURTFUL, i)}`).catch(
          () => ({ status: 0, ms: 0 }),
        );
        statuses.set(done.status, (statuses.get(done.status) ?? 0) + 1);
        if (done.status === 200) latencies.push(done.ms);
      }),
    );
    const paceSummary = summarise(latencies, 0, (performance.now() - t0) / 1000);
    const fiveXx = [...statuses]
      .filter(([s]) => s >= 500 || s === 0)
      .reduce((a, [, c]) => a + c, 0);
    say(
      `  answers: ${[...statuses].map(([s, c]) => `${c} × ${s === 0 ? 'no answer' : s}`).join(', ')} · 5xx: ${fiveXx}`,
    );
    say(
      `  reply latency under the pile-on: p50 ${fmt(paceSummary.p50, 2)} ms · p99 ${fmt(paceSummary.p99, 2)} ms`,
    );
    const shield = (await call(origin, paced, 'GET', '/api/empathie/v1/shield')).body as {
      active: boolean;
      held_count: number;
    };
    const notifications = (await call(origin, paced, 'GET', '/api/v1/notifications?limit=80'))
      .body as Array<{
      type: string;
    }>;
    const file = join(dir, 'empathie.sqlite');
    const db = new SQLite(file, { readonly: true, fileMustExist: true });
    try {
      const before = db
        .prepare(
          `select count(*) as n from posts p join shield_settings s on s.account_id = ?
           where p.in_reply_to_id = ? and p.created_at <= s.activated_at`,
        )
        .get(paced.id, postOf.get(paced)) as { n: number };
      say(
        `  shield on: ${shield.active ? 'yes' : 'NO'} · hurtful replies published before it switched on: ${before.n} · ` +
          `held: ${shield.held_count} of ${pileOn}`,
      );
    } finally {
      db.close();
    }
    say(
      `  the person's notifications: ${notifications.filter((x) => x.type === 'empathie.shield').length} shield notice(s), ` +
        `${notifications.filter((x) => x.type !== 'empathie.shield').length} other(s)`,
    );

    // 3. Throughput: as fast as the server answers, 8 in flight, a quiet person (kind replies)
    //    against a person under a pile-on (hurtful replies: detection, then holding).
    say(`\nReply throughput, 8 in flight, ${pileOn} replies each, 4 alternating rounds`);
    const rounds = new Map<Client, Summary[]>([
      [quiet, []],
      [flood, []],
    ]);
    let m = 0;
    for (let round = 0; round < 4; round += 1) {
      for (const target of round % 2 === 0 ? [quiet, flood] : [flood, quiet]) {
        const words = target === quiet ? KIND : HURTFUL;
        rounds.get(target)?.push(
          await runLoad({
            concurrency: 8,
            requests: pileOn / 4,
            maxSeconds: 120,
            send: async () => {
              const i = m++;
              return (await reply(stranger(i), target, pick(words, i))).status === 200;
            },
          }),
        );
      }
    }
    const rate = (c: Client) => median((rounds.get(c) ?? []).map((r) => r.perSecond));
    const errors = (c: Client) => (rounds.get(c) ?? []).reduce((a, r) => a + r.errors, 0);
    say(
      `  quiet person      ${fmt(rate(quiet))} replies/s (median of rounds) · ${errors(quiet)} errors`,
    );
    say(
      `  under a pile-on   ${fmt(rate(flood))} replies/s (median of rounds) · ${errors(flood)} errors`,
    );
    say(
      `  pile-on ÷ quiet   × ${fmt(rate(flood) / rate(quiet), 2)} (1.0 = same throughput; noise ±10 % or more)`,
    );
    const floodShield = (await call(origin, flood, 'GET', '/api/empathie/v1/shield')).body as {
      active: boolean;
    };
    say(`  the flooded person's shield: ${floodShield.active ? 'on' : 'OFF'}`);
  } finally {
    await server.stop();
    if (options.keep) say(`\nShield bench data kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
