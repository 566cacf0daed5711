import { generateKeyPairSync } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { block, call, follow, type Person, person, post } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';
import { parsePublicKey, verifyDossierZip } from './verify/verify-dossier.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let lea: Person; // the person under attack
let max: Person; // writes hurtful replies
let nina: Person; // a stranger to Lea's dossiers
let sam: Person; // Lea's ally
let olga: Person; // blocked by Lea
let leasPost: string;
let maxReply: string;
let dossierId: string;

const BASE = '/api/empathie/v1/dossiers';

async function exportZip(who: Person, path: string): Promise<Response> {
  return t.app.request(path, { headers: { authorization: `Bearer ${who.token}` } });
}

async function instanceKey() {
  const reply = await call(t, null, 'GET', '/api/empathie/v1/instance/dossier_key');
  expect(reply.status).toBe(200);
  const key = parsePublicKey(JSON.stringify(reply.body));
  if (!key) throw new Error('the instance key does not parse');
  return key;
}

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
  t = await createTestApp();
  lea = await person(t, 'lea');
  max = await person(t, 'max');
  nina = await person(t, 'nina');
  sam = await person(t, 'sam');
  olga = await person(t, 'olga');
  leasPost = (await post(t, lea, 'Je partage mes photos de jardin')).body.id;
  maxReply = (
    await post(t, max, '@lea tu es une idiote, personne ne veut de toi ici', {
      in_reply_to_id: leasPost,
    })
  ).body.id;
  const created = await call(t, lea, 'POST', BASE, { title: 'Raid du 1er novembre' });
  expect(created.status).toBe(201);
  dossierId = created.body.id;
});
afterAll(() => t.close());

