import SQLite from 'better-sqlite3';
import { hashPassword } from '../../packages/server/src/accounts/password.ts';
import { openDatabase } from '../../packages/server/src/db/database.ts';
import { migrateToLatest } from '../../packages/server/src/db/migrate.ts';
import { newToken } from '../../packages/server/src/http/auth.ts';
import { createIdGenerator } from '../../packages/server/src/shared/ids.ts';
import { homeFeedOf } from './home-feed.ts';
import { seededRandom } from './random.ts';
import type { SeedPlan } from './seed-plan.ts';
import { benchText, paragraphHtml } from './seed-text.ts';

export interface Actor {
  accountId: string;
  username: string;
  token: string;
}

export interface SeededInstance {
  file: string;
  actors: Actor[];
  feedRows: number;
  seconds: number;
}

export type Progress = (line: string) => void;

const VISIBILITY = ['public', 'unlisted', 'private'] as const;
/** Rows per transaction: large enough to amortise commits, small enough to show progress. */
const BATCH = 50_000;

/**
 * Writes a planned instance into a migrated SQLite file with prepared statements in large
 * transactions. Secondary indexes are dropped during the load and rebuilt afterwards (one sort
 * instead of millions of random B-tree inserts); they are read back from `sqlite_master`, so the
 * rebuilt schema is exactly what the migrations made, whatever migrations are added later.
 */
