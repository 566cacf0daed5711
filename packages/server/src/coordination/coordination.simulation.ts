/**
 * Simulated traffic against the coordination detector, for ADR 0015-bots-and-coordination: an
 * ordinary busy day (the baseline every scenario runs on top of), a raid of new accounts on one
 * person, a copy-paste campaign and an undeclared bot. Accounts and posts are written to a real
 * migrated database and the detector runs exactly as its jobs run it, post by post in time
 * order. Every scenario is seeded, so the figures are the same on every run.
 *
 *   npx tsx packages/server/src/coordination/coordination.simulation.ts
 */
import { pathToFileURL } from 'node:url';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { createIdGenerator } from '../shared/ids.ts';
import { freshDatabase } from '../testing/test-app.ts';
import type { AlertKind } from './coordination.tables.ts';
import { createCoordinationDetector } from './detector.service.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The simulated day starts at midnight UTC. */
const DAY_START = Date.parse('2026-11-02T00:00:00.000Z');

/** mulberry32: a tiny seeded generator, so a run is reproducible. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const WORDS = (
  'jardin vélo pluie soleil lecture roman café marché école enfants musique concert film série ' +
  'travail réunion projet idée question réponse ville village montagne mer balade chat chien ' +
  'recette soupe gâteau pain fromage train retard bus quartier voisin association bénévole ' +
  'garden bike rain sun reading novel coffee market school kids music gig movie show work ' +
  'meeting project idea question answer city village mountain sea walk cat dog recipe soup cake ' +
  'bread cheese train late bus neighbourhood neighbour charity volunteer today tomorrow week ' +
  'weekend morning evening night lovely tired happy curious thoughtful busy calm windy cold warm ' +
  'aujourd’hui demain semaine matin soir nuit fatigué heureuse curieux calme froid chaud'
).split(' ');
const STOCK = [
  'Bonne journée à toutes et à tous !',
  'Merci beaucoup pour ce partage',
  'Happy Friday everyone, enjoy the weekend',
  'Good morning from a rainy city',
  'Quelle belle lumière ce matin',
  'Thanks for sharing this, really useful',
  'Bravo pour ce beau travail',
  'Joyeux anniversaire, belle journée à toi',
];
const HOSTILE = [
  'you should just disappear',
  'nobody wants to read you',
  'tu ferais mieux de te taire',
  'quelle honte ce que tu écris',
  'log off and never come back',
  'on sait qui tu es',
  'ridiculous as always',
  't’es vraiment nulle',
];
const CAMPAIGN =
  'Le projet de loi va détruire nos libertés, partagez avant qu’il soit trop tard et ' +
  'écrivez à votre député dès aujourd’hui';

interface SimAccount {
  id: string;
  username: string;
  createdAt: number;
  bot: boolean;
}

type Event =
  | { at: number; kind: 'signup'; account: SimAccount }
  | {
      at: number;
      kind: 'post';
      account: SimAccount;
      text: string;
      replyTo: SimAccount | null;
      mentions: SimAccount[];
    };

export type ScenarioName = 'busy_day' | 'raid' | 'copy_paste' | 'undeclared_bot';

export interface SimulationSize {
  /** Established accounts of the busy day, and the posts they write in the day. */
  people: number;
  posts: number;
  /** Newcomers who sign up during the day, spread over it. */
  newcomers: number;
  raiders: number;
  campaigners: number;
}

export const FULL_SIZE: SimulationSize = {
  people: 300,
  posts: 3000,
  newcomers: 40,
  raiders: 50,
  campaigners: 30,
};

export interface ScenarioResult {
  scenario: ScenarioName;
  posts: number;
  signups: number;
  positives: number;
  flagged: number;
  truePositives: number;
  falsePositives: number;
  precision: number | null;
  recall: number | null;
  alertsByKind: Map<AlertKind, number>;
  /** Wall time the detector took per post, in milliseconds. */
  msPerPost: number;
}