describe('collecting a post into a dossier', () => {
  it('freezes the post, its author, its reply chain and its scores at collection', async () => {
    t.clock.advance(60_000);
    const added = await call(t, lea, 'POST', `${BASE}/${dossierId}/items`, { status_id: maxReply });
    expect(added.status).toBe(201);
    const snap = added.body.snapshot;
    expect(snap.status.text).toBe('@lea tu es une idiote, personne ne veut de toi ici');
    expect(snap.status.url).toMatch(/^http:\/\/empathie\.test\//);
    expect(snap.status.visibility).toBe('public');
    expect(snap.author).toMatchObject({ id: max.id, handle: '@max@empathie.test', local: true });
    expect(snap.author.created_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(snap.reply_chain).toHaveLength(1);
    expect(snap.reply_chain[0]).toMatchObject({
      id: leasPost,
      text: 'Je partage mes photos de jardin',
      author: { handle: '@lea@empathie.test' },
    });
    expect(snap.scores?.toxicity).toBeGreaterThan(0.3);
    expect(snap.collected_by.handle).toBe('@lea@empathie.test');
    expect(added.body.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('adds the same post once', async () => {
    const again = await call(t, lea, 'POST', `${BASE}/${dossierId}/items`, { status_id: maxReply });
    expect(again.status).toBe(200);
    const shown = await call(t, lea, 'GET', `${BASE}/${dossierId}`);
    expect(shown.body.items).toHaveLength(1);
    expect(shown.body.item_count).toBe(1);
  });

  it('survives the author editing, then deleting, the post', async () => {
    const edited = await call(t, max, 'PUT', `/api/v1/statuses/${maxReply}`, {
      status: '@lea joli jardin',
    });
    expect(edited.status).toBe(200);
    expect((await call(t, max, 'DELETE', `/api/v1/statuses/${maxReply}`)).status).toBe(200);
    const shown = await call(t, lea, 'GET', `${BASE}/${dossierId}`);
    expect(shown.body.items[0].snapshot.status.text).toBe(
      '@lea tu es une idiote, personne ne veut de toi ici',
    );
    const response = await exportZip(lea, `${BASE}/${dossierId}/export`);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(strFromU8(files['dossier.json'] as Uint8Array)).toContain('tu es une idiote');
  });

  it('keeps an earlier version when the post was edited before it was collected', async () => {
    const id = (await post(t, max, '@lea tu es nulle')).body.id;
    await call(t, max, 'PUT', `/api/v1/statuses/${id}`, { status: '@lea bonne journée' });
    const added = await call(t, lea, 'POST', `${BASE}/${dossierId}/items`, { status_id: id });
    expect(added.status).toBe(201);
    expect(added.body.snapshot.status.text).toBe('@lea bonne journée');
    expect(added.body.snapshot.previous_versions[0].text).toBe('@lea tu es nulle');
  });

  it('takes only posts the person may see', async () => {
    const secret = (await post(t, nina, 'Nina for her followers', { visibility: 'private' })).body;
    const dmBetweenOthers = (
      await post(t, nina, '@max rien que pour toi', { visibility: 'direct' })
    ).body;
    await block(t, lea, olga);
    const fromBlocked = (await post(t, olga, 'Olga speaks in public')).body;
    for (const statusId of [secret.id, dmBetweenOthers.id, fromBlocked.id, '999999999999']) {
      const refused = await call(t, lea, 'POST', `${BASE}/${dossierId}/items`, {
        status_id: statusId,
      });
      expect(refused.status).toBe(404);
      expect(refused.body.error).toBe('not_found');
    }
    // Once Lea follows Nina, the followers-only post is hers to see, and to collect.
    await follow(t, lea, nina);
    const ok = await call(t, lea, 'POST', `${BASE}/${dossierId}/items`, { status_id: secret.id });
    expect(ok.status).toBe(201);
  });

  it('collects a direct message the person received', async () => {
    const dm = (await post(t, max, '@lea je sais où tu habites', { visibility: 'direct' })).body;
    const added = await call(t, lea, 'POST', `${BASE}/${dossierId}/items`, { status_id: dm.id });
    expect(added.status).toBe(201);
    expect(added.body.visibility).toBe('direct');
  });

  it('collects a reply the shield holds for the person, hidden from her timelines', async () => {
    const on = await call(t, lea, 'PUT', '/api/empathie/v1/shield', { mode: 'on' });
    expect(on.status).toBe(200);
    const stranger = await person(t, 'rita');
    const held = (await post(t, stranger, '@lea dégage', { in_reply_to_id: leasPost })).body;
    const page = await call(t, lea, 'GET', '/api/empathie/v1/shield/held');
    expect(page.body.map((h: { status: { id: string } | null }) => h.status?.id)).toContain(
      held.id,
    );
    expect((await call(t, lea, 'GET', `/api/v1/statuses/${held.id}`)).status).toBe(404);
    const added = await call(t, lea, 'POST', `${BASE}/${dossierId}/items`, { status_id: held.id });
    expect(added.status).toBe(201);
    expect(added.body.snapshot.status.text).toBe('@lea dégage');
    await call(t, lea, 'PUT', '/api/empathie/v1/shield', { mode: 'auto' });
  });

  it('refuses a malformed status id or title with the field named', async () => {
    const bad = await call(t, lea, 'POST', `${BASE}/${dossierId}/items`, { status_id: 'abc' });
    expect(bad.status).toBe(422);
    expect(bad.body.details.fields[0].field).toBe('status_id');
    expect((await call(t, lea, 'POST', BASE, { title: '  ' })).status).toBe(422);
  });
});

describe('who may read and act on a dossier', () => {
  it('is nobody but the person: others get 404 on every route', async () => {
    expect((await call(t, nina, 'GET', `${BASE}/${dossierId}`)).status).toBe(404);
    expect((await call(t, nina, 'GET', BASE)).body).toEqual([]);
    expect((await exportZip(nina, `${BASE}/${dossierId}/export`)).status).toBe(404);
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
    expect((await exportZip(nina, `${BASE}/${dossierId}/export${q}`)).status).toBe(404);
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
    const zip = await exportZip(sam, `${BASE}/${dossierId}/export${q}`);
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

describe('the export', () => {
  async function leasZip(query = ''): Promise<Uint8Array> {
    const response = await exportZip(lea, `${BASE}/${dossierId}/export${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    return new Uint8Array(await response.arrayBuffer());
  }

  function rezip(files: Record<string, Uint8Array>): Uint8Array {
    return zipSync(
      Object.fromEntries(Object.entries(files).map(([n, b]) => [n, [b, { level: 0 }]])),
    );
  }

  it('verifies as intact with the instance key', async () => {
    const verdict = await verifyDossierZip(await leasZip(), await instanceKey());
    expect(verdict).toMatchObject({ kind: 'intact', title: 'Raid du 1er novembre' });
  });

  it('shows each time in UTC and in the time zone asked for, with each item hash', async () => {
    const files = unzipSync(await leasZip('?tz=Europe/Paris'));
    const html = strFromU8(files['dossier.html'] as Uint8Array);
    const manifest = JSON.parse(strFromU8(files['manifest.json'] as Uint8Array));
    expect(html).toContain('UTC');
    expect(html).toContain('Europe/Paris');
    expect(html).toContain('GMT+1');
    expect(html).not.toContain('<script');
    for (const item of manifest.items) expect(html).toContain(item.sha256);
    expect(manifest.signature.key_url).toBe(
      'http://empathie.test/api/empathie/v1/instance/dossier_key',
    );
  });

  it('refuses a time zone Intl does not know', async () => {
    const response = await exportZip(lea, `${BASE}/${dossierId}/export?tz=Mars/Olympus`);
    expect(response.status).toBe(422);
  });

  it('fails, naming the item, when one byte of an item in dossier.json changes', async () => {
    const files = unzipSync(await leasZip());
    const text = strFromU8(files['dossier.json'] as Uint8Array);
    const dossier = JSON.parse(text);
    // The second item's text: change one letter of it, and nothing else.
    const target = dossier.items[1].status.text as string;
    const at = text.indexOf(target);
    const bytes = new Uint8Array(files['dossier.json'] as Uint8Array);
    const offset = strToU8(text.slice(0, at)).length;
    bytes[offset] = (bytes[offset] as number) ^ 0x01;
    const verdict = await verifyDossierZip(
      rezip({ ...files, 'dossier.json': bytes }),
      await instanceKey(),
    );
    expect(verdict).toEqual({
      kind: 'altered_item',
      item: { index: 2, itemId: dossier.items[1].item_id, statusUrl: dossier.items[1].status.url },
    });
  });

  it('fails when an item is removed, the header or the printable copy changes', async () => {
    const key = await instanceKey();
    const files = unzipSync(await leasZip());
    const dossier = JSON.parse(strFromU8(files['dossier.json'] as Uint8Array));
    const without = { ...dossier, items: dossier.items.slice(0, -1) };
    const fewer = rezip({ ...files, 'dossier.json': strToU8(JSON.stringify(without)) });
    expect((await verifyDossierZip(fewer, key)).kind).toBe('item_count_mismatch');
    const retitled = { ...dossier, header: { ...dossier.header, title: 'Autre' } };
    const header = rezip({ ...files, 'dossier.json': strToU8(JSON.stringify(retitled)) });
    expect((await verifyDossierZip(header, key)).kind).toBe('altered_header');
    const html = rezip({
      ...files,
      'dossier.html': strToU8(
        strFromU8(files['dossier.html'] as Uint8Array).replace('Raid', 'Rien'),
      ),
    });
    expect((await verifyDossierZip(html, key)).kind).toBe('altered_html');
  });

  it('fails when the manifest is recomputed without the instance key', async () => {
    const files = unzipSync(await leasZip());
    const manifest = JSON.parse(strFromU8(files['manifest.json'] as Uint8Array));
    // Another first character, whatever it was: one signature in 64 already starts with "A".
    const first = manifest.signature.value.startsWith('A') ? 'B' : 'A';
    manifest.signature.value = `${first}${manifest.signature.value.slice(1)}`;
    const forged = rezip({ ...files, 'manifest.json': strToU8(JSON.stringify(manifest)) });
    expect((await verifyDossierZip(forged, await instanceKey())).kind).toBe('bad_signature');
  });

  it('fails with another key', async () => {
    const other = generateKeyPairSync('ed25519').publicKey;
    const raw = new Uint8Array(other.export({ format: 'der', type: 'spki' }).subarray(12));
    const verdict = await verifyDossierZip(await leasZip(), raw);
    expect(verdict.kind).toBe('wrong_key');
  });

  it('publishes the same key every time, as JWK and PEM', async () => {
    const first = await call(t, null, 'GET', '/api/empathie/v1/instance/dossier_key');
    const second = await call(t, null, 'GET', '/api/empathie/v1/instance/dossier_key');
    expect(first.body).toEqual(second.body);
    expect(first.body.jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: first.body.key_id });
    expect(first.body.pem).toContain('BEGIN PUBLIC KEY');
    expect(JSON.stringify(first.body)).not.toContain('PRIVATE');
    expect(parsePublicKey(first.body.pem)).toEqual(parsePublicKey(JSON.stringify(first.body.jwk)));
  });
});

describe('deleting', () => {
  it('removes an item, then the dossier, for its owner', async () => {
    const created = await call(t, lea, 'POST', BASE, { title: 'Brouillon' });
    const item = await call(t, lea, 'POST', `${BASE}/${created.body.id}/items`, {
      status_id: leasPost,
    });
    expect(
      (await call(t, lea, 'DELETE', `${BASE}/${created.body.id}/items/${item.body.id}`)).status,
    ).toBe(200);
    expect((await call(t, lea, 'GET', `${BASE}/${created.body.id}`)).body.items).toEqual([]);
    expect((await call(t, lea, 'DELETE', `${BASE}/${created.body.id}`)).status).toBe(200);
    expect((await call(t, lea, 'GET', `${BASE}/${created.body.id}`)).status).toBe(404);
  });

  it('goes with its owner when they delete their account, and only theirs', async () => {
    const gone = await person(t, 'zoe');
    const created = await call(t, gone, 'POST', BASE, { title: 'À moi' });
    await call(t, gone, 'POST', `${BASE}/${created.body.id}/items`, { status_id: leasPost });
    await t.events.publish({ type: 'account.deleted', accountId: gone.id });
    const left = await t.database.db
      .selectFrom('dossiers')
      .select('account_id')
      .where('account_id', 'in', [gone.id, lea.id])
      .execute();
    expect(left.map((r) => r.account_id)).not.toContain(gone.id);
    expect(left.map((r) => r.account_id)).toContain(lea.id);
    const items = await t.database.db
      .selectFrom('dossier_items')
      .select('id')
      .where('dossier_id', '=', created.body.id)
      .execute();
    expect(items).toEqual([]);
  });

  it('lists dossiers newest first with Link pagination', async () => {
    await call(t, lea, 'POST', BASE, { title: 'Deuxième' });
    const page = await call(t, lea, 'GET', `${BASE}?limit=1`);
    expect(page.body).toHaveLength(1);
    expect(page.body[0].title).toBe('Deuxième');
    expect(page.headers.get('link')).toContain('max_id=');
  });
});
