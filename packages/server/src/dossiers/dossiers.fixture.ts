import { expect } from 'vitest';
import { call, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

/**
 * The setting the dossier route tests share: Lea, under attack, shared a post that Max answered
 * hurtfully, and she opened a dossier, "Raid du 1er novembre", to keep the evidence in.
 */
export const BASE = '/api/empathie/v1/dossiers';

export interface DossierWorld {
  t: TestApp;
  lea: Person; // the person under attack
  max: Person; // writes hurtful replies
  nina: Person; // a stranger to Lea's dossiers
  sam: Person; // Lea's ally
  olga: Person; // blocked by Lea
  leasPost: string;
  maxReply: string;
  dossierId: string;
}

export async function dossierWorld(): Promise<DossierWorld> {
  const t = await createTestApp();
  const lea = await person(t, 'lea');
  const max = await person(t, 'max');
  const nina = await person(t, 'nina');
  const sam = await person(t, 'sam');
  const olga = await person(t, 'olga');
  const leasPost = (await post(t, lea, 'Je partage mes photos de jardin')).body.id;
  const maxReply = (
    await post(t, max, '@lea tu es une idiote, personne ne veut de toi ici', {
      in_reply_to_id: leasPost,
    })
  ).body.id;
  const created = await call(t, lea, 'POST', BASE, { title: 'Raid du 1er novembre' });
  expect(created.status).toBe(201);
  return { t, lea, max, nina, sam, olga, leasPost, maxReply, dossierId: created.body.id };
}

/**
 * What Lea has collected before her allies act on the dossier and before it is exported: Max's
 * reply, a post he edited before she collected it, and a direct message he sent her.
 */
export async function collectEvidence(world: DossierWorld): Promise<void> {
  const { t, lea, max, maxReply, dossierId } = world;
  const edited = (await post(t, max, '@lea tu es nulle')).body.id;
  await call(t, max, 'PUT', `/api/v1/statuses/${edited}`, { status: '@lea bonne journée' });
  const dm = (await post(t, max, '@lea je sais où tu habites', { visibility: 'direct' })).body.id;
  for (const statusId of [maxReply, edited, dm]) {
    const added = await call(t, lea, 'POST', `${BASE}/${dossierId}/items`, { status_id: statusId });
    expect(added.status).toBe(201);
  }
}

/** A dossier's export (a ZIP file) as `who` downloads it. */
export async function exportZip(t: TestApp, who: Person, path: string): Promise<Response> {
  return t.app.request(path, { headers: { authorization: `Bearer ${who.token}` } });
}
