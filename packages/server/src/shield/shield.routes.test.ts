import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, follow, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

/**
 * The shield through the API, as a person under attack lives it: strangers pile on, the shield
 * switches itself on, the person gets one calm notice, the folder holds the messages, and
 * nobody else sees the held replies in the thread.
 */
let t: TestApp;
let alice: Person;
let carol: Person;
let friend: Person;

const INSULTS = [
  'you are a pathetic idiot, nobody wants you here',
  't’es une idiote, dégage d’ici',
  'shut up you stupid clown',
  'ferme-la espèce de nulle',
  'this is garbage and so are you',
];

beforeEach(async () => {
  t = await createTestApp();
  alice = await person(t, 'alice');
  carol = await person(t, 'carol');
  friend = await person(t, 'friend');
  await follow(t, alice, friend);
  // Accounts older than the "recently created" week, like most of the people one meets.
  t.clock.advance(30 * 24 * 3_600_000);
});
afterEach(() => t.close());

async function strangers(count: number): Promise<Person[]> {
  const out: Person[] = [];
  for (let i = 0; i < count; i += 1) out.push(await person(t, `stranger${i}`));
  return out;
}

async function notificationsOf(who: Person) {
  return (await call(t, who, 'GET', '/api/v1/notifications?limit=80')).body as Array<{
    type: string;
    account: { id: string };
    status: { id: string } | null;
  }>;
}

