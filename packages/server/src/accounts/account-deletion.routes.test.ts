import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, follow, type Person, post } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';
import { signUp } from './test-helpers.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let ana: Person;
let bob: Person;
let keeper: Person;
let posts: { public: string; private: string; reply: string; bobs: string };

const DAY = 24 * 60 * 60_000;
const passwordOf = (p: Person) => `a long password for ${p.username}`;

async function person(username: string): Promise<Person> {
  const { token, id } = await signUp(t.app, username);
  return { id, username, token };
}

const ids = (statuses: Array<{ id: string }>) => statuses.map((s) => s.id);

beforeAll(async () => {
  t = await createTestApp();
  // The first account is the instance's admin; Ana and Bob are members.
  keeper = await person('keeper');
  ana = await person('anabelle');
  bob = await person('bobby');
  await follow(t, bob, ana);
  await follow(t, ana, bob);
  const bobs = (await post(t, bob, 'Bobby writes about gardening')).body;
  await call(t, ana, 'POST', `/api/v1/statuses/${bobs.id}/favourite`);
  const pub = (await post(t, ana, 'Anabelle shares her zucchinis')).body;
  const priv = (await post(t, ana, 'Anabelle whispers zucchinis', { visibility: 'private' })).body;
  const reply = (await post(t, bob, '@anabelle lovely zucchinis', { in_reply_to_id: pub.id })).body;
  posts = { public: pub.id, private: priv.id, reply: reply.id, bobs: bobs.id };
  // Another server reads Ana's actor: her signing keys are made and kept.
  const actor = await t.app.request('/users/anabelle', {
    headers: { accept: 'application/activity+json' },
  });
  expect(actor.status).toBe(200);
  // Something Ana keeps in another domain: a keyword filter.
  const filter = await call(t, ana, 'POST', '/api/v2/filters', {
    title: 'Calm',
    context: ['home'],
    keywords_attributes: [{ keyword: 'shouting' }],
  });
  expect(filter.status).toBe(200);
});
afterAll(() => t.close());

const deleteAccount = (who: Person, password: string) =>
  call(t, who, 'POST', '/api/empathie/v1/account/deletion', { password });

