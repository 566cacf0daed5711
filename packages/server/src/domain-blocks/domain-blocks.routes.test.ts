import { Follow } from '@fedify/fedify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inboxOf,
  type RemotePerson,
  remotePerson,
  remotePublicPost,
} from '../federation/inbox/inbox.fixture.ts';
import { createDomainPolicy } from '../policy/domain-policy.ts';
import { call, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp, testConfig } from '../testing/test-app.ts';
import { normaliseDomain } from './domain-blocks.service.ts';

let t: TestApp;
let admin: Person;
let moderator: Person;
let member: Person;
/** A person whose account we turn into one of `remote.example`'s, with a public post. */
let remote: Person;
let remotePostId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await person(t, 'founder', { role: 'admin' });
  moderator = await person(t, 'modo');
  await t.database.db
    .updateTable('users')
    .set({ role: 'moderator' })
    .where('account_id', '=', moderator.id)
    .execute();
  member = await person(t, 'member');
  remote = await person(t, 'faraway');
  remotePostId = (await post(t, remote, 'Bonjour du lointain')).body.id;
  // Before it becomes remote: it follows the member, who is notified.
  expect((await call(t, remote, 'POST', `/api/v1/accounts/${member.id}/follow`)).status).toBe(200);
  await t.jobs.runDueJobs();
  // As federation stores them: a remote author on its domain, its posts not local.
  await t.database.db
    .updateTable('accounts')
    .set({ domain: 'social.remote.example' })
    .where('id', '=', remote.id)
    .execute();
  await t.database.db
    .updateTable('posts')
    .set({ local: 0 })
    .where('account_id', '=', remote.id)
    .execute();
});
afterAll(() => t.close());

const publicIds = async (who: Person | null) =>
  ((await call(t, who, 'GET', '/api/v1/timelines/public')).body as Array<{ id: string }>).map(
    (s) => s.id,
  );

const notifiers = async (who: Person) =>
  (
    (await call(t, who, 'GET', '/api/v1/notifications')).body as Array<{ account: { id: string } }>
  ).map((n) => n.account.id);

describe('instance domain blocks (admins)', () => {
  it('are for admins only: 401 without a token, 403 for members and moderators', async () => {
    for (const [method, path] of [
      ['GET', '/api/v1/admin/domain_blocks'],
      ['POST', '/api/v1/admin/domain_blocks'],
      ['GET', '/api/v1/admin/domain_blocks/1'],
      ['PUT', '/api/v1/admin/domain_blocks/1'],
      ['DELETE', '/api/v1/admin/domain_blocks/1'],
    ] as const) {
      const body = method === 'GET' ? undefined : { domain: 'x.example' };
      expect((await call(t, null, method, path, body)).status).toBe(401);
      expect((await call(t, member, method, path, body)).status).toBe(403);
      expect((await call(t, moderator, method, path, body)).status).toBe(403);
    }
    expect(await t.database.db.selectFrom('instance_domain_blocks').selectAll().execute()).toEqual(
      [],
    );
  });

  it('an admin token without the admin scopes is refused too', async () => {
    await t.database.db
      .insertInto('access_tokens')
      .values({
        id: '999999999999999991',
        token_hash: (await import('../http/auth.ts')).hashToken('plain-admin-token'),
        account_id: admin.id,
        scopes: 'read write',
        created_at: t.clock.now().toISOString(),
        revoked_at: null,
      })
      .execute();
    const res = await call(
      t,
      { ...admin, token: 'plain-admin-token' },
      'GET',
      '/api/v1/admin/domain_blocks',
    );
    expect(res.status).toBe(403);
  });

  it('silence keeps a domain (and its subdomains) out of public timelines, and lifting it brings it back', async () => {
    expect(await publicIds(member)).toContain(remotePostId);
    const created = await call(t, admin, 'POST', '/api/v1/admin/domain_blocks', {
      domain: 'Remote.Example',
      severity: 'silence',
      public_comment: 'Harcèlement organisé',
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      domain: 'remote.example',
      severity: 'silence',
      reject_media: false,
      public_comment: 'Harcèlement organisé',
    });
    expect(created.body.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(await publicIds(member)).not.toContain(remotePostId);
    expect(await publicIds(null)).not.toContain(remotePostId);
    // The remote timeline too; the local one never had it.
    const remoteOnly = await call(t, member, 'GET', '/api/v1/timelines/public?remote=true');
    expect(remoteOnly.body.map((s: { id: string }) => s.id)).not.toContain(remotePostId);

    const listed = await call(t, admin, 'GET', '/api/v1/admin/domain_blocks');
    expect(listed.body.map((b: { domain: string }) => b.domain)).toEqual(['remote.example']);
    const again = await call(t, admin, 'POST', '/api/v1/admin/domain_blocks', {
      domain: 'remote.example',
    });
    expect(again.status).toBe(422);
    expect(again.body.details.existing_domain_block.id).toBe(created.body.id);

    const changed = await call(t, admin, 'PUT', `/api/v1/admin/domain_blocks/${created.body.id}`, {
      severity: 'suspend',
    });
    expect(changed.body.severity).toBe('suspend');
    const policy = createDomainPolicy(t.database.db);
    expect(await policy.mayDeliverTo('social.remote.example')).toBe(false);
    expect(await policy.acceptsActivitiesFrom('remote.example')).toBe(false);
    expect(await policy.mayDeliverTo('remote.example.org')).toBe(true);
    expect(await policy.mayDeliverTo('notremote.example')).toBe(true);

    const lifted = await call(t, admin, 'DELETE', `/api/v1/admin/domain_blocks/${created.body.id}`);
    expect(lifted.status).toBe(200);
    expect(await publicIds(member)).toContain(remotePostId);
    expect(await policy.mayDeliverTo('social.remote.example')).toBe(true);
    const audit = await t.database.db
      .selectFrom('moderation_audit_log')
      .select('action')
      .where('target_type', '=', 'domain_block')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'domain_block.create',
      'domain_block.update',
      'domain_block.delete',
    ]);
  });

  it('refuses a domain that is no domain, or our own, with a message in the reader’s language', async () => {
    const bad = await call(
      t,
      admin,
      'POST',
      '/api/v1/admin/domain_blocks',
      { domain: 'not a domain' },
      {
        'accept-language': 'fr',
      },
    );
    expect(bad.status).toBe(422);
    expect(bad.body.error).toBe('validation_failed');
    expect(bad.body.error_description).toContain('domaine');
    const own = await call(t, admin, 'POST', '/api/v1/admin/domain_blocks', {
      domain: new URL(testConfig().publicUrl).host,
    });
    expect(own.status).toBe(422);
    const severity = await call(t, admin, 'POST', '/api/v1/admin/domain_blocks', {
      domain: 'x.example',
      severity: 'obliterate',
    });
    expect(severity.status).toBe(422);
    expect((await call(t, admin, 'GET', '/api/v1/admin/domain_blocks/123')).status).toBe(404);
  });
});

