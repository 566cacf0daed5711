import { localUris } from '../federation/uri.ts';
import { hashToken } from '../http/auth.ts';
import { insertAccountRow } from '../testing/account-row.fixture.ts';
import type { createTestApp } from '../testing/test-app.ts';

/**
 * Test fixtures for the conversation side: people, relations and HTTP calls. People and relations
 * are written straight into the database (with the same domain events the relationships service
 * publishes), so these tests depend on the shared rules, not on the accounts routes.
 */
export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

export interface Person {
  id: string;
  username: string;
  token: string;
}

let counter = 0;

export async function person(
  t: TestApp,
  username: string,
  options: { defaultVisibility?: string; defaultLanguage?: string; role?: 'admin' | 'user' } = {},
): Promise<Person> {
  counter += 1;
  const id = String(
    100_000_000_000_000_000n + BigInt(counter * 1000 + Math.floor(Math.random() * 999)),
  );
  const now = t.clock.now().toISOString();
  const uris = localUris('http://empathie.test');
  await insertAccountRow(t.database.db, id, username, now, {
    uri: uris.actor(username),
    url: uris.profile(username),
    display_name: username[0]?.toUpperCase() + username.slice(1),
  });
  await t.database.db
    .insertInto('users')
    .values({
      account_id: id,
      email: `${username}@mail.test`,
      email_key: `${username.toLowerCase()}@mail.test`,
      password_hash: 'not-used',
      role: options.role ?? 'user',
      approved: 1,
      sign_up_reason: null,
      invite_id: null,
      ui_language: 'fr',
      default_visibility: options.defaultVisibility ?? 'public',
      default_language: options.defaultLanguage ?? null,
      default_sensitive: 0,
      created_at: now,
    })
    .execute();
  const token = `token-${username}-${id}`;
  await t.database.db
    .insertInto('access_tokens')
    .values({
      id: `${id}1`,
      token_hash: hashToken(token),
      account_id: id,
      // As log-in grants them: an admin's token also carries the admin scopes.
      scopes:
        options.role === 'admin' ? 'read write follow admin:read admin:write' : 'read write follow',
      created_at: now,
      revoked_at: null,
    })
    .execute();
  return { id, username, token };
}

async function relate(t: TestApp, table: 'follows' | 'blocks' | 'mutes', a: Person, b: Person) {
  counter += 1;
  const row = {
    id: String(200_000_000_000_000_000n + BigInt(counter)),
    account_id: a.id,
    target_account_id: b.id,
    created_at: t.clock.now().toISOString(),
  };
  if (table === 'mutes') {
    await t.database.db
      .insertInto('mutes')
      .values({ ...row, hide_notifications: 1 })
      .execute();
  } else {
    await t.database.db.insertInto(table).values(row).execute();
  }
}

/** `a` follows `b`, and the follow's consequences (backfill, notification) have run. */
export async function follow(t: TestApp, a: Person, b: Person): Promise<void> {
  await relate(t, 'follows', a, b);
  await t.events.publish({ type: 'follow.created', followerId: a.id, targetId: b.id });
  await t.jobs.runDueJobs();
}

export async function unfollow(t: TestApp, a: Person, b: Person): Promise<void> {
  await t.database.db
    .deleteFrom('follows')
    .where('account_id', '=', a.id)
    .where('target_account_id', '=', b.id)
    .execute();
  await t.events.publish({ type: 'follow.removed', followerId: a.id, targetId: b.id });
}

/** `a` blocks `b`: like the relationships service, the follows between them end. */
export async function block(t: TestApp, a: Person, b: Person): Promise<void> {
  await t.database.db
    .deleteFrom('follows')
    .where((w) =>
      w.or([
        w.and([w('account_id', '=', a.id), w('target_account_id', '=', b.id)]),
        w.and([w('account_id', '=', b.id), w('target_account_id', '=', a.id)]),
      ]),
    )
    .execute();
  await relate(t, 'blocks', a, b);
  await t.events.publish({ type: 'block.created', accountId: a.id, targetId: b.id });
}

export async function mute(t: TestApp, a: Person, b: Person): Promise<void> {
  await relate(t, 'mutes', a, b);
  await t.events.publish({
    type: 'mute.created',
    accountId: a.id,
    targetId: b.id,
    hideNotifications: true,
  });
}

export interface Reply {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON
  body: any;
  headers: Headers;
}

export async function call(
  t: TestApp,
  who: Person | null,
  method: string,
  path: string,
  body?: unknown,
  // lookup-safe: headers written by the test itself
  headers: Record<string, string> = {},
): Promise<Reply> {
  const init: RequestInit = { method, headers: { ...headers } };
  const h = init.headers as Record<string, string>;
  if (who) h.authorization = `Bearer ${who.token}`;
  if (body !== undefined) {
    h['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const res = await t.app.request(path, init);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

/** Publishes a post and runs the fan-out, as the worker would a moment later. */
export async function post(
  t: TestApp,
  who: Person,
  status: string,
  // lookup-safe: extra fields written by the test itself
  extra: Record<string, unknown> = {},
): Promise<Reply> {
  const reply = await call(t, who, 'POST', '/api/v1/statuses', { status, ...extra });
  await t.jobs.runDueJobs();
  return reply;
}