/** Builds the events of one scenario on top of the busy day. */
function plan(scenario: ScenarioName, size: SimulationSize, seed: number) {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  let n = 0;
  const account = (prefix: string, createdAt: number, bot = false): SimAccount => {
    n += 1;
    return { id: '', username: `${prefix}${n}`, createdAt, bot };
  };
  const sentence = () => {
    const length = 6 + Math.floor(random() * 16);
    return Array.from({ length }, () => pick(WORDS)).join(' ');
  };
  // People post more in the day and evening than at night.
  const diurnal = (): number => {
    for (;;) {
      const t = random() * DAY;
      const hour = t / HOUR;
      const weight = hour < 7 ? 0.1 : hour < 9 ? 0.6 : hour < 18 ? 0.8 : hour < 23 ? 1 : 0.4;
      if (random() < weight) return DAY_START + t;
    }
  };

  const people = Array.from({ length: size.people }, () =>
    account('person', DAY_START - (30 + random() * 700) * DAY),
  );
  const events: Event[] = [];
  const positives = new Set<SimAccount>();
  const post = (
    a: SimAccount,
    at: number,
    text: string,
    replyTo: SimAccount | null = null,
    mentions: SimAccount[] = [],
  ) => events.push({ at, kind: 'post', account: a, text, replyTo, mentions });

  // --- The ordinary busy day: everything below happens in every scenario. ---
  const activity = people.map(() => random() ** 2);
  const total = activity.reduce((s, x) => s + x, 0);
  for (let i = 0; i < size.posts; i += 1) {
    // Some people post much more than others.
    let r = random() * total;
    let author = people[0] as SimAccount;
    for (let k = 0; k < people.length; k += 1) {
      r -= activity[k] ?? 0;
      if (r <= 0) {
        author = people[k] as SimAccount;
        break;
      }
    }
    const roll = random();
    const other = pick(people);
    if (roll < 0.1) post(author, diurnal(), pick(STOCK));
    else if (roll < 0.3 && other !== author) post(author, diurnal(), sentence(), other);
    else if (roll < 0.35 && other !== author)
      post(author, diurnal(), `@${other.username} ${sentence()}`, null, [other]);
    else post(author, diurnal(), sentence());
  }
  // A popular person's evening post draws sixty replies in fifteen minutes, from regulars.
  const popular = people[0] as SimAccount;
  const evening = DAY_START + 18 * HOUR;
  post(popular, evening, sentence());
  for (let i = 0; i < 60; i += 1) {
    const fan = people[1 + Math.floor(random() * (people.length - 1))] as SimAccount;
    post(fan, evening + random() * 15 * MINUTE, sentence(), popular);
  }
  // Newcomers join through the day and say hello to the admin who welcomed them.
  const admin = people[1] as SimAccount;
  for (let i = 0; i < size.newcomers; i += 1) {
    const at = DAY_START + random() * DAY;
    const newcomer = account('newcomer', at);
    events.push({ at, kind: 'signup', account: newcomer });
    post(
      newcomer,
      at + (5 + random() * 60) * MINUTE,
      `Bonjour, merci pour l’accueil ! ${sentence()}`,
      admin,
    );
  }
  // Someone live-posts a match: sixty posts in about twenty minutes, as the game goes.
  const fanOfSport = people[2] as SimAccount;
  let live = DAY_START + 21 * HOUR;
  for (let i = 0; i < 60; i += 1) {
    live += 5_000 + random() * 35_000;
    post(fanOfSport, live, sentence());
  }
  // A declared bot posts the weather every half hour, all day and night.
  const weather = account('weatherbot', DAY_START - 200 * DAY, true);
  for (let i = 0; i < 48; i += 1) {
    post(
      weather,
      DAY_START + i * 30 * MINUTE,
      `Météo : ${pick(WORDS)} ${Math.floor(random() * 30)} degrés`,
    );
  }
  // Eight people share the same article, each with words of their own.
  for (let i = 0; i < 8; i += 1) {
    post(
      pick(people),
      DAY_START + 10 * HOUR + random() * 20 * MINUTE,
      `${sentence()} https://example.org/article-${Math.floor(random() * 3)} ${sentence()}`,
    );
  }

  // --- The scenario's own traffic. ---
  if (scenario === 'raid') {
    const target = people[3] as SimAccount;
    const start = DAY_START + 15 * HOUR;
    for (let i = 0; i < size.raiders; i += 1) {
      const at = start + random() * 4 * MINUTE;
      const raider = account('raider', at);
      positives.add(raider);
      events.push({ at, kind: 'signup', account: raider });
      const count = 1 + Math.floor(random() * 3);
      for (let k = 0; k < count; k += 1) {
        const when = at + (1 + random() * 9) * MINUTE;
        const words = `${pick(HOSTILE)} ${pick(WORDS)} ${pick(WORDS)}`;
        if (random() < 0.5) post(raider, when, words, target);
        else post(raider, when, `@${target.username} ${words}`, null, [target]);
      }
    }
  }
  if (scenario === 'copy_paste') {
    const start = DAY_START + 11 * HOUR;
    const variants = [
      '',
      ' !!',
      ' #libertés',
      ' 🙏',
      ' — faites tourner',
      ' https://example.org/petition',
    ];
    for (let i = 0; i < size.campaigners; i += 1) {
      // Sleeper accounts: made weeks ago, with a few ordinary posts earlier in the day.
      const sleeper = account('sleeper', DAY_START - (20 + random() * 20) * DAY);
      positives.add(sleeper);
      for (let k = 0; k < 3; k += 1) post(sleeper, DAY_START + random() * 10 * HOUR, sentence());
      const text =
        (random() < 0.3 ? CAMPAIGN.replace('détruire', 'briser') : CAMPAIGN) + pick(variants);
      post(sleeper, start + random() * 8 * MINUTE, random() < 0.3 ? text.toUpperCase() : text);
    }
  }
  if (scenario === 'undeclared_bot') {
    const bot = account('autoposter', DAY_START - 60 * DAY);
    positives.add(bot);
    for (let i = 0; i < 96; i += 1) {
      post(
        bot,
        DAY_START + i * 15 * MINUTE + (random() - 0.5) * 40_000,
        `Offre du jour : ${sentence()}`,
      );
    }
  }
  events.sort((a, b) => a.at - b.at);
  const accounts = new Set<SimAccount>();
  for (const e of events) {
    accounts.add(e.account);
    if (e.kind === 'post') for (const a of [e.replyTo, ...e.mentions]) if (a) accounts.add(a);
  }
  return { events, positives, accounts: [...accounts] };
}

