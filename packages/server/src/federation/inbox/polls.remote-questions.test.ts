import { Collection, Create, Note, PUBLIC_COLLECTION, Question, Update } from '@fedify/fedify';
import { Temporal } from '@js-temporal/polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, type Person, type TestApp } from '../../posts/people.fixture.ts';
import type { OutboundEvent } from '../outbound-events.ts';
import { type inboxOf, offlineContext, type RemotePerson, remotePerson } from './inbox.fixture.ts';
import { HOUR, type PollsWorld, pollsWorld, voteNote } from './polls.fixture.ts';
import { pollOfQuestion } from './polls.handlers.ts';

/**
 * Remote polls, as Mastodon sends them: a remote Question becomes a post with its poll in our API,
 * within bounds, and a local vote in a remote poll goes out as a Create(Note).
 */
let t: TestApp;
let alice: Person;
let bob: RemotePerson;
let inbox: ReturnType<typeof inboxOf>;
let recorded: PollsWorld['recorded'];
let bridge: PollsWorld['bridge'];
let deliverVote: PollsWorld['deliverVote'];

beforeEach(async () => {
  ({ t, alice, bob, inbox, recorded, bridge, deliverVote } = await pollsWorld());
});
afterEach(() => t.close());

function question(
  id: number,
  counts: number[],
  extra: Partial<ConstructorParameters<typeof Question>[0]> = {},
): Question {
  const options = ['Tea', 'Coffee'].map(
    (name, i) => new Note({ name, replies: new Collection({ totalItems: counts[i] ?? 0 }) }),
  );
  return new Question({
    id: new URL(`${bob.uri}/statuses/${id}`),
    attribution: new URL(bob.uri),
    content: '<p>Tea or coffee?</p>',
    to: PUBLIC_COLLECTION,
    cc: new URL(`${bob.uri}/followers`),
    exclusiveOptions: options,
    endTime: Temporal.Instant.fromEpochMilliseconds(t.clock.now().getTime() + 24 * HOUR),
    voters: counts.reduce((a, b) => a + b, 0),
    ...extra,
  });
}

async function deliver(activity: Create | Update) {
  if (activity instanceof Create) await inbox.posts.onCreate(offlineContext, activity, bob.uri);
  else await inbox.posts.onUpdate(offlineContext, activity, bob.id, bob.uri);
  await t.jobs.runDueJobs();
}

const createOf = (q: Question | Note) =>
  new Create({ id: new URL(`${q.id?.href}/activity`), actor: new URL(bob.uri), object: q });

async function statusOfUri(uri: string) {
  const row = await t.database.db
    .selectFrom('posts')
    .select('id')
    .where('uri', '=', uri)
    .executeTakeFirstOrThrow();
  return (await call(t, alice, 'GET', `/api/v1/statuses/${row.id}`)).body;
}

