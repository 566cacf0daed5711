import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { block, call, follow, type Person, person, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

interface Message {
  id: string;
  text: string;
  thanked: boolean;
  account: { id: string };
}

describe('support circles', () => {
  let t: TestApp;
  let nadia: Person;
  let ally: Person;
  let friend: Person;
  let other: Person;
  let stranger: Person;
  let volunteer: Person;
  let troll: Person;
  let circleId: string;
  const base = '/api/empathie/v1/circles';
  const types = async (who: Person) =>
    (
      (await call(t, who, 'GET', '/api/v1/notifications?limit=80')).body as Array<{ type: string }>
    ).map((n) => n.type);

  beforeAll(async () => {
    t = await createTestApp();
    nadia = await person(t, 'nadia');
    ally = await person(t, 'ally');
    friend = await person(t, 'friend');
    other = await person(t, 'other');
    stranger = await person(t, 'stranger');
    volunteer = await person(t, 'volunteer');
    troll = await person(t, 'troll');
    for (const p of [ally, friend, other, troll]) await follow(t, p, nadia);
    await block(t, nadia, troll);
    await t.database.db
      .insertInto('allies')
      .values({
        id: '900000000000000001',
        owner_id: nadia.id,
        ally_id: ally.id,
        permissions: 'review',
        state: 'active',
        created_at: t.clock.now().toISOString(),
        responded_at: t.clock.now().toISOString(),
      })
      .execute();
  });
  afterAll(() => t.close());

  it('is opened by an ally with the right, never by anyone else for the person', async () => {
    expect((await call(t, friend, 'POST', base, { for_account_id: nadia.id })).status).toBe(403);
    const opened = await call(t, ally, 'POST', base, { for_account_id: nadia.id });
    expect(opened.status).toBe(200);
    circleId = opened.body.id;
    // Opening again gives the same open circle.
    const again = await call(t, nadia, 'POST', base, { for_account_id: nadia.id });
    expect(again.body).toMatchObject({ id: circleId, is_mine: true, supporters_count: 0 });
  });

  it('asks the followers to write, once each, never the blocked ones', async () => {
    await t.jobs.runDueJobs();
    await t.jobs.enqueue('circles.invite', { circleId });
    await t.jobs.runDueJobs();
    for (const p of [friend, other]) {
      expect((await types(p)).filter((x) => x === 'empathie.circle.request')).toHaveLength(1);
    }
    expect(await types(stranger)).not.toContain('empathie.circle.request');
  });

  it('refuses a hurtful "support" message with the coach’s findings, and nadia never sees it', async () => {
    const hurtful = await call(t, friend, 'POST', `${base}/${circleId}/messages`, {
      text: 'Arrête de pleurer, espèce d’idiote, tu l’as bien cherché',
    });
    expect(hurtful.status).toBe(422);
    expect(hurtful.body.error).toBe('validation_failed');
    expect(
      hurtful.body.details.coach.attributes.length +
        hurtful.body.details.coach.finding_kinds.length,
    ).toBeGreaterThan(0);
    expect(hurtful.body.details.coach.scaffold).toHaveProperty('request');
    const seen = (await call(t, nadia, 'GET', `${base}/${circleId}/messages`)).body as Message[];
    expect(seen).toEqual([]);
    expect(await types(nadia)).not.toContain('empathie.circle.message');
  });

  it('lets kind messages reach the person, who sees them all and how many stand with her', async () => {
    const kind = await call(t, friend, 'POST', `${base}/${circleId}/messages`, {
      text: 'Je suis avec toi, tu n’es pas seule. Prends soin de toi.',
    });
    expect(kind.status).toBe(200);
    await call(t, other, 'POST', `${base}/${circleId}/messages`, {
      text: 'Thinking of you, and here if you need anything.',
    });
    const all = (await call(t, nadia, 'GET', `${base}/${circleId}/messages`)).body as Message[];
    expect(all.map((m) => m.account.id).sort()).toEqual([friend.id, other.id].sort());
    const circle = await call(t, nadia, 'GET', `${base}/${circleId}`);
    expect(circle.body).toMatchObject({ supporters_count: 2, messages_count: 2 });
    expect((await types(nadia)).filter((x) => x === 'empathie.circle.message')).toHaveLength(2);
  });

  it('shows each writer only their own messages, and nothing to strangers or blocked people', async () => {
    const own = (await call(t, friend, 'GET', `${base}/${circleId}/messages`)).body as Message[];
    expect(own.map((m) => m.account.id)).toEqual([friend.id]);
    const asWriter = await call(t, friend, 'GET', `${base}/${circleId}`);
    expect(asWriter.body.supporters_count).toBeNull();
    expect((await call(t, stranger, 'GET', `${base}/${circleId}/messages`)).status).toBe(404);
    expect((await call(t, stranger, 'GET', `${base}/${circleId}`)).status).toBe(404);
    expect((await call(t, troll, 'GET', `${base}/${circleId}/messages`)).status).toBe(404);
    const trollWrites = await call(t, troll, 'POST', `${base}/${circleId}/messages`, {
      text: 'coucou',
    });
    expect(trollWrites.status).toBe(404);
    expect(
      (await call(t, stranger, 'POST', `${base}/${circleId}/messages`, { text: 'Courage !' }))
        .status,
    ).toBe(404);
  });

  it('lets the person accept a volunteer who does not follow her', async () => {
    expect(
      (await call(t, friend, 'POST', `${base}/${circleId}/members`, { account_id: volunteer.id }))
        .status,
    ).toBe(403);
    await call(t, nadia, 'POST', `${base}/${circleId}/members`, { account_id: volunteer.id });
    const found = await call(t, volunteer, 'GET', `${base}?for_account_id=${nadia.id}`);
    expect(found.body).toMatchObject({ id: circleId, can_write: true });
    expect(
      (
        await call(t, volunteer, 'POST', `${base}/${circleId}/messages`, {
          text: 'Je pense fort à toi.',
        })
      ).status,
    ).toBe(200);
  });

  it('lets the person thank a writer, and only the person', async () => {
    const [first] = (await call(t, nadia, 'GET', `${base}/${circleId}/messages`)).body as Message[];
    const id = first?.id ?? '';
    expect((await call(t, friend, 'POST', `${base}/${circleId}/messages/${id}/thank`)).status).toBe(
      403,
    );
    const thanked = await call(t, nadia, 'POST', `${base}/${circleId}/messages/${id}/thank`);
    expect(thanked.body.thanked).toBe(true);
    expect(await types(volunteer)).toContain('empathie.circle.thanks');
  });

  it('closes, by the person only, and then takes no more messages', async () => {
    expect((await call(t, ally, 'POST', `${base}/${circleId}/close`)).status).toBe(403);
    const closed = await call(t, nadia, 'POST', `${base}/${circleId}/close`);
    expect(closed.body.state).toBe('closed');
    const late = await call(t, friend, 'POST', `${base}/${circleId}/messages`, { text: 'Courage' });
    expect(late.status).toBe(409);
  });

  it('is offered inside the shield’s one notice, never as a second notification', async () => {
    await t.events.publish({ type: 'shield.switched_on', accountId: nadia.id });
    expect(await types(nadia)).not.toContain('empathie.circle.suggested');
  });
});
