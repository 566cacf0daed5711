import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { block, call, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';
import { allyMay } from './ally-permissions.ts';

/**
 * Allies and who may see what: only the person and allies holding the right permission see
 * held messages or the ally log; an ally without "direct" never sees a direct message; a revoked
 * ally loses access on their next request; every ally action is logged for the person.
 */
let t: TestApp;
let alice: Person;
let sam: Person;
let max: Person;
let eve: Person;
let troll: Person;

beforeEach(async () => {
  t = await createTestApp();
  alice = await person(t, 'alice');
  sam = await person(t, 'sam');
  max = await person(t, 'max');
  eve = await person(t, 'eve');
  troll = await person(t, 'troll');
  t.clock.advance(30 * 24 * 3_600_000);
});
afterEach(() => t.close());

async function makeAlly(who: Person, permissions: string[]) {
  const invited = await call(t, alice, 'POST', '/api/empathie/v1/allies', {
    account_id: who.id,
    permissions,
  });
  expect(invited.status).toBe(200);
  const accepted = await call(
    t,
    who,
    'POST',
    `/api/empathie/v1/ally_invitations/${invited.body.id}/accept`,
  );
  expect(accepted.body).toMatchObject({ state: 'active', account: { id: alice.id } });
}

/** Alice's shield is on, with one held reply and one held direct message from the troll. */
async function heldReplyAndDirect() {
  await call(t, alice, 'PUT', '/api/empathie/v1/shield', { mode: 'on' });
  const original = await post(t, alice, 'A hard day');
  await post(t, troll, '@alice shut up you stupid clown', { in_reply_to_id: original.body.id });
  await post(t, troll, '@alice I know where you live', { visibility: 'direct' });
}

const held = (who: Person) => call(t, who, 'GET', `/api/empathie/v1/shield/held?for=${alice.id}`);

describe('invitations', () => {
  it('is invited, sees the invitation, and only the invited person may answer it', async () => {
    const invited = await call(t, alice, 'POST', '/api/empathie/v1/allies', {
      account_id: sam.id,
      permissions: ['review'],
    });
    expect(invited.body).toMatchObject({
      state: 'invited',
      permissions: ['review'],
      account: { id: sam.id },
    });
    const notes = (await call(t, sam, 'GET', '/api/v1/notifications')).body;
    expect(
      notes.map((n: { type: string; account: { id: string } }) => [n.type, n.account.id]),
    ).toEqual([['empathie.ally.invitation', alice.id]]);
    const invitations = await call(t, sam, 'GET', '/api/empathie/v1/ally_invitations');
    expect(invitations.body.map((i: { id: string }) => i.id)).toEqual([invited.body.id]);
    // An invited ally has no access before accepting.
    expect((await held(sam)).status).toBe(403);
    expect(
      (await call(t, eve, 'POST', `/api/empathie/v1/ally_invitations/${invited.body.id}/accept`))
        .status,
    ).toBe(404);
    const declined = await call(
      t,
      sam,
      'POST',
      `/api/empathie/v1/ally_invitations/${invited.body.id}/decline`,
    );
    expect(declined.body.state).toBe('declined');
    expect(
      (await call(t, sam, 'POST', `/api/empathie/v1/ally_invitations/${invited.body.id}/accept`))
        .status,
    ).toBe(409);
    expect(
      await allyMay(t.database.db, { ownerId: alice.id, allyId: sam.id, permission: 'review' }),
    ).toBe(false);
  });

  it('refuses to ask for help across a block, either way', async () => {
    await block(t, troll, alice);
    expect(
      (
        await call(t, alice, 'POST', '/api/empathie/v1/allies', {
          account_id: troll.id,
          permissions: ['review'],
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(t, troll, 'POST', '/api/empathie/v1/allies', {
          account_id: alice.id,
          permissions: ['review'],
        })
      ).status,
    ).toBe(404);
    expect((await call(t, alice, 'GET', '/api/v1/notifications')).body).toEqual([]);
  });

  it('refuses oneself and unknown accounts, and unknown permissions with the field named', async () => {
    expect(
      (
        await call(t, alice, 'POST', '/api/empathie/v1/allies', {
          account_id: alice.id,
          permissions: [],
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call(t, alice, 'POST', '/api/empathie/v1/allies', {
          account_id: '123',
          permissions: [],
        })
      ).status,
    ).toBe(404);
    const bad = await call(t, alice, 'POST', '/api/empathie/v1/allies', {
      account_id: sam.id,
      permissions: ['admin'],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.details.fields[0].field).toContain('permissions');
  });
});

describe('the held folder, for allies', () => {
  it('is seen by the person and by an ally with review; not by others, nor by allies without it', async () => {
    await makeAlly(sam, ['review']);
    await makeAlly(max, ['dossier']);
    await heldReplyAndDirect();
    const own = await call(t, alice, 'GET', '/api/empathie/v1/shield/held');
    expect(own.body.map((h: { kind: string }) => h.kind).sort()).toEqual(['direct', 'reply']);
    expect((await held(eve)).status).toBe(403);
    expect((await held(max)).status).toBe(403);
    expect((await held(troll)).status).toBe(403);
    expect((await call(t, eve, 'GET', `/api/empathie/v1/shield?for=${alice.id}`)).status).toBe(403);
    expect((await call(t, sam, 'GET', `/api/empathie/v1/shield?for=${alice.id}`)).body.active).toBe(
      true,
    );
    // Reviewing is not deciding: the shield's settings stay the person's.
    const put = await call(t, sam, 'PUT', `/api/empathie/v1/shield?for=${alice.id}`, {
      mode: 'off',
    });
    expect(put.status).toBe(403);
    expect((await call(t, alice, 'GET', '/api/empathie/v1/shield')).body.mode).toBe('on');
  });

  it('never shows a direct message to an ally without "direct", not even by id', async () => {
    await makeAlly(sam, ['review']);
    await heldReplyAndDirect();
    const seen = await held(sam);
    expect(seen.body.map((h: { kind: string }) => h.kind)).toEqual(['reply']);
    const direct = (await call(t, alice, 'GET', '/api/empathie/v1/shield/held')).body.find(
      (h: { kind: string }) => h.kind === 'direct',
    );
    const refused = await call(
      t,
      sam,
      'POST',
      `/api/empathie/v1/shield/held/${direct.id}/hide?for=${alice.id}`,
    );
    expect(refused.status).toBe(404);
    // Granted "direct", the same ally sees it.
    await call(t, alice, 'POST', '/api/empathie/v1/allies', {
      account_id: sam.id,
      permissions: ['review', 'direct'],
    });
    expect((await held(sam)).body.map((h: { kind: string }) => h.kind).sort()).toEqual([
      'direct',
      'reply',
    ]);
  });

  it('cuts a revoked ally off on their very next request', async () => {
    await makeAlly(sam, ['review']);
    await heldReplyAndDirect();
    expect((await held(sam)).status).toBe(200);
    expect((await call(t, alice, 'DELETE', `/api/empathie/v1/allies/${sam.id}`)).status).toBe(200);
    expect((await held(sam)).status).toBe(403);
    const [item] = (await call(t, alice, 'GET', '/api/empathie/v1/shield/held')).body;
    expect(
      (await call(t, sam, 'POST', `/api/empathie/v1/shield/held/${item.id}/hide?for=${alice.id}`))
        .status,
    ).toBe(403);
    expect((await call(t, sam, 'GET', `/api/empathie/v1/allies/log?for=${alice.id}`)).status).toBe(
      403,
    );
  });

  it('logs what an ally does, for the person to read', async () => {
    await makeAlly(sam, ['review']);
    await heldReplyAndDirect();
    const [reply] = (await held(sam)).body;
    expect(
      (
        await call(
          t,
          sam,
          'POST',
          `/api/empathie/v1/shield/held/${reply.id}/report?for=${alice.id}`,
        )
      ).body,
    ).toMatchObject({ reported: true });
    const blocked = await call(
      t,
      sam,
      'POST',
      `/api/empathie/v1/shield/held/${reply.id}/block?for=${alice.id}`,
    );
    expect(blocked.status).toBe(200);
    const block = await t.database.db
      .selectFrom('blocks')
      .selectAll()
      .where('account_id', '=', alice.id)
      .execute();
    expect(block.map((b) => b.target_account_id)).toEqual([troll.id]);
    const reports = await t.database.db.selectFrom('reports').selectAll().execute();
    expect(reports).toMatchObject([
      { account_id: alice.id, target_account_id: troll.id, filed_by: sam.id },
    ]);

    const log = await call(t, alice, 'GET', '/api/empathie/v1/allies/log');
    expect(
      log.body
        .slice(0, 2)
        .map((e: { action: string; actor: { id: string } }) => [e.action, e.actor.id]),
    ).toEqual([
      ['block', sam.id],
      ['report', sam.id],
    ]);
    const summary = await call(t, alice, 'GET', '/api/empathie/v1/allies/log/summary');
    expect(summary.body).toMatchObject([
      { account: { id: sam.id }, reported: 1, blocked: 1, hidden: 0 },
    ]);
    // Nobody else reads it.
    expect((await call(t, eve, 'GET', `/api/empathie/v1/allies/log?for=${alice.id}`)).status).toBe(
      403,
    );
  });

  it('tells allies at once when the shield switches itself on', async () => {
    await makeAlly(sam, ['review']);
    const original = await post(t, alice, 'My drawing');
    for (let i = 0; i < 15; i += 1) {
      const stranger = await person(t, `pack${i}`);
      await post(t, stranger, '@alice you are a pathetic idiot', {
        in_reply_to_id: original.body.id,
      });
    }
    const notes = (await call(t, sam, 'GET', '/api/v1/notifications')).body;
    expect(
      notes.map((n: { type: string; account: { id: string } }) => [n.type, n.account.id]),
    ).toEqual([
      ['empathie.shield.ally', alice.id],
      ['empathie.ally.invitation', alice.id],
    ]);
    const helping = await call(t, sam, 'GET', '/api/empathie/v1/allies/helping');
    expect(helping.body).toMatchObject([{ account: { id: alice.id }, permissions: ['review'] }]);
  });
});