describe('personal domain blocks', () => {
  it('hide the domain from the person’s public timelines and notifications, and list as Mastodon does', async () => {
    expect(await publicIds(member)).toContain(remotePostId);
    expect(await notifiers(member)).toContain(remote.id);
    expect(
      (await call(t, member, 'POST', '/api/v1/domain_blocks', { domain: 'remote.example' })).status,
    ).toBe(200);
    // Twice is no error.
    expect(
      (await call(t, member, 'POST', '/api/v1/domain_blocks', { domain: 'remote.example' })).status,
    ).toBe(200);
    expect((await call(t, member, 'GET', '/api/v1/domain_blocks')).body).toEqual([
      'remote.example',
    ]);
    expect(await publicIds(member)).not.toContain(remotePostId);
    expect(await notifiers(member)).not.toContain(remote.id);
    // Someone else still sees it; the block is the member's own.
    expect(await publicIds(admin)).toContain(remotePostId);
    expect((await call(t, admin, 'GET', '/api/v1/domain_blocks')).body).toEqual([]);
    const removed = await call(t, member, 'DELETE', '/api/v1/domain_blocks?domain=remote.example');
    expect(removed.status).toBe(200);
    expect(await publicIds(member)).toContain(remotePostId);
    expect(await notifiers(member)).toContain(remote.id);
  });

  it('need a signed-in person and a real domain', async () => {
    expect((await call(t, null, 'GET', '/api/v1/domain_blocks')).status).toBe(401);
    expect(
      (await call(t, null, 'POST', '/api/v1/domain_blocks', { domain: 'a.example' })).status,
    ).toBe(401);
    expect((await call(t, member, 'POST', '/api/v1/domain_blocks', {})).status).toBe(422);
    expect(
      (await call(t, member, 'POST', '/api/v1/domain_blocks', { domain: '../../etc' })).status,
    ).toBe(422);
    expect(
      (await call(t, member, 'POST', '/api/v1/domain_blocks', { domain: '__proto__' })).status,
    ).toBe(200);
    expect((await call(t, member, 'GET', '/api/v1/domain_blocks')).body).toEqual(['__proto__']);
  });
});

describe('normaliseDomain', () => {
  it('keeps the host as we match it', () => {
    expect(normaliseDomain('Example.COM')).toBe('example.com');
    expect(normaliseDomain('https://example.com/@someone')).toBe('example.com');
    expect(normaliseDomain('localhost:4002')).toBe('localhost:4002');
    expect(normaliseDomain('bücher.example')).toBe('xn--bcher-kva.example');
    expect(normaliseDomain('')).toBeNull();
    expect(normaliseDomain('*.example.com')).toBeNull();
    expect(normaliseDomain('user@example.com')).toBeNull();
    expect(normaliseDomain('a b')).toBeNull();
  });
});