export async function writeInstance(
  file: string,
  plan: SeedPlan,
  publicUrl: string,
  actorCount: number,
  seed: number,
  progress: Progress,
): Promise<SeededInstance> {
  const started = performance.now();
  const handle = openDatabase({ kind: 'sqlite', file });
  const migrated = await migrateToLatest(handle);
  await handle.close();
  if (!migrated.ok) throw new Error(`migration failed: ${String(migrated.error)}`);

  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -262144');
  sqlite.pragma('temp_store = MEMORY');
  const tables = ['accounts', 'users', 'follows', 'posts', 'home_feed', 'access_tokens'];
  const indexes = sqlite
    .prepare(
      `select name, sql from sqlite_master where type = 'index' and sql is not null
       and tbl_name in (${tables.map(() => '?').join(',')})`,
    )
    .all(...tables) as { name: string; sql: string }[];
  for (const index of indexes) sqlite.exec(`drop index "${index.name}"`);

  const ids = createIdGenerator();
  const accountIds = Array.from(plan.accountTime, (t) => ids(new Date(t)));
  const username = (a: number) => `bench_${String(a).padStart(6, '0')}`;
  const passwordHash = await hashPassword('bench-password');
  const random = seededRandom(seed + 1);
  const french = (a: number) => a % 5 < 3;

  const batched = (label: string, total: number, write: (i: number) => void) => {
    for (let from = 0; from < total; from += BATCH) {
      sqlite.transaction(() => {
        for (let i = from; i < Math.min(total, from + BATCH); i++) write(i);
      })();
      progress(
        `  ${label}: ${Math.min(total, from + BATCH).toLocaleString('en')}/${total.toLocaleString('en')}`,
      );
    }
  };

  const lastStatus = new Float64Array(plan.accounts);
  for (let i = 0; i < plan.posts; i++)
    lastStatus[plan.postAuthor[i] as number] = plan.postTime[i] as number;
  const insertAccount = sqlite.prepare(
    `insert into accounts (id, username, username_key, domain, uri, url, display_name, note, intention,
     locked, bot, discoverable, followers_count, following_count, statuses_count, last_status_at,
     created_at, updated_at) values (?, ?, ?, null, ?, ?, ?, '', '', 0, 0, 1, ?, ?, ?, ?, ?, ?)`,
  );
  const insertUser = sqlite.prepare(
    `insert into users (account_id, email, email_key, password_hash, role, approved, ui_language,
     default_visibility, created_at) values (?, ?, ?, ?, ?, 1, ?, 'public', ?)`,
  );
  batched('accounts', plan.accounts, (a) => {
    const name = username(a);
    const created = new Date(plan.accountTime[a] as number).toISOString();
    const last = lastStatus[a] ? new Date(lastStatus[a] as number).toISOString() : null;
    insertAccount.run(
      accountIds[a],
      name,
      name,
      `${publicUrl}/users/${name}`,
      `${publicUrl}/@${name}`,
      `Bench ${a}`,
      plan.followersCount[a],
      (plan.followingStart[a + 1] as number) - (plan.followingStart[a] as number),
      (plan.postsOfStart[a + 1] as number) - (plan.postsOfStart[a] as number),
      last,
      created,
      created,
    );
    const email = `${name}@bench.empathie.test`;
    insertUser.run(
      accountIds[a],
      email,
      email,
      passwordHash,
      a === 0 ? 'admin' : 'user',
      french(a) ? 'fr' : 'en',
      created,
    );
  });

  const insertFollow = sqlite.prepare(
    'insert into follows (id, account_id, target_account_id, created_at) values (?, ?, ?, ?)',
  );
  batched('follows', plan.accounts, (a) => {
    const at = new Date(plan.accountTime[a] as number);
    for (
      let k = plan.followingStart[a] as number;
      k < (plan.followingStart[a + 1] as number);
      k++
    ) {
      insertFollow.run(
        ids(at),
        accountIds[a],
        accountIds[plan.following[k] as number],
        at.toISOString(),
      );
    }
  });

  const postIds: string[] = new Array(plan.posts);
  const rootOf = new Int32Array(plan.posts);
  const insertPost = sqlite.prepare(
    `insert into posts (id, account_id, uri, url, text, content_html, spoiler_text, sensitive,
     visibility, language, in_reply_to_id, in_reply_to_account_id, reblog_of_id, thread_root_id,
     local, replies_count, reblogs_count, favourites_count, created_at, edited_at)
     values (?, ?, ?, ?, ?, ?, '', 0, ?, ?, ?, ?, null, ?, 1, ?, 0, 0, ?, null)`,
  );
  batched('posts', plan.posts, (i) => {
    const at = new Date(plan.postTime[i] as number);
    const id = ids(at);
    postIds[i] = id;
    const author = plan.postAuthor[i] as number;
    const parent = plan.postReplyTo[i] as number;
    rootOf[i] = parent >= 0 ? (rootOf[parent] as number) : i;
    const name = username(author);
    const text = benchText(random, french(author), i);
    insertPost.run(
      id,
      accountIds[author],
      `${publicUrl}/users/${name}/statuses/${id}`,
      `${publicUrl}/@${name}/${id}`,
      text,
      paragraphHtml(text),
      VISIBILITY[plan.postVisibility[i] as number],
      french(author) ? 'fr' : 'en',
      parent >= 0 ? postIds[parent] : null,
      parent >= 0 ? accountIds[plan.postAuthor[parent] as number] : null,
      postIds[rootOf[i] as number],
      plan.repliesCount[i],
      at.toISOString(),
    );
  });

  // Account-major order keeps the primary-key B-tree inserts sequential.
  const insertFeed = sqlite.prepare(
    'insert into home_feed (account_id, post_id, author_id) values (?, ?, ?)',
  );
  let feedRows = 0;
  const feedSize = new Int32Array(plan.accounts);
  batched('home feeds (accounts)', plan.accounts, (a) => {
    const feed = homeFeedOf(plan, a);
    feedSize[a] = feed.length;
    for (const p of feed) {
      insertFeed.run(accountIds[a], postIds[p], accountIds[plan.postAuthor[p] as number]);
      feedRows++;
    }
  });
  progress(`  home feed entries: ${feedRows.toLocaleString('en')}`);

  const actors: Actor[] = [];
  const insertToken = sqlite.prepare(
    `insert into access_tokens (id, token_hash, account_id, scopes, created_at, revoked_at)
     values (?, ?, ?, 'read write follow', ?, null)`,
  );
  // Actors read full pages: people whose home holds at least two pages, spread over the instance.
  const eligible = Array.from(feedSize.keys()).filter((a) => (feedSize[a] as number) >= 40);
  const pool = eligible.length >= actorCount ? eligible : Array.from(feedSize.keys());
  const stride = Math.max(1, Math.floor(pool.length / actorCount));
  sqlite.transaction(() => {
    for (let k = 0; k < actorCount; k++) {
      const a = pool[(k * stride) % pool.length] as number;
      const { token, hash } = newToken();
      insertToken.run(ids(), hash, accountIds[a], new Date().toISOString());
      actors.push({ accountId: accountIds[a] as string, username: username(a), token });
    }
  })();

  for (const [n, index] of indexes.entries()) {
    progress(`  index ${n + 1}/${indexes.length}: ${index.name}`);
    sqlite.exec(index.sql);
  }
  sqlite.pragma('journal_mode = WAL');
  sqlite.close();
  return { file, actors, feedRows, seconds: (performance.now() - started) / 1000 };
}
