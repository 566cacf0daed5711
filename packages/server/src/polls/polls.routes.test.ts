import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  block,
  call,
  follow,
  type Person,
  person,
  post,
  type Reply,
  type TestApp,
} from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

// Polls as Mastodon apps use them: written with a post, read with it or alone, voted once by
// the people who may see the post, closed by a durable job that tells voters and author.

let t: TestApp;
let author: Person;
let reader: Person;
let other: Person;
let stranger: Person;
beforeAll(async () => {
  t = await createTestApp();
  author = await person(t, 'author');
  reader = await person(t, 'reader');
  other = await person(t, 'other');
  stranger = await person(t, 'stranger');
  await follow(t, reader, author);
  await follow(t, other, author);
});
afterAll(() => t.close());

const poll = (extra: Record<string, unknown> = {}) => ({
  options: ['Thé', 'Café', 'Chocolat'],
  expires_in: 3600,
  ...extra,
});

async function form(
  who: Person,
  path: string,
  fields: Array<[string, string]>,
  lang = 'fr',
): Promise<Pick<Reply, 'status' | 'body'>> {
  const res = await t.app.request(path, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${who.token}`,
      'content-type': 'application/x-www-form-urlencoded',
      'accept-language': lang,
    },
    body: new URLSearchParams(fields).toString(),
  });
  await t.jobs.runDueJobs();
  return { status: res.status, body: await res.json() };
}

describe('writing a poll', () => {
  it('comes with the post, from JSON or a form, in Mastodon’s shape', async () => {
    const json = await post(t, author, 'Que buvez-vous ?', { poll: poll({ multiple: true }) });
    expect(json.status).toBe(200);
    expect(json.body.poll).toMatchObject({
      expired: false,
      multiple: true,
      votes_count: 0,
      voters_count: 0,
      options: [
        { title: 'Thé', votes_count: 0 },
        { title: 'Café', votes_count: 0 },
        { title: 'Chocolat', votes_count: 0 },
      ],
      emojis: [],
      voted: true,
      own_votes: [],
    });
    expect(json.body.poll.expires_at).toBe(
      new Date(t.clock.now().getTime() + 3_600_000).toISOString(),
    );

    const sent = await form(author, '/api/v1/statuses', [
      ['status', 'Et vous ?'],
      ['poll[options][]', 'Oui'],
      ['poll[options][]', 'Non'],
      ['poll[expires_in]', '300'],
      ['poll[hide_totals]', 'true'],
    ]);
    expect(sent.status).toBe(200);
    expect(sent.body.poll).toMatchObject({
      multiple: false,
      options: [{ title: 'Oui' }, { title: 'Non' }],
    });
    // Hidden totals: the counts per option stay null until the end.
    expect(sent.body.poll.options[0].votes_count).toBeNull();
    const alone = await call(t, null, 'GET', `/api/v1/polls/${sent.body.poll.id}`);
    expect(alone.status).toBe(200);
    expect(alone.body.id).toBe(sent.body.poll.id);
    expect(alone.body).not.toHaveProperty('voted');
  });

  it('is refused with a clear message in the request’s language when it breaks a rule', async () => {
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [poll({ options: ['Seul'] }), 'options_count', /de 2 à 4 choix/],
      [poll({ options: ['a', 'b', 'c', 'd', 'e'] }), 'options_count', /de 2 à 4 choix/],
      [poll({ options: ['a', 'x'.repeat(51)] }), 'option_too_long', /50 caractères/],
      [poll({ options: ['a', '  '] }), 'option_empty', /vide/],
      [poll({ options: ['Oui', 'oui'] }), 'option_duplicate', /deux fois/],
      [poll({ expires_in: 299 }), 'expiry', /5 minutes à 30 jours/],
      [poll({ expires_in: 30 * 86400 + 1 }), 'expiry', /5 minutes à 30 jours/],
    ];
    for (const [p, reason, message] of cases) {
      const res = await call(
        t,
        author,
        'POST',
        '/api/v1/statuses',
        { status: 'Sondage', poll: p },
        {
          'accept-language': 'fr',
        },
      );
      expect({ reason, status: res.status, error: res.body.error }).toEqual({
        reason,
        status: 422,
        error: 'validation_failed',
      });
      expect(res.body.error_description).toMatch(message);
      expect(res.body.details).toMatchObject({ field: 'poll', reason });
    }
    const english = await call(
      t,
      author,
      'POST',
      '/api/v1/statuses',
      {
        status: 'Poll',
        poll: poll({ options: ['only'] }),
      },
      { 'accept-language': 'en' },
    );
    expect(english.body.error_description).toMatch(/A poll offers 2 to 4 choices/);
    // Nothing was published by the refused requests.
    const mine = await call(t, author, 'GET', `/api/v1/accounts/${author.id}/statuses`);
    expect(mine.body.some((s: { content: string }) => s.content.includes('Sondage'))).toBe(false);
    // Images or a poll, never both (as on Mastodon), whatever the images are.
    const both = await call(t, author, 'POST', '/api/v1/statuses', {
      status: 'Les deux',
      poll: poll(),
      media_ids: ['123456789012345678'],
    });
    expect(both.status).toBe(422);
    expect(both.body.details).toMatchObject({ field: 'poll' });
    // A held (scheduled) post cannot carry a poll yet: refused, never published without it.
    const held = await call(t, author, 'POST', '/api/v1/statuses', {
      status: 'Plus tard',
      poll: poll(),
      scheduled_at: new Date(t.clock.now().getTime() + 86_400_000).toISOString(),
    });
    expect(held.status).toBe(422);
  });
});

describe('voting', () => {
  it('counts one vote set per person and shows each their own votes', async () => {
    const single = (await post(t, author, 'Un seul choix', { poll: poll() })).body.poll.id;
    const vote = (who: Person, id: string, choices: unknown) =>
      call(t, who, 'POST', `/api/v1/polls/${id}/votes`, { choices });

    const voted = await vote(reader, single, [1]);
    expect(voted.status).toBe(200);
    expect(voted.body).toMatchObject({
      voted: true,
      own_votes: [1],
      votes_count: 1,
      voters_count: 1,
    });
    expect(voted.body.options.map((o: { votes_count: number }) => o.votes_count)).toEqual([
      0, 1, 0,
    ]);

    const again = await vote(reader, single, [0]);
    expect(again.status).toBe(422);
    expect(again.body.details.reason).toBe('already_voted');
    expect((await vote(other, single, [0, 1])).body.details.reason).toBe('one_choice');
    expect((await vote(other, single, [])).body.details.reason).toBe('no_choice');
    expect((await vote(other, single, [3])).body.details.reason).toBe('unknown_choice');
    expect((await vote(author, single, [0])).body.details.reason).toBe('own_poll');
    expect((await vote(other, single, ['x'])).status).toBe(422);
    expect(
      (await call(t, null, 'POST', `/api/v1/polls/${single}/votes`, { choices: [0] })).status,
    ).toBe(401);

    // By form, as many apps send it.
    const byForm = await form(other, `/api/v1/polls/${single}/votes`, [['choices[]', '2']]);
    expect(byForm.body).toMatchObject({ own_votes: [2], voters_count: 2 });

    const multiple = (await post(t, author, 'Plusieurs', { poll: poll({ multiple: true }) })).body
      .poll.id;
    const many = await vote(reader, multiple, [0, 2, 2]);
    expect(many.body).toMatchObject({ own_votes: [0, 2], votes_count: 2, voters_count: 1 });

    // In a timeline each reader sees their own votes; the author sees `voted`.
    const home = async (who: Person) =>
      (await call(t, who, 'GET', '/api/v1/timelines/home')).body.find(
        (s: { poll: { id: string } | null }) => s.poll?.id === single,
      ).poll;
    expect(await home(reader)).toMatchObject({ voted: true, own_votes: [1] });
    expect(await home(other)).toMatchObject({ voted: true, own_votes: [2] });
    expect(await home(author)).toMatchObject({ voted: true, own_votes: [] });
  });

  it('ends at its time: no more votes, totals shown, voters and author notified once', async () => {
    const created = await post(t, author, 'Vite !', {
      poll: poll({ expires_in: 300, hide_totals: true }),
    });
    const id = created.body.poll.id;
    await call(t, reader, 'POST', `/api/v1/polls/${id}/votes`, { choices: [0] });
    const before = await call(t, reader, 'GET', `/api/v1/polls/${id}`);
    expect(before.body.options[0].votes_count).toBeNull();

    t.clock.advance(301_000);
    await t.jobs.runDueJobs();
    await t.jobs.runDueJobs();
    const after = await call(t, reader, 'GET', `/api/v1/polls/${id}`);
    expect(after.body).toMatchObject({ expired: true });
    expect(after.body.options[0].votes_count).toBe(1);
    const late = await call(
      t,
      other,
      'POST',
      `/api/v1/polls/${id}/votes`,
      { choices: [1] },
      {
        'accept-language': 'en',
      },
    );
    expect(late.status).toBe(422);
    expect(late.body.error_description).toMatch(/ended/);

    const pollNotes = async (who: Person) =>
      (await call(t, who, 'GET', '/api/v1/notifications?types[]=poll')).body.filter(
        (n: { type: string; status: { id: string } }) =>
          n.type === 'poll' && n.status.id === created.body.id,
      );
    expect(await pollNotes(reader)).toHaveLength(1);
    expect(await pollNotes(author)).toHaveLength(1);
    expect((await pollNotes(author))[0].account.id).toBe(author.id);
    // Someone who did not vote hears nothing.
    expect(await pollNotes(other)).toHaveLength(0);
  });

  it('resets its votes when the author changes the options, as Mastodon does', async () => {
    const created = await post(t, author, 'Avant', { poll: poll() });
    const id = created.body.poll.id;
    await call(t, reader, 'POST', `/api/v1/polls/${id}/votes`, { choices: [0] });
    // Words edited, poll left out: the poll and its votes stay.
    const wordsOnly = await call(t, author, 'PUT', `/api/v1/statuses/${created.body.id}`, {
      status: 'Après',
    });
    expect(wordsOnly.body.poll).toMatchObject({ id, voters_count: 1 });
    // Same options again: votes stay too.
    const same = await call(t, author, 'PUT', `/api/v1/statuses/${created.body.id}`, {
      status: 'Après',
      poll: poll(),
    });
    expect(same.body.poll.voters_count).toBe(1);
    const edited = await call(t, author, 'PUT', `/api/v1/statuses/${created.body.id}`, {
      status: 'Après',
      poll: poll({ options: ['Eau', 'Jus'] }),
    });
    expect(edited.status).toBe(200);
    expect(edited.body.poll).toMatchObject({
      id,
      voters_count: 0,
      votes_count: 0,
      options: [{ title: 'Eau' }, { title: 'Jus' }],
    });
    const readerView = await call(t, reader, 'GET', `/api/v1/polls/${id}`);
    expect(readerView.body).toMatchObject({ voted: false, own_votes: [] });
    expect(
      (await call(t, reader, 'POST', `/api/v1/polls/${id}/votes`, { choices: [1] })).status,
    ).toBe(200);
    const refused = await call(t, author, 'PUT', `/api/v1/statuses/${created.body.id}`, {
      poll: poll({ options: ['Un'] }),
    });
    expect(refused.status).toBe(422);
  });

  it('goes with its post when the post is deleted', async () => {
    const created = await post(t, author, 'Éphémère', { poll: poll() });
    await call(t, author, 'DELETE', `/api/v1/statuses/${created.body.id}`);
    expect((await call(t, author, 'GET', `/api/v1/polls/${created.body.poll.id}`)).status).toBe(
      404,
    );
    const rows = await t.database.db
      .selectFrom('polls')
      .select('id')
      .where('post_id', '=', created.body.id)
      .execute();
    expect(rows).toEqual([]);
  });
});

describe('who may read and vote', () => {
  it('follows the post’s visibility: outsiders neither read nor vote (404, never 403)', async () => {
    const mentioned = await person(t, 'mentioned');
    const blocked = await person(t, 'blocked');
    await follow(t, blocked, author);
    await block(t, author, blocked);
    const privatePoll = (
      await post(t, author, 'Abonné·es seulement', { visibility: 'private', poll: poll() })
    ).body.poll.id;
    const directPoll = (
      await post(t, author, '@mentioned rien que toi', { visibility: 'direct', poll: poll() })
    ).body.poll.id;
    const publicPoll = (await post(t, author, 'Tout le monde', { poll: poll() })).body.poll.id;
    const read = async (who: Person | null, id: string) =>
      (await call(t, who, 'GET', `/api/v1/polls/${id}`)).status;
    const vote = async (who: Person, id: string) =>
      (await call(t, who, 'POST', `/api/v1/polls/${id}/votes`, { choices: [0] })).status;

    expect({
      private: [
        await read(stranger, privatePoll),
        await read(null, privatePoll),
        await read(mentioned, privatePoll),
      ],
      direct: [
        await read(stranger, directPoll),
        await read(reader, directPoll),
        await read(null, directPoll),
      ],
      blocked: [await read(blocked, publicPoll), await read(blocked, privatePoll)],
    }).toEqual({ private: [404, 404, 404], direct: [404, 404, 404], blocked: [404, 404] });
    expect({
      private: [await vote(stranger, privatePoll), await vote(mentioned, privatePoll)],
      direct: [await vote(stranger, directPoll), await vote(reader, directPoll)],
      blocked: await vote(blocked, publicPoll),
    }).toEqual({ private: [404, 404], direct: [404, 404], blocked: 404 });
    // Nothing was counted by the refused attempts.
    expect((await call(t, author, 'GET', `/api/v1/polls/${privatePoll}`)).body.voters_count).toBe(
      0,
    );

    expect(await vote(reader, privatePoll)).toBe(200);
    expect(await vote(mentioned, directPoll)).toBe(200);
    expect(await vote(stranger, publicPoll)).toBe(200);
  });
});