describe('a remote poll arriving', () => {
  beforeEach(async () => {
    await t.database.db
      .insertInto('follows')
      .values({
        id: '900',
        account_id: alice.id,
        target_account_id: bob.id,
        created_at: t.clock.now().toISOString(),
      } as never)
      .execute();
  });

  it('Create(Question) is a post with its poll, shown through the Mastodon API', async () => {
    await deliver(createOf(question(1, [3, 1])));
    const status = await statusOfUri(`${bob.uri}/statuses/1`);
    expect(status.content).toContain('Tea or coffee?');
    expect(status.poll).toMatchObject({
      multiple: false,
      expired: false,
      voters_count: 4,
      votes_count: 4,
      voted: false,
      options: [
        { title: 'Tea', votes_count: 3 },
        { title: 'Coffee', votes_count: 1 },
      ],
    });
    expect(status.poll.expires_at).toBe(
      new Date(t.clock.now().getTime() + 24 * HOUR).toISOString(),
    );
  });

  it('anyOf is a multiple-choice poll', async () => {
    const q = question(2, [0, 0]);
    const multi = q.clone({
      exclusiveOptions: [],
      inclusiveOptions: ['A', 'B', 'C'].map((name) => new Note({ name })),
    });
    await deliver(createOf(multi));
    const status = await statusOfUri(`${bob.uri}/statuses/2`);
    expect(status.poll.multiple).toBe(true);
    expect(status.poll.options.map((o: { title: string }) => o.title)).toEqual(['A', 'B', 'C']);
  });

  it('Update(Question) refreshes the counts and the end, and is no edit of the post', async () => {
    await deliver(createOf(question(3, [1, 0])));
    const closedAt = Temporal.Instant.fromEpochMilliseconds(t.clock.now().getTime() - 1000);
    await deliver(
      new Update({
        id: new URL(`${bob.uri}/statuses/3#updates/1`),
        actor: new URL(bob.uri),
        object: question(3, [5, 7], { closed: closedAt }),
      }),
    );
    const status = await statusOfUri(`${bob.uri}/statuses/3`);
    expect(status.edited_at).toBeNull();
    expect(status.poll).toMatchObject({
      expired: true,
      voters_count: 12,
      options: [{ votes_count: 5 }, { votes_count: 7 }],
    });
  });

  it('an Update of someone else’s Question changes nothing', async () => {
    await deliver(createOf(question(4, [1, 0])));
    const eve = await remotePerson(t, 'eve', 'remote.example');
    await inbox.posts.onUpdate(
      offlineContext,
      new Update({
        id: new URL(`${eve.uri}#u`),
        actor: new URL(eve.uri),
        object: question(4, [9, 9]),
      }),
      eve.id,
      eve.uri,
    );
    const status = await statusOfUri(`${bob.uri}/statuses/4`);
    expect(status.poll.voters_count).toBe(1);
  });

  it('a vote Note about a poll that is not ours is dropped, never stored as a reply', async () => {
    await deliver(createOf(question(6, [0, 0])));
    const carol = await remotePerson(t, 'carol', 'other.example');
    await deliverVote(carol, voteNote(carol, `${bob.uri}/statuses/6`, 'Tea', 1));
    const status = await statusOfUri(`${bob.uri}/statuses/6`);
    expect(status.replies_count).toBe(0);
    expect(status.poll.voters_count).toBe(0);
    const stored = await t.database.db
      .selectFrom('posts')
      .select('id')
      .where('account_id', '=', carol.id)
      .execute();
    expect(stored).toEqual([]);
  });

  it('a local vote in a remote poll is recorded and sends one Create(Note) per choice', async () => {
    await deliver(createOf(question(5, [0, 0])));
    const status = await statusOfUri(`${bob.uri}/statuses/5`);
    const voted = await call(t, alice, 'POST', `/api/v1/polls/${status.poll.id}/votes`, {
      choices: [1],
    });
    expect(voted.status).toBe(200);
    expect(voted.body).toMatchObject({ voted: true, own_votes: [1] });
    const events = (await recorded()).filter((e) => e.type === 'poll.voted');
    expect(events).toEqual([
      expect.objectContaining({ type: 'poll.voted', accountId: alice.id, choice: 1 }),
    ]);
    const out = await bridge().outgoingFor(events[0] as OutboundEvent);
    const json = (await out?.activity.toJsonLd({ format: 'compact' })) as Record<string, never>;
    expect(json.type).toBe('Create');
    expect(json.object).toMatchObject({
      type: 'Note',
      name: 'Coffee',
      inReplyTo: `${bob.uri}/statuses/5`,
      to: bob.uri,
    });
    expect(out?.recipients.map((r) => r.id?.href)).toEqual([bob.uri]);
    expect(out?.toFollowers).toBe(false);
  });
});

describe('what another server’s Question may make us store', () => {
  it('keeps 20 options at most, of 200 characters of text, counts bounded', async () => {
    const now = new Date('2026-11-01T10:00:00.000Z');
    const q = new Question({
      id: new URL('https://remote.example/users/bob/statuses/1'),
      exclusiveOptions: [
        new Note({
          name: '<3 \u0007 x'.padEnd(500, 'y'),
          replies: new Collection({ totalItems: 5e12 }),
        }),
        new URL('https://remote.example/options/not-embedded'),
        ...Array.from({ length: 30 }, (_, i) => new Note({ name: `option ${i}` })),
      ],
      closed: true,
    });
    const poll = await pollOfQuestion(q, now);
    expect(poll?.options).toHaveLength(20);
    expect(poll?.options[0]?.title).toHaveLength(200);
    expect(poll?.options[0]?.title.startsWith('<3   x')).toBe(true);
    expect(poll?.options[0]?.votesCount).toBe(1_000_000_000);
    expect(poll).toMatchObject({ multiple: false, closedAt: now.toISOString(), votersCount: null });
  });
});
