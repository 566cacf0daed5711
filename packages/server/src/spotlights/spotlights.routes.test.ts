import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Person, person, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

describe('spotlights and what people gave', () => {
  let t: TestApp;
  let ines: Person;
  let marc: Person;
  let reader: Person;
  let spotlightId: string;
  const base = '/api/empathie/v1/spotlights';

  beforeAll(async () => {
    t = await createTestApp();
    ines = await person(t, 'ines');
    marc = await person(t, 'marc');
    reader = await person(t, 'reader');
  });
  afterAll(() => t.close());

  it('publishes a spotlight as a status that carries it, and tells the person', async () => {
    const made = await call(t, marc, 'POST', base, {
      account_id: ines.id,
      text: 'Suivez Inès : ses fils sur la sécurité en ligne ont aidé tout le quartier.',
    });
    expect(made.status).toBe(200);
    expect(made.body).toMatchObject({
      accepted: false,
      account: { id: ines.id },
      author: { id: marc.id },
    });
    spotlightId = made.body.id;
    const status = await call(t, reader, 'GET', `/api/v1/statuses/${made.body.status_id}`);
    expect(status.body.empathie.spotlight).toMatchObject({ id: spotlightId });
    const notes = (await call(t, ines, 'GET', '/api/v1/notifications')).body as Array<{
      type: string;
    }>;
    expect(notes.map((n) => n.type)).toContain('empathie.spotlight');
  });

  it('refuses a spotlight on oneself', async () => {
    const self = await call(t, marc, 'POST', base, { account_id: marc.id, text: 'Moi !' });
    expect(self.status).toBe(422);
  });

  it('shows it on the profile only once the person accepts it, and only she may', async () => {
    const before = await call(t, reader, 'GET', `/api/empathie/v1/accounts/${ines.id}/spotlights`);
    expect(before.body).toEqual([]);
    const own = await call(t, ines, 'GET', `/api/empathie/v1/accounts/${ines.id}/spotlights`);
    expect(own.body).toHaveLength(1);
    expect((await call(t, marc, 'POST', `${base}/${spotlightId}/accept`)).status).toBe(403);
    const accepted = await call(t, ines, 'POST', `${base}/${spotlightId}/accept`);
    expect(accepted.body.accepted).toBe(true);
    const after = await call(t, reader, 'GET', `/api/empathie/v1/accounts/${ines.id}/spotlights`);
    expect(after.body.map((s: { id: string }) => s.id)).toEqual([spotlightId]);
  });

  it("lists the week's spotlights, and forgets older ones", async () => {
    const week = await call(t, null, 'GET', `${base}?period=week`);
    expect(week.body.map((s: { id: string }) => s.id)).toEqual([spotlightId]);
    t.clock.advance(8 * 24 * 3_600_000);
    expect((await call(t, null, 'GET', `${base}?period=week`)).body).toEqual([]);
  });

  it('counts what a person gave rather than followers', async () => {
    const giving = await call(t, reader, 'GET', `/api/empathie/v1/accounts/${marc.id}/giving`);
    expect(giving.body).toEqual({ spotlights_given: 1, calls_joined: 0, support_sent: 0 });
  });
});