async function insertAccount(db: Kysely<Database>, a: SimAccount): Promise<void> {
  const at = new Date(a.createdAt).toISOString();
  await db
    .insertInto('accounts')
    .values({
      id: a.id,
      username: a.username,
      username_key: a.username,
      domain: null,
      uri: `http://sim.test/users/${a.username}`,
      url: `http://sim.test/@${a.username}`,
      display_name: '',
      note: '',
      intention: '',
      locked: 0,
      bot: a.bot ? 1 : 0,
      discoverable: 1,
      followers_count: 0,
      following_count: 0,
      // Established accounts have written before this day; newcomers have not.
      statuses_count: a.createdAt < DAY_START - 7 * DAY ? 50 : 0,
      last_status_at: null,
      inbox_url: null,
      shared_inbox_url: null,
      public_key_pem: null,
      created_at: at,
      updated_at: at,
      deleted_at: null,
    })
    .execute();
}

/** Runs one scenario on a fresh database and scores the alerts against the known positives. */
export async function runScenario(
  scenario: ScenarioName,
  size: SimulationSize = FULL_SIZE,
  seed = 7,
): Promise<ScenarioResult> {
  const database = await freshDatabase();
  const db = database.db;
  try {
    const { events, positives, accounts } = plan(scenario, size, seed);
    let now = DAY_START;
    const clock = { now: () => new Date(now) };
    const ids = createIdGenerator(() => now);
    const detector = createCoordinationDetector({
      db,
      clock,
      ids,
      botsMustDeclare: async () => true,
    });
    // Accounts that joined before the day exist from the start; the others sign up on the day.
    const signingUp = new Set(events.filter((e) => e.kind === 'signup').map((e) => e.account));
    const idOf = createIdGenerator(() => DAY_START - 800 * DAY);
    for (const a of accounts) {
      a.id = idOf();
      if (!signingUp.has(a)) await insertAccount(db, a);
    }
    let posts = 0;
    let detectorMs = 0;
    const counts = new Map<string, number>();
    for (const event of events) {
      now = event.at;
      if (event.kind === 'signup') {
        await insertAccount(db, event.account);
        await detector.accountCreated(event.account.id);
        continue;
      }
      const id = ids(new Date(event.at));
      const at = new Date(event.at).toISOString();
      await db
        .insertInto('posts')
        .values({
          id,
          account_id: event.account.id,
          uri: `http://sim.test/statuses/${id}`,
          url: `http://sim.test/statuses/${id}`,
          text: event.text,
          content_html: '',
          spoiler_text: '',
          sensitive: 0,
          visibility: 'public',
          language: null,
          in_reply_to_id: null,
          in_reply_to_account_id: event.replyTo?.id ?? null,
          reblog_of_id: null,
          thread_root_id: null,
          local: 1,
          replies_count: 0,
          reblogs_count: 0,
          favourites_count: 0,
          created_at: at,
          edited_at: null,
        })
        .execute();
      for (const m of event.mentions) {
        await db.insertInto('mentions').values({ post_id: id, account_id: m.id }).execute();
      }
      const written = (counts.get(event.account.id) ?? 0) + 1;
      counts.set(event.account.id, written);
      await db
        .updateTable('accounts')
        .set((eb) => ({ statuses_count: eb('statuses_count', '+', 1) }))
        .where('id', '=', event.account.id)
        .execute();
      const started = performance.now();
      await detector.postCreated(id);
      detectorMs += performance.now() - started;
      posts += 1;
    }
    const alerts = await db.selectFrom('coordination_alerts').selectAll().execute();
    if (process.argv.includes('--debug')) {
      for (const a of alerts)
        console.log(a.kind, a.account_ids.slice(0, 80), a.evidence.slice(0, 400));
    }
    const flaggedIds = new Set(alerts.flatMap((a) => JSON.parse(a.account_ids) as string[]));
    const positiveIds = new Set([...positives].map((a) => a.id));
    const truePositives = [...flaggedIds].filter((id) => positiveIds.has(id)).length;
    const alertsByKind = new Map<AlertKind, number>();
    for (const a of alerts) alertsByKind.set(a.kind, (alertsByKind.get(a.kind) ?? 0) + 1);
    return {
      scenario,
      posts,
      signups: signingUp.size,
      positives: positiveIds.size,
      flagged: flaggedIds.size,
      truePositives,
      falsePositives: flaggedIds.size - truePositives,
      precision: flaggedIds.size === 0 ? null : truePositives / flaggedIds.size,
      recall: positiveIds.size === 0 ? null : truePositives / positiveIds.size,
      alertsByKind,
      msPerPost: posts === 0 ? 0 : detectorMs / posts,
    };
  } finally {
    await database.close();
  }
}

