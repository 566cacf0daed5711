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
import { createTestApp } from '../testing/test-app.ts';

// Direct conversations: grouped by who takes part, each participant's own, never anyone else's.

let t: TestApp;
let ana: Person;
let ben: Person;
let cleo: Person;
let nosy: Person;
beforeAll(async () => {
  t = await createTestApp();
  ana = await person(t, 'ana');
  ben = await person(t, 'ben');
  cleo = await person(t, 'cleo');
  nosy = await person(t, 'nosy');
  // Nosy follows everyone: following never opens a direct conversation.
  for (const p of [ana, ben, cleo]) await follow(t, nosy, p);
});
afterAll(() => t.close());

const list = async (who: Person) => (await call(t, who, 'GET', '/api/v1/conversations')).body;
const direct = (who: Person, text: string, extra: Record<string, unknown> = {}) =>
  post(t, who, text, { visibility: 'direct', ...extra });

describe('conversations', () => {
  it('group direct posts by participants, with the last status and unread', async () => {
    const first = (await direct(ana, '@ben coucou')).body.id;
    const reply = (await direct(ben, '@ana salut !', { in_reply_to_id: first })).body.id;
    const withCleo = (await direct(ana, '@ben @cleo on se voit ?')).body.id;
    // Not direct: no conversation.
    await post(t, ana, '@ben en public');
    await post(t, ana, '@ben entre abonné·es', { visibility: 'private' });

    const anas = await list(ana);
    expect(anas.map((c: { last_status: { id: string } }) => c.last_status.id)).toEqual([
      withCleo,
      reply,
    ]);
    const pair = anas[1];
    expect(pair.id).toBe(first);
    expect(pair.accounts.map((a: { id: string }) => a.id)).toEqual([ben.id]);
    // Ben wrote last: unread for Ana; Ana wrote the group message: read for her.
    expect(pair.unread).toBe(true);
    expect(anas[0].unread).toBe(false);
    expect(anas[0].accounts.map((a: { id: string }) => a.id).sort()).toEqual(
      [ben.id, cleo.id].sort(),
    );

    const bens = await list(ben);
    expect(bens).toHaveLength(2);
    expect(bens.find((c: { id: string }) => c.id === first).unread).toBe(false);
    const cleos = await list(cleo);
    expect(cleos.map((c: { last_status: { id: string } }) => c.last_status.id)).toEqual([withCleo]);
    expect(cleos[0].unread).toBe(true);
  });

  it('are read, marked read and removed by their participant only', async () => {
    const id = (await direct(ana, '@cleo juste nous')).body.id;
    const cleoConv = (await list(cleo)).find(
      (c: { last_status: { id: string } }) => c.last_status.id === id,
    );
    expect(cleoConv.unread).toBe(true);
    expect(await list(nosy)).toEqual([]);
    // Someone else's conversation id does not exist for them, whatever they try.
    expect((await call(t, nosy, 'POST', `/api/v1/conversations/${cleoConv.id}/read`)).status).toBe(
      404,
    );
    expect((await call(t, nosy, 'DELETE', `/api/v1/conversations/${cleoConv.id}`)).status).toBe(
      404,
    );
    expect((await call(t, ben, 'POST', `/api/v1/conversations/${cleoConv.id}/read`)).status).toBe(
      404,
    );
    expect((await call(t, null, 'GET', '/api/v1/conversations')).status).toBe(401);

    const read = await call(t, cleo, 'POST', `/api/v1/conversations/${cleoConv.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: cleoConv.id, unread: false });
    // Ana's view was untouched by Cleo reading hers.
    expect((await list(cleo)).find((c: { id: string }) => c.id === cleoConv.id).unread).toBe(false);

    expect((await call(t, cleo, 'DELETE', `/api/v1/conversations/${cleoConv.id}`)).status).toBe(
      200,
    );
    expect((await list(cleo)).some((c: { id: string }) => c.id === cleoConv.id)).toBe(false);
    expect(
      (await list(ana)).some((c: { last_status: { id: string } }) => c.last_status.id === id),
    ).toBe(true);
    // A new message brings it back, unread.
    const again = (await direct(ana, '@cleo tu es là ?')).body.id;
    const back = (await list(cleo)).find(
      (c: { last_status: { id: string } }) => c.last_status.id === again,
    );
    expect(back.unread).toBe(true);
  });

  it('never reach someone the author may not mention, and follow deletions and blocks', async () => {
    const dan = await person(t, 'dan');
    const eve = await person(t, 'eve');
    await block(t, eve, dan);
    // Eve blocks Dan: his message names her, yet she gets no conversation.
    const blocked = (await direct(dan, '@eve écoute-moi')).body.id;
    expect(await list(eve)).toEqual([]);

    const older = (await direct(dan, '@ana premier')).body.id;
    const newer = (await direct(dan, '@ana second')).body.id;
    expect(
      (await list(ana)).find((c: { last_status: { id: string } }) => c.last_status.id === newer),
    ).toBeTruthy();
    // The last message deleted: the one before it shows.
    await call(t, dan, 'DELETE', `/api/v1/statuses/${newer}`);
    expect(
      (await list(ana)).some((c: { last_status: { id: string } }) => c.last_status.id === older),
    ).toBe(true);
    // Ana blocks Dan: nothing of him shows in her conversations any more.
    await block(t, ana, dan);
    const anas = await list(ana);
    expect(
      anas.some(
        (c: { last_status: { account: { id: string } } }) => c.last_status.account.id === dan.id,
      ),
    ).toBe(false);
    expect(blocked).toBeTruthy();
  });
});