describe('a pile-on against a quiet person', () => {
  it('switches the shield on within the first 20 hurtful replies, once, and holds them all', async () => {
    const original = await post(t, alice, 'My first drawing, be kind');
    const pack = await strangers(30);
    let activeAfter: number | null = null;
    for (const [i, stranger] of pack.entries()) {
      const reply = await post(t, stranger, `@alice ${INSULTS[i % INSULTS.length]}`, {
        in_reply_to_id: original.body.id,
      });
      expect(reply.status).toBe(200);
      t.clock.advance(20_000);
      if (
        activeAfter === null &&
        (await call(t, alice, 'GET', '/api/empathie/v1/shield')).body.active
      )
        activeAfter = i + 1;
    }
    expect(activeAfter).not.toBeNull();
    expect(activeAfter).toBeLessThanOrEqual(20);

    const shield = (await call(t, alice, 'GET', '/api/empathie/v1/shield')).body;
    expect(shield).toMatchObject({ mode: 'auto', active: true, reason: 'surge', held_count: 30 });

    // One notice, and nothing from the pack.
    const notes = await notificationsOf(alice);
    expect(notes.filter((n) => n.type === 'empathie.shield')).toHaveLength(1);
    const packIds = new Set(pack.map((p) => p.id));
    expect(notes.filter((n) => packIds.has(n.account.id))).toEqual([]);

    // The folder holds every one of them, newest first, with Link pagination.
    const page = await call(t, alice, 'GET', '/api/empathie/v1/shield/held?limit=20');
    expect(page.body).toHaveLength(20);
    expect(page.body[0]).toMatchObject({ kind: 'reply', state: 'held' });
    expect(page.body[0].status.in_reply_to_id).toBe(original.body.id);
    expect(page.headers.get('link')).toContain('rel="next"');

    // A third reader sees a clean thread; an author still sees their own reply.
    const context = await call(t, carol, 'GET', `/api/v1/statuses/${original.body.id}/context`);
    expect(context.body.descendants).toEqual([]);
    const anonymous = await call(t, null, 'GET', `/api/v1/statuses/${original.body.id}/context`);
    expect(anonymous.body.descendants).toEqual([]);
    const own = await call(
      t,
      pack[0] ?? alice,
      'GET',
      `/api/v1/statuses/${original.body.id}/context`,
    );
    expect(own.body.descendants.map((s: { account: { id: string } }) => s.account.id)).toEqual([
      pack[0]?.id,
    ]);
  });

  it('still lets the circle through while it is on', async () => {
    await call(t, alice, 'PUT', '/api/empathie/v1/shield', { mode: 'on' });
    const original = await post(t, alice, 'A hard day');
    const [stranger] = await strangers(1);
    await post(t, stranger as Person, '@alice hang in there', { in_reply_to_id: original.body.id });
    const kind = await post(t, friend, '@alice I am here for you', {
      in_reply_to_id: original.body.id,
    });
    const context = await call(t, carol, 'GET', `/api/v1/statuses/${original.body.id}/context`);
    expect(context.body.descendants.map((s: { id: string }) => s.id)).toEqual([kind.body.id]);
    const notes = await notificationsOf(alice);
    expect(notes.map((n) => n.account.id)).toEqual([friend.id]);
  });

  it('approving a held reply shows it to everyone and notifies it as it would have', async () => {
    await call(t, alice, 'PUT', '/api/empathie/v1/shield', { mode: 'on' });
    const original = await post(t, alice, 'A hard day');
    const [stranger] = await strangers(1);
    const reply = await post(t, stranger as Person, '@alice sorry, that was unfair', {
      in_reply_to_id: original.body.id,
    });
    const [held] = (await call(t, alice, 'GET', '/api/empathie/v1/shield/held')).body;
    const approved = await call(
      t,
      alice,
      'POST',
      `/api/empathie/v1/shield/held/${held.id}/approve`,
    );
    expect(approved.body.state).toBe('approved');
    const context = await call(t, carol, 'GET', `/api/v1/statuses/${original.body.id}/context`);
    expect(context.body.descendants.map((s: { id: string }) => s.id)).toEqual([reply.body.id]);
    const notes = await notificationsOf(alice);
    expect(notes.some((n) => n.status?.id === reply.body.id)).toBe(true);
    expect((await call(t, alice, 'GET', '/api/empathie/v1/shield')).body.held_count).toBe(0);
  });

  it('reporting files a report and keeps the message hidden; nothing is deleted', async () => {
    await call(t, alice, 'PUT', '/api/empathie/v1/shield', { mode: 'on' });
    const original = await post(t, alice, 'A hard day');
    const [stranger] = await strangers(1);
    const reply = await post(t, stranger as Person, '@alice shut up you stupid clown', {
      in_reply_to_id: original.body.id,
    });
    const [held] = (await call(t, alice, 'GET', '/api/empathie/v1/shield/held')).body;
    const reported = await call(t, alice, 'POST', `/api/empathie/v1/shield/held/${held.id}/report`);
    expect(reported.body).toMatchObject({ state: 'hidden', reported: true });
    const reports = await t.database.db.selectFrom('reports').selectAll().execute();
    expect(reports).toMatchObject([
      {
        account_id: alice.id,
        target_account_id: stranger?.id,
        status_ids: reply.body.id,
        filed_by: null,
      },
    ]);
    expect(
      await t.database.db
        .selectFrom('posts')
        .select('id')
        .where('id', '=', reply.body.id)
        .executeTakeFirst(),
    ).toBeDefined();
  });

  it('switches itself off after 48 quiet hours, with a summary notice, keeping what it holds', async () => {
    const original = await post(t, alice, 'Hello');
    for (const stranger of await strangers(12)) {
      await post(t, stranger, `@alice ${INSULTS[0]}`, { in_reply_to_id: original.body.id });
      t.clock.advance(10_000);
    }
    expect((await call(t, alice, 'GET', '/api/empathie/v1/shield')).body.active).toBe(true);
    t.clock.advance(47 * 3_600_000);
    await t.jobs.runDueJobs();
    expect((await call(t, alice, 'GET', '/api/empathie/v1/shield')).body.active).toBe(true);
    t.clock.advance(2 * 3_600_000);
    await t.jobs.runDueJobs();
    const shield = (await call(t, alice, 'GET', '/api/empathie/v1/shield')).body;
    expect(shield).toMatchObject({ active: false, mode: 'auto' });
    expect(shield.held_count).toBeGreaterThan(0);
    const notes = await notificationsOf(alice);
    expect(notes.filter((n) => n.type === 'empathie.shield.off')).toHaveLength(1);
  });

  it('holds a stranger’s follow while on, and lets it through on approval', async () => {
    await call(t, alice, 'PUT', '/api/empathie/v1/shield', { mode: 'on' });
    const [stranger] = await strangers(1);
    const followed = await call(
      t,
      stranger as Person,
      'POST',
      `/api/v1/accounts/${alice.id}/follow`,
    );
    expect(followed.status).toBe(200);
    expect(await notificationsOf(alice)).toEqual([]);
    const [held] = (await call(t, alice, 'GET', '/api/empathie/v1/shield/held')).body;
    expect(held).toMatchObject({ kind: 'follow', status: null, account: { id: stranger?.id } });
    await call(t, alice, 'POST', `/api/empathie/v1/shield/held/${held.id}/approve`);
    expect((await notificationsOf(alice)).map((n) => n.type)).toEqual(['follow']);
  });

  it('keeps a stranger’s follow request out of the requests while it is held', async () => {
    await t.database.db
      .updateTable('accounts')
      .set({ locked: 1 })
      .where('id', '=', alice.id)
      .execute();
    await call(t, alice, 'PUT', '/api/empathie/v1/shield', { mode: 'on' });
    const [stranger] = await strangers(1);
    await call(t, stranger as Person, 'POST', `/api/v1/accounts/${alice.id}/follow`);
    expect((await call(t, alice, 'GET', '/api/v1/follow_requests')).body).toEqual([]);
    const [held] = (await call(t, alice, 'GET', '/api/empathie/v1/shield/held')).body;
    await call(t, alice, 'POST', `/api/empathie/v1/shield/held/${held.id}/approve`);
    const requests = (await call(t, alice, 'GET', '/api/v1/follow_requests')).body;
    expect(requests.map((a: { id: string }) => a.id)).toEqual([stranger?.id]);
    expect((await notificationsOf(alice)).map((n) => n.type)).toEqual(['follow_request']);
  });

  it('refuses a bad mode or sensitivity with the field named', async () => {
    const bad = await call(t, alice, 'PUT', '/api/empathie/v1/shield', { mode: 'always' });
    expect(bad.status).toBe(422);
    const set = await call(t, alice, 'PUT', '/api/empathie/v1/shield', { sensitivity: 'high' });
    expect(set.body).toMatchObject({ sensitivity: 'high', sensitivity_is_default: false });
  });
});