describe('account deletion', () => {
  it('needs the account’s own password: nobody else can delete it', async () => {
    expect(
      (await call(t, null, 'POST', '/api/empathie/v1/account/deletion', { password: 'x' })).status,
    ).toBe(401);
    expect((await deleteAccount(ana, 'not the password')).status).toBe(422);
    // Bob's token with Ana's password: it checks Bob's password, and Ana stays.
    expect((await deleteAccount(bob, passwordOf(ana))).status).toBe(422);
    expect((await call(t, null, 'GET', `/api/v1/accounts/${ana.id}`)).status).toBe(200);
    expect((await call(t, ana, 'GET', '/api/v1/accounts/verify_credentials')).status).toBe(200);
  });

  it('makes the account unavailable at once', async () => {
    const response = await deleteAccount(ana, passwordOf(ana));
    expect(response.status).toBe(202);
    expect(response.body.grace_days).toBe(30);
    expect(Date.parse(response.body.erase_at)).toBe(t.clock.now().getTime() + 30 * DAY);

    // Tokens revoked, log-in refused like an unknown login.
    expect((await call(t, ana, 'GET', '/api/v1/accounts/verify_credentials')).status).toBe(401);
    const logIn = await call(t, null, 'POST', '/oauth/token', {
      grant_type: 'password',
      username: 'anabelle',
      password: passwordOf(ana),
    });
    expect(logIn.status).toBe(400);
    expect(logIn.body.error).toBe('invalid_grant');
  });

  it('hides the profile and the posts from everyone: profile, threads, timelines, search', async () => {
    for (const viewer of [null, bob]) {
      expect((await call(t, viewer, 'GET', `/api/v1/accounts/${ana.id}`)).status).toBe(404);
      expect((await call(t, viewer, 'GET', '/api/v1/accounts/lookup?acct=anabelle')).status).toBe(
        404,
      );
      for (const id of [posts.public, posts.private]) {
        expect((await call(t, viewer, 'GET', `/api/v1/statuses/${id}`)).status).toBe(404);
      }
      const context = await call(t, viewer, 'GET', `/api/v1/statuses/${posts.reply}/context`);
      expect(context.status).toBe(200);
      expect(context.body.ancestors).toEqual([]);
      const local = await call(t, viewer, 'GET', '/api/v1/timelines/public?local=true');
      expect(ids(local.body)).not.toContain(posts.public);
      const found = await call(t, viewer, 'GET', '/api/v2/search?q=zucchinis');
      expect(ids(found.body.statuses)).toEqual([posts.reply]);
      const people = await call(t, viewer, 'GET', '/api/v2/search?type=accounts&q=anabelle');
      expect(people.body.accounts).toEqual([]);
    }
    const home = await call(t, bob, 'GET', '/api/v1/timelines/home');
    expect(ids(home.body)).not.toContain(posts.public);
    expect(ids(home.body)).not.toContain(posts.private);
    expect(ids(home.body)).toContain(posts.bobs);
    const followers = await call(t, bob, 'GET', `/api/v1/accounts/${bob.id}/followers`);
    expect(followers.body).toEqual([]);
    const favouritedBy = await call(t, bob, 'GET', `/api/v1/statuses/${posts.bobs}/favourited_by`);
    expect(favouritedBy.body).toEqual([]);
    const notifications = await call(t, bob, 'GET', '/api/v1/notifications');
    const fromAna = notifications.body.filter(
      (n: { account: { id: string } }) => n.account.id === ana.id,
    );
    expect(fromAna).toEqual([]);
  });

  it('keeps the username reserved', async () => {
    const again = await call(t, null, 'POST', '/api/v1/accounts', {
      username: 'anabelle',
      email: 'someone-else@example.org',
      password: 'a long password for an impostor',
      agreement: true,
    });
    expect(again.status).toBe(422);
  });

  it('erases the content only when the grace period is over', async () => {
    const db = t.database.db;
    t.clock.advance(29 * DAY);
    await t.jobs.runDueJobs();
    const kept = await db
      .selectFrom('posts')
      .select('id')
      .where('account_id', '=', ana.id)
      .execute();
    expect(kept).toHaveLength(2);

    t.clock.advance(2 * DAY);
    await t.jobs.runDueJobs();
    const left = await db
      .selectFrom('posts')
      .select('id')
      .where('account_id', '=', ana.id)
      .execute();
    expect(left).toEqual([]);
    expect(
      await db.selectFrom('users').select('email').where('account_id', '=', ana.id).execute(),
    ).toEqual([]);
    const filters = await sql<{
      n: number;
    }>`select count(*) as n from filters where account_id = ${ana.id}`.execute(db);
    expect(Number(filters.rows[0]?.n)).toBe(0);
    // Her private keys go too: nobody can sign as her any more.
    expect(
      await db.selectFrom('actor_keys').select('kind').where('owner_id', '=', ana.id).execute(),
    ).toEqual([]);
    for (const table of ['follows', 'favourites', 'access_tokens', 'notifications'] as const) {
      const rows = await db
        .selectFrom(table)
        .select('id')
        .where('account_id', '=', ana.id)
        .execute();
      expect(rows, table).toEqual([]);
    }
    // A tombstone keeps the name reserved, with nothing of the person in it.
    const tombstone = await db
      .selectFrom('accounts')
      .select(['username', 'display_name', 'note', 'deleted_at'])
      .where('id', '=', ana.id)
      .executeTakeFirstOrThrow();
    expect(tombstone).toMatchObject({ username: 'anabelle', display_name: '', note: '' });
    expect(tombstone.deleted_at).not.toBeNull();

    // The other side's counters follow, and Bob's own reply stays his.
    const me = await call(t, bob, 'GET', '/api/v1/accounts/verify_credentials');
    expect(me.body).toMatchObject({ followers_count: 0, following_count: 0 });
    const bobs = await call(t, bob, 'GET', `/api/v1/statuses/${posts.bobs}`);
    expect(bobs.body.favourites_count).toBe(0);
    expect((await call(t, bob, 'GET', `/api/v1/statuses/${posts.reply}`)).status).toBe(200);
    // The same address may sign up again: the address was erased with the rest.
    const fresh = await signUp(t.app, 'anabelle2', { email: 'anabelle@example.org' });
    expect(fresh.id).not.toBe(ana.id);
  });
});

describe('the last administrator', () => {
  it('hands the role on before leaving', async () => {
    const alone = await deleteAccount(keeper, passwordOf(keeper));
    expect(alone.status).toBe(409);
    expect(alone.body.error).toBe('conflict');
    expect((await call(t, keeper, 'GET', '/api/v1/accounts/verify_credentials')).status).toBe(200);
    const handed = await call(t, keeper, 'PUT', `/api/empathie/v1/admin/accounts/${bob.id}/role`, {
      role: 'admin',
    });
    expect(handed.status).toBe(200);
    expect((await deleteAccount(keeper, passwordOf(keeper))).status).toBe(202);
  });
});
