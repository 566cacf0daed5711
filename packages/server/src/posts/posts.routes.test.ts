import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../testing/test-app.ts';
import { block, call, follow, type Person, person, post, type TestApp } from './people.fixture.ts';

describe('statuses', () => {
  let t: TestApp;
  let alice: Person;
  let bob: Person;
  let carol: Person;

  beforeAll(async () => {
    t = await createTestApp({ maxPostChars: 50 });
    alice = await person(t, 'alice', { defaultLanguage: 'fr' });
    bob = await person(t, 'bob', { defaultVisibility: 'private' });
    carol = await person(t, 'carol');
    await follow(t, bob, alice);
  });
  afterAll(() => t.close());

  it('publishes a post with Mastodon’s Status shape, rendered mentions and tags', async () => {
    const r = await post(t, alice, 'Bonjour @bob ! #Écoute https://example.org');
    expect(r.status).toBe(200);
    const s = r.body;
    expect(Object.keys(s).sort()).toEqual(
      [
        'id',
        'uri',
        'url',
        'created_at',
        'account',
        'content',
        'visibility',
        'sensitive',
        'spoiler_text',
        'media_attachments',
        'application',
        'mentions',
        'tags',
        'emojis',
        'reblogs_count',
        'favourites_count',
        'replies_count',
        'in_reply_to_id',
        'in_reply_to_account_id',
        'reblog',
        'poll',
        'card',
        'language',
        'edited_at',
        'favourited',
        'reblogged',
        'muted',
        'bookmarked',
        'pinned',
        'filtered',
        // Empathie's extension: the author sees the tone the server measured on the post.
        'empathie',
      ].sort(),
    );
    expect(s.id).toMatch(/^\d{18}$/);
    expect(s.uri).toBe(`http://empathie.test/users/alice/statuses/${s.id}`);
    expect(s.account.username).toBe('alice');
    expect(s.visibility).toBe('public');
    expect(s.language).toBe('fr');
    expect(s.mentions).toEqual([
      { id: bob.id, username: 'bob', url: 'http://empathie.test/@bob', acct: 'bob' },
    ]);
    expect(s.tags).toEqual([{ name: 'écoute', url: 'http://empathie.test/tags/%C3%A9coute' }]);
    expect(s.content).toContain('class="u-url mention"');
    expect(s.content).toContain('class="mention hashtag"');
    expect(s).not.toHaveProperty('text');
    const me = await t.database.db
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', alice.id)
      .executeTakeFirstOrThrow();
    expect(Number(me.statuses_count)).toBe(1);
    expect(me.last_status_at).not.toBeNull();
  });

  it('uses the author’s default visibility and validates input with localised messages', async () => {
    const r = await post(t, bob, 'Pour mes abonné·es');
    expect(r.body.visibility).toBe('private');
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('accounts')
            .select('statuses_count')
            .where('id', '=', bob.id)
            .executeTakeFirstOrThrow()
        ).statuses_count,
      );
    const before = await count();
    await post(t, bob, '@alice rien que pour toi', { visibility: 'direct' });
    expect(await count()).toBe(before); // direct posts are not counted, as in Mastodon
    const long = await call(
      t,
      alice,
      'POST',
      '/api/v1/statuses',
      { status: 'x'.repeat(51) },
      { 'accept-language': 'fr' },
    );
    expect(long.status).toBe(422);
    expect(long.body.error).toBe('validation_failed');
    expect(long.body.error_description).toContain('trop long');
    // A URL counts as 23: this fits in 50 although it is longer.
    const url = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: `lien https://example.org/${'a'.repeat(60)}`,
    });
    expect(url.status).toBe(200);
    const empty = await call(t, alice, 'POST', '/api/v1/statuses', { status: '   ' });
    expect(empty.status).toBe(422);
    const lang = await call(t, alice, 'POST', '/api/v1/statuses', { status: 'hi', language: 'xx' });
    expect(lang.status).toBe(422);
    const vis = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: 'hi',
      visibility: 'friends',
    });
    expect(vis.status).toBe(422);
    const poll = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: 'hi',
      poll: { options: ['a', 'b'], expires_in: 60 },
    });
    expect(poll.status).toBe(422);
    const media = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: 'hi',
      media_ids: ['1'],
    });
    expect(media.status).toBe(422);
    const anon = await call(t, null, 'POST', '/api/v1/statuses', { status: 'hi' });
    expect(anon.status).toBe(401);
    const broken = await t.app.request('/api/v1/statuses', {
      method: 'POST',
      headers: { authorization: `Bearer ${alice.token}`, 'content-type': 'application/json' },
      body: '{"status":',
    });
    expect(broken.status).toBe(400);
  });

  it('honours Idempotency-Key: the same key returns the same post', async () => {
    const h = { 'idempotency-key': 'k-1' };
    const a = await call(t, carol, 'POST', '/api/v1/statuses', { status: 'once' }, h);
    const b = await call(t, carol, 'POST', '/api/v1/statuses', { status: 'once' }, h);
    expect(b.body.id).toBe(a.body.id);
    const count = await t.database.db
      .selectFrom('posts')
      .select('id')
      .where('account_id', '=', carol.id)
      .execute();
    expect(count).toHaveLength(1);
    // Two retries racing each other still make one post.
    const k2 = { 'idempotency-key': 'k-2' };
    const [x, y] = await Promise.all([
      call(t, carol, 'POST', '/api/v1/statuses', { status: 'twice' }, k2),
      call(t, carol, 'POST', '/api/v1/statuses', { status: 'twice' }, k2),
    ]);
    expect([x.status, y.status]).toEqual([200, 200]);
    expect(y.body.id).toBe(x.body.id);
    const after = await t.database.db
      .selectFrom('posts')
      .select('id')
      .where('account_id', '=', carol.id)
      .execute();
    expect(after).toHaveLength(2);
  });

  it('threads replies, counts them, and shows the context', async () => {
    const root = (await post(t, alice, 'Racine')).body;
    const reply = (
      await post(t, bob, '@alice réponse', { in_reply_to_id: root.id, visibility: 'public' })
    ).body;
    const deeper = (await post(t, alice, 'encore', { in_reply_to_id: reply.id })).body;
    expect(reply.in_reply_to_id).toBe(root.id);
    expect(reply.in_reply_to_account_id).toBe(alice.id);
    const again = await call(t, carol, 'GET', `/api/v1/statuses/${root.id}`);
    expect(again.body.replies_count).toBe(1);
    const ctx = await call(t, carol, 'GET', `/api/v1/statuses/${reply.id}/context`);
    expect(ctx.body.ancestors.map((s: { id: string }) => s.id)).toEqual([root.id]);
    expect(ctx.body.descendants.map((s: { id: string }) => s.id)).toEqual([deeper.id]);
    const missing = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: 'x',
      in_reply_to_id: '123456789012345678',
    });
    expect(missing.status).toBe(404);
  });

  it('edits keep the previous versions; history lists them with the current last', async () => {
    const original = (await post(t, alice, 'premier jet')).body;
    t.clock.advance(1000);
    const edited = await call(t, alice, 'PUT', `/api/v1/statuses/${original.id}`, {
      status: 'second jet #calme',
      spoiler_text: 'cw',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.content).toContain('second jet');
    expect(edited.body.edited_at).not.toBeNull();
    expect(edited.body.sensitive).toBe(true);
    const history = await call(t, carol, 'GET', `/api/v1/statuses/${original.id}/history`);
    expect(history.body.map((v: { content: string }) => v.content)).toEqual([
      '<p>premier jet</p>',
      expect.stringContaining('second jet'),
    ]);
    expect(history.body[1].spoiler_text).toBe('cw');
    const source = await call(t, alice, 'GET', `/api/v1/statuses/${original.id}/source`);
    expect(source.body).toEqual({ id: original.id, text: 'second jet #calme', spoiler_text: 'cw' });
    const notMine = await call(t, bob, 'PUT', `/api/v1/statuses/${original.id}`, {
      status: 'hijack',
    });
    expect(notMine.status).toBe(404);
    const notMineSource = await call(t, bob, 'GET', `/api/v1/statuses/${original.id}/source`);
    expect(notMineSource.status).toBe(404);
  });

  it('favourites and shares, idempotently, with counters and flags', async () => {
    const p = (await post(t, alice, 'à partager')).body;
    const fav = await call(t, bob, 'POST', `/api/v1/statuses/${p.id}/favourite`);
    await call(t, bob, 'POST', `/api/v1/statuses/${p.id}/favourite`);
    expect(fav.body.favourited).toBe(true);
    expect(fav.body.favourites_count).toBe(1);
    const share = await call(t, carol, 'POST', `/api/v1/statuses/${p.id}/reblog`);
    const again = await call(t, carol, 'POST', `/api/v1/statuses/${p.id}/reblog`);
    expect(again.body.id).toBe(share.body.id);
    expect(share.body.reblog.id).toBe(p.id);
    expect(share.body.reblog.reblogs_count).toBe(1);
    expect(share.body.reblogged).toBe(true);
    expect(share.body.content).toBe('');
    const favBy = await call(t, carol, 'GET', `/api/v1/statuses/${p.id}/favourited_by`);
    expect(favBy.body.map((a: { id: string }) => a.id)).toEqual([bob.id]);
    const rebBy = await call(t, bob, 'GET', `/api/v1/statuses/${p.id}/reblogged_by`);
    expect(rebBy.body.map((a: { id: string }) => a.id)).toEqual([carol.id]);
    const unfav = await call(t, bob, 'POST', `/api/v1/statuses/${p.id}/unfavourite`);
    expect(unfav.body.favourited).toBe(false);
    expect(unfav.body.favourites_count).toBe(0);
    const unshare = await call(t, carol, 'POST', `/api/v1/statuses/${p.id}/unreblog`);
    expect(unshare.body.reblogged).toBe(false);
    expect(unshare.body.reblogs_count).toBe(0);
    const priv = (await post(t, bob, 'privé')).body;
    const refused = await call(t, alice, 'POST', `/api/v1/statuses/${priv.id}/reblog`);
    expect(refused.status).toBe(404); // alice does not follow bob: she cannot even see it
    const own = await call(t, bob, 'POST', `/api/v1/statuses/${priv.id}/reblog`);
    expect(own.status).toBe(403);
  });

  it('lets one take back a share even after the original became hidden', async () => {
    const dora = await person(t, 'dora');
    const p = (await post(t, dora, 'partagez-moi')).body;
    const share = (await call(t, carol, 'POST', `/api/v1/statuses/${p.id}/reblog`)).body;
    await block(t, dora, carol);
    const undo = await call(t, carol, 'POST', `/api/v1/statuses/${share.id}/unreblog`);
    expect(undo.status).toBe(404); // the original is hidden now…
    const left = await t.database.db
      .selectFrom('posts')
      .select('id')
      .where('id', '=', share.id)
      .execute();
    expect(left).toEqual([]); // …but the share is gone
  });

  it('deletes a post with its shares, answers its text and fixes the counters', async () => {
    const p = (await post(t, carol, 'à effacer #bientôt')).body;
    await call(t, alice, 'POST', `/api/v1/statuses/${p.id}/reblog`);
    const before = await t.database.db
      .selectFrom('accounts')
      .select('statuses_count')
      .where('id', '=', alice.id)
      .executeTakeFirstOrThrow();
    const notMine = await call(t, alice, 'DELETE', `/api/v1/statuses/${p.id}`);
    expect(notMine.status).toBe(404);
    const del = await call(t, carol, 'DELETE', `/api/v1/statuses/${p.id}`);
    expect(del.status).toBe(200);
    expect(del.body.text).toBe('à effacer #bientôt');
    expect((await call(t, carol, 'GET', `/api/v1/statuses/${p.id}`)).status).toBe(404);
    const after = await t.database.db
      .selectFrom('accounts')
      .select('statuses_count')
      .where('id', '=', alice.id)
      .executeTakeFirstOrThrow();
    expect(Number(after.statuses_count)).toBe(Number(before.statuses_count) - 1);
    const shares = await t.database.db
      .selectFrom('posts')
      .select('id')
      .where('reblog_of_id', '=', p.id)
      .execute();
    expect(shares).toEqual([]);
  });

  it('gives several posts at once, leaving out hidden and unknown ones', async () => {
    const a = (await post(t, alice, 'un')).body;
    const hidden = (await post(t, alice, 'deux', { visibility: 'direct' })).body;
    const r = await call(
      t,
      carol,
      'GET',
      `/api/v1/statuses?id[]=${a.id}&id[]=${hidden.id}&id[]=999999999999999999`,
    );
    expect(r.body.map((s: { id: string }) => s.id)).toEqual([a.id]);
    expect((await call(t, carol, 'GET', '/api/v1/statuses')).body).toEqual([]);
  });

  it('answers unknown ids with 404 in JSON', async () => {
    const r = await call(t, alice, 'GET', '/api/v1/statuses/999999999999999999');
    expect(r.status).toBe(404);
    expect(r.body.error).toBe('not_found');
  });
});
