import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  block,
  call,
  follow,
  type Person,
  person,
  post,
  type TestApp,
} from '../posts/people.fixture.ts';
import { BASE, dossierWorld, exportZip } from './dossiers.fixture.ts';

let t: TestApp;
let lea: Person;
let max: Person;
let nina: Person;
let olga: Person;
let leasPost: string;
let maxReply: string;
let dossierId: string;

beforeAll(async () => {
  ({ t, lea, max, nina, olga, leasPost, maxReply, dossierId } = await dossierWorld());
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
    const response = await exportZip(t, lea, `${BASE}/${dossierId}/export`);
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