const percent = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)} %`);

export function formatResult(r: ScenarioResult): string {
  const kinds = [...r.alertsByKind].map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  return [
    r.scenario.padEnd(15),
    `posts ${String(r.posts).padStart(5)}`,
    `sign-ups ${String(r.signups).padStart(3)}`,
    `positives ${String(r.positives).padStart(3)}`,
    `flagged ${String(r.flagged).padStart(3)} (TP ${r.truePositives}, FP ${r.falsePositives})`,
    `precision ${percent(r.precision)}`,
    `recall ${percent(r.recall)}`,
    `alerts: ${kinds}`,
    `${r.msPerPost.toFixed(2)} ms/post`,
  ].join(' · ');
}

async function main(): Promise<void> {
  const seeds = [7, 11, 23];
  const scenarios: ScenarioName[] = ['busy_day', 'raid', 'copy_paste', 'undeclared_bot'];
  console.log(
    `Coordination detector on simulated traffic: ${FULL_SIZE.people} regulars writing ` +
      `${FULL_SIZE.posts} posts in a day, ${FULL_SIZE.newcomers} newcomers; seeds ${seeds.join(', ')}.`,
  );
  for (const seed of seeds) {
    console.log(`\nseed ${seed}`);
    for (const scenario of scenarios)
      console.log(formatResult(await runScenario(scenario, FULL_SIZE, seed)));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