describe('a personal domain block cuts the follows with that domain', () => {
  let ines: Person;
  let wolf: RemotePerson;
  const outboundEvents = async () =>
    (
      await t.database.db
        .selectFrom('jobs')
        .select('payload')
        .where('queue', '=', 'federation.outbound')
        .orderBy('id')
        .execute()
    ).map((j) => JSON.parse(j.payload) as Record<string, unknown>);
  const follows = (followerId: string, targetId: string) =>
    t.database.db
      .selectFrom('follows')
      .select('id')
      .where('account_id', '=', followerId)
      .where('target_account_id', '=', targetId)
      .executeTakeFirst();
  const homeOf = async (who: Person) =>
    ((await call(t, who, 'GET', '/api/v1/timelines/home')).body as Array<{ id: string }>).map(
      (s) => s.id,
    );

  it('removes followers and refuses requests from there, ends follows there, and tells those servers, in the block’s transaction', async () => {
    ines = await person(t, 'ines');
    wolf = await remotePerson(t, 'wolf', 'evil.example');
    const cub = await remotePerson(t, 'cub', 'pack.evil.example');
    const fox = await remotePerson(t, 'fox', 'evil.example');
    const owl = await remotePerson(t, 'owl', 'notevil.example');
    for (const follower of [wolf, owl]) {
      expect((await t.relationships.follow(follower.id, ines.id)).ok).toBe(true);
    }
    await t.database.db
      .insertInto('follow_requests')
      .values({
        id: '990000000000000001',
        account_id: cub.id,
        target_account_id: ines.id,
        created_at: t.clock.now().toISOString(),
        uri: 'https://pack.evil.example/follows/1',
      } as never)
      .execute();
    await t.relationships.follow(ines.id, fox.id);
    await t.relationships.authorize(fox.id, ines.id);
    expect(await follows(ines.id, fox.id)).toBeDefined();
    const before = (await outboundEvents()).length;

    const blocked = await call(t, ines, 'POST', '/api/v1/domain_blocks', {
      domain: 'evil.example',
    });
    expect(blocked.status).toBe(200);

    expect(await follows(wolf.id, ines.id)).toBeUndefined();
    expect(await follows(ines.id, fox.id)).toBeUndefined();
    const requests = await t.database.db
      .selectFrom('follow_requests')
      .select('id')
      .where('target_account_id', '=', ines.id)
      .execute();
    expect(requests).toEqual([]);
    // Not a subdomain: untouched.
    expect(await follows(owl.id, ines.id)).toBeDefined();
    const counts = await t.database.db
      .selectFrom('accounts')
      .select(['followers_count', 'following_count'])
      .where('id', '=', ines.id)
      .executeTakeFirstOrThrow();
    expect(counts).toEqual({ followers_count: 1, following_count: 0 });
    const sent = (await outboundEvents()).slice(before);
    expect(sent).toEqual(
      expect.arrayContaining([
        { type: 'follow.rejected', followerId: wolf.id, targetId: ines.id },
        {
          type: 'follow.rejected',
          followerId: cub.id,
          targetId: ines.id,
          followUri: 'https://pack.evil.example/follows/1',
        },
        { type: 'follow.withdrawn', followerId: ines.id, targetId: fox.id },
      ]),
    );
    expect(sent).toHaveLength(3);
  });

  it('answers a new Follow from that domain with a Reject, and follows nothing', async () => {
    const before = (await outboundEvents()).length;
    await inboxOf(t).follows.onFollow(
      new Follow({
        id: new URL('https://evil.example/follows/2'),
        actor: new URL(wolf.uri),
        object: new URL('http://empathie.test/users/ines'),
      }),
      wolf.id,
    );
    expect(await follows(wolf.id, ines.id)).toBeUndefined();
    // (The inbox fixture's recorder gives jobs random ids: compare as a set.)
    const sent = await outboundEvents();
    expect(sent).toHaveLength(before + 1);
    expect(sent).toContainEqual({
      type: 'follow.rejected',
      followerId: wolf.id,
      targetId: ines.id,
      followUri: 'https://evil.example/follows/2',
    });
  });

  it('keeps that domain’s posts, and shares of them, out of the person’s home feed', async () => {
    const jo = await person(t, 'jo');
    const bea = await person(t, 'bea');
    const remotePost = await remotePublicPost(t, wolf, 'hurlement');
    // What other servers hear is the tests above's; here only the feeds' jobs need to run.
    await t.database.db.deleteFrom('jobs').where('queue', '=', 'federation.outbound').execute();
    // Both follow jo, who shares the post from the domain only ines blocked.
    for (const reader of [ines, bea]) {
      expect((await t.relationships.follow(reader.id, jo.id)).ok).toBe(true);
    }
    await t.jobs.runDueJobs();
    const share = await t.interactions.reblog(jo.id, remotePost);
    if (!share.ok) throw new Error('share failed');
    await t.jobs.runDueJobs();
    expect(await homeOf(bea)).toContain(share.value.id);
    expect(await homeOf(ines)).not.toContain(share.value.id);
  });
});
