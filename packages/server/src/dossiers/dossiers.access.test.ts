import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Person, post, type TestApp } from '../posts/people.fixture.ts';
import { BASE, collectEvidence, dossierWorld, exportZip } from './dossiers.fixture.ts';

let t: TestApp;
let lea: Person;
let max: Person;
let nina: Person;
let sam: Person;
let leasPost: string;
let dossierId: string;

async function makeAlly(owner: Person, ally: Person, permissions: string, state = 'active') {
  await t.database.db
    .insertInto('allies')
    .values({
      id: `9${owner.id.slice(1, 10)}${ally.id.slice(-8)}`,
      owner_id: owner.id,
      ally_id: ally.id,
      permissions,
      state: state as 'active',
      created_at: t.clock.now().toISOString(),
      responded_at: t.clock.now().toISOString(),
    })
    .execute();
}

beforeAll(async () => {
  const world = await dossierWorld();
  ({ t, lea, max, nina, sam, leasPost, dossierId } = world);
  await collectEvidence(world);
});
afterAll(() => t.close());

describe('who may read and act on a dossier', () => {
  it('is nobody but the person: others get 404 on every route', async () => {
    expect((await call(t, nina, 'GET', `${BASE}/${dossierId}`)).status).toBe(404);
    expect((await call(t, nina, 'GET', BASE)).body).toEqual([]);
    expect((await exportZip(t, nina, `${BASE}/${dossierId}/export`)).status).toBe(404);
    const collect = await call(t, nina, 'POST', `${BASE}/${dossierId}/items`, {
      status_id: leasPost,
    });
    expect(collect.status).toBe(404);
    expect((await call(t, nina, 'DELETE', `${BASE}/${dossierId}`)).status).toBe(404);
    expect((await call(t, null, 'GET', BASE)).status).toBe(401);
  });

  it('is 404 for someone naming the person with ?for without being their ally', async () => {
    const q = `?for=${lea.id}`;
    expect((await call(t, nina, 'GET', `${BASE}${q}`)).status).toBe(404);
    expect((await call(t, nina, 'GET', `${BASE}/${dossierId}${q}`)).status).toBe(404);
    expect((await exportZip(t, nina, `${BASE}/${dossierId}/export${q}`)).status).toBe(404);
  });

  it('lets an ally without the "dossier" permission do nothing', async () => {
    await makeAlly(lea, nina, 'review,block_lists');
    expect((await call(t, nina, 'GET', `${BASE}?for=${lea.id}`)).status).toBe(404);
  });

  it('lets an ally with "dossier" list, read, collect and export, without direct messages', async () => {
    await makeAlly(lea, sam, 'review,dossier');
    const q = `?for=${lea.id}`;
    const list = await call(t, sam, 'GET', `${BASE}${q}`);
    expect(list.status).toBe(200);
    expect(list.body.map((d: { id: string }) => d.id)).toEqual([dossierId]);
    const shown = await call(t, sam, 'GET', `${BASE}/${dossierId}${q}`);
    expect(shown.status).toBe(200);
    expect(shown.body.items.some((i: { visibility: string }) => i.visibility === 'direct')).toBe(
      false,
    );
    const reply = (await post(t, max, '@lea encore toi', { in_reply_to_id: leasPost })).body;
    const collected = await call(t, sam, 'POST', `${BASE}/${dossierId}/items${q}`, {
      status_id: reply.id,
    });
    expect(collected.status).toBe(201);
    expect(collected.body.snapshot.collected_by.handle).toBe('@sam@empathie.test');
    const dm = (await post(t, max, '@lea un autre message privé', { visibility: 'direct' })).body;
    const refused = await call(t, sam, 'POST', `${BASE}/${dossierId}/items${q}`, {
      status_id: dm.id,
    });
    expect(refused.status).toBe(404);
    const zip = await exportZip(t, sam, `${BASE}/${dossierId}/export${q}`);
    expect(zip.status).toBe(200);
    const dossier = JSON.parse(
      strFromU8(unzipSync(new Uint8Array(await zip.arrayBuffer()))['dossier.json'] as Uint8Array),
    );
    expect(dossier.header.exported_by.handle).toBe('@sam@empathie.test');
    expect(
      dossier.items.some(
        (i: { status: { visibility: string } }) => i.status.visibility === 'direct',
      ),
    ).toBe(false);
    // Lea reads what her ally did, as for every ally action.
    const log = await call(t, lea, 'GET', '/api/empathie/v1/allies/log');
    const actions = log.body.map((e: { action: string; actor: { id: string } }) => [
      e.action,
      e.actor?.id,
    ]);
    expect(actions).toContainEqual(['dossier_collect', sam.id]);
    expect(actions).toContainEqual(['dossier_export', sam.id]);
    // Neither deleting the dossier nor removing what Lea collected is an ally's to do.
    expect((await call(t, sam, 'DELETE', `${BASE}/${dossierId}${q}`)).status).toBe(403);
    const leasItem = shown.body.items[0].id;
    expect(
      (await call(t, sam, 'DELETE', `${BASE}/${dossierId}/items/${leasItem}${q}`)).status,
    ).toBe(403);
    expect(
      (await call(t, sam, 'DELETE', `${BASE}/${dossierId}/items/${collected.body.id}${q}`)).status,
    ).toBe(200);
  });

  it('cuts a revoked ally off on the next request', async () => {
    await t.database.db.deleteFrom('allies').where('ally_id', '=', sam.id).execute();
    expect((await call(t, sam, 'GET', `${BASE}/${dossierId}?for=${lea.id}`)).status).toBe(404);
  });

  it('lets an ally holding "direct" too read the direct messages', async () => {
    await makeAlly(lea, sam, 'dossier,direct');
    const shown = await call(t, sam, 'GET', `${BASE}/${dossierId}?for=${lea.id}`);
    expect(shown.body.items.some((i: { visibility: string }) => i.visibility === 'direct')).toBe(
      true,
    );
  });
});
