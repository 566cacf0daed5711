import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Person, person, type TestApp } from '../posts/people.fixture.ts';
import { BASE, dossierWorld } from './dossiers.fixture.ts';

let t: TestApp;
let lea: Person;
let leasPost: string;

beforeAll(async () => {
  ({ t, lea, leasPost } = await dossierWorld());
});
afterAll(() => t.close());

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
