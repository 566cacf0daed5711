import { Create, Delete, Follow, generateCryptoKeyPair, Like, Undo } from '@fedify/fedify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signUp } from '../accounts/test-helpers.ts';
import { call, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createLogger } from '../shared/logger.ts';
import { createTestApp } from '../testing/test-app.ts';
import { type RemotePerson, remotePerson, remotePublicPost } from './inbox/inbox.fixture.ts';
import { createOutboundBridge } from './outbound-bridge.ts';
import { OUTBOUND_QUEUE, type OutboundEvent } from './outbound-events.ts';
import { localUris } from './uri.ts';

/**
 * Our own API's actions record their event in the same transaction, and the bridge turns each
 * recorded event into the activity it should be, for whom (the sending itself is Fedify's).
 */
let t: TestApp;
let alice: Person;
let bob: RemotePerson;
let bridge: ReturnType<typeof createOutboundBridge>;

beforeEach(async () => {
  t = await createTestApp();
  alice = await person(t, 'alice');
  bob = await remotePerson(t, 'bob', 'remote.example');
  bridge = createOutboundBridge({
    db: t.database.db,
    ids: () => 'x',
    logger: createLogger('silent'),
    uris: localUris('http://empathie.test'),
    localDomain: 'empathie.test',
    context: () => {
      throw new Error('no sending in this test');
    },
  });
});
afterEach(() => t.close());

/** The events recorded so far (the job rows), oldest first, without running them. */
async function recorded(): Promise<OutboundEvent[]> {
  const rows = await t.database.db
    .selectFrom('jobs')
    .select('payload')
    .where('queue', '=', OUTBOUND_QUEUE)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => JSON.parse(r.payload));
}

async function lastOf(type: OutboundEvent['type']) {
  const event = (await recorded()).filter((e) => e.type === type).at(-1);
  if (!event) throw new Error(`no ${type} recorded`);
  return bridge.outgoingFor(event);
}

function remotePost(): Promise<string> {
  return remotePublicPost(t, bob, 'hello', 7);
}

describe('what our API records, and what the bridge makes of it', () => {
  it('a post naming a remote person is a Create sent to them and to the followers', async () => {
    const r = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: '@bob@remote.example bonjour',
    });
    expect(r.status).toBe(200);
    const out = await lastOf('post.created');
    expect(out?.activity).toBeInstanceOf(Create);
    expect(out?.toFollowers).toBe(true);
    expect(out?.recipients.map((x) => x.id?.href)).toEqual([bob.uri]);
    // The mention is a link to the remote profile, not plain text.
    expect(r.body.mentions.map((m: { acct: string }) => m.acct)).toEqual(['bob@remote.example']);
  });

  it('a direct post goes to the people it names only', async () => {
    await call(t, alice, 'POST', '/api/v1/statuses', {
      status: '@bob@remote.example entre nous',
      visibility: 'direct',
    });
    const out = await lastOf('post.created');
    expect(out?.toFollowers).toBe(false);
    expect(out?.recipients.map((x) => x.id?.href)).toEqual([bob.uri]);
  });

  it('a deletion is recorded with what the Delete needs, the row being gone', async () => {
    const r = await post(t, alice, '@bob@remote.example à effacer');
    await call(t, alice, 'DELETE', `/api/v1/statuses/${r.body.id}`);
    const out = await lastOf('post.deleted');
    expect(out?.activity).toBeInstanceOf(Delete);
    expect(out?.recipients.map((x) => x.id?.href)).toEqual([bob.uri]);
  });

  it('a favourite of a remote post is a Like to its author, and its removal an Undo', async () => {
    const id = await remotePost();
    await call(t, alice, 'POST', `/api/v1/statuses/${id}/favourite`);
    const like = await lastOf('favourite.created');
    expect(like?.activity).toBeInstanceOf(Like);
    expect(like?.recipients.map((x) => x.id?.href)).toEqual([bob.uri]);
    await call(t, alice, 'POST', `/api/v1/statuses/${id}/unfavourite`);
    const undo = await lastOf('favourite.removed');
    expect(undo?.activity).toBeInstanceOf(Undo);
    expect((await undo?.activity.getObject())?.id?.href).toBe(like?.activity.id?.href);
  });

  it('following a remote person is a request, sent as a Follow naming it', async () => {
    const r = await call(t, alice, 'POST', `/api/v1/accounts/${bob.id}/follow`);
    expect(r.body).toMatchObject({ following: false, requested: true });
    const out = await lastOf('follow.requested');
    expect(out?.activity).toBeInstanceOf(Follow);
    expect(out?.activity.objectId?.href).toBe(bob.uri);
  });

  it('sends nothing for what concerns only this instance', async () => {
    const carol = await person(t, 'carol');
    const r = await post(t, carol, 'local only');
    await call(t, alice, 'POST', `/api/v1/statuses/${r.body.id}/favourite`);
    await call(t, alice, 'POST', `/api/v1/accounts/${carol.id}/follow`);
    await call(t, alice, 'POST', `/api/v1/accounts/${carol.id}/block`);
    for (const type of ['favourite.created', 'follow.accepted', 'block.created'] as const) {
      expect(await lastOf(type)).toBeNull();
    }
  });
});

describe('an account deleted here', () => {
  it('tells its remote followers’ servers, signed with the keys it still holds', async () => {
    const { token, id } = await signUp(t.app, 'dana');
    await t.database.db
      .insertInto('follows')
      .values({
        id: '900000000000000001',
        account_id: bob.id,
        target_account_id: id,
        created_at: t.clock.now().toISOString(),
      })
      .execute();
    const pair = await generateCryptoKeyPair('RSASSA-PKCS1-v1_5');
    const sent: Array<[Array<{ keyId: URL }>, Array<{ inboxId: URL | null }>, unknown]> = [];
    const sender = createOutboundBridge({
      db: t.database.db,
      ids: () => 'x',
      logger: createLogger('silent'),
      uris: localUris('http://empathie.test'),
      localDomain: 'empathie.test',
      context: () =>
        ({
          sendActivity: async (...args: unknown[]) => {
            sent.push(args as (typeof sent)[number]);
          },
        }) as never,
      storedKeys: async () => [pair],
    });
    const gone = await call(
      t,
      { id, username: 'dana', token },
      'POST',
      '/api/empathie/v1/account/deletion',
      { password: 'a long password for dana' },
    );
    expect(gone.status).toBe(202);
    const events = (await recorded()).filter((e) => e.type === 'account.deleted');
    expect(events).toEqual([{ type: 'account.deleted', accountId: id }]);
    await sender.handle(events[0]);
    expect(sent).toHaveLength(1);
    const [senders, recipients, activity] = sent[0] as (typeof sent)[number];
    expect(activity).toBeInstanceOf(Delete);
    expect((activity as Delete).objectId?.href).toBe('http://empathie.test/users/dana');
    expect(recipients.map((r) => r.inboxId?.href)).toEqual([`${bob.uri}/inbox`]);
    expect(senders.map((s) => s.keyId.href)).toEqual(['http://empathie.test/users/dana#main-key']);
  });
});
