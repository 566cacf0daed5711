import { Collection, Create, Note, PUBLIC_COLLECTION, Question, Update } from '@fedify/fedify';
import { Temporal } from '@js-temporal/polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, type Person, person, post, type TestApp } from '../../posts/people.fixture.ts';
import { createLogger } from '../../shared/logger.ts';
import { createTestApp } from '../../testing/test-app.ts';
import { createOutboundBridge } from '../outbound-bridge.ts';
import { OUTBOUND_QUEUE, type OutboundEvent } from '../outbound-events.ts';
import { localUris } from '../uri.ts';
import { inboxOf, offlineContext, type RemotePerson, remotePerson } from './inbox.fixture.ts';
import { pollOfQuestion } from './polls.handlers.ts';

/**
 * Polls across servers, as Mastodon exchanges them: a remote Question becomes a post with its poll
 * in our API, a remote person's vote Note counts once in our poll and is never a reply, a local
 * vote in a remote poll goes out as a Create(Note), and vote counts go out coalesced.
 */
let t: TestApp;
let alice: Person;
let bob: RemotePerson;
let inbox: ReturnType<typeof inboxOf>;
const uris = localUris('http://empathie.test');

beforeEach(async () => {
  t = await createTestApp();
  alice = await person(t, 'alice');
  bob = await remotePerson(t, 'bob', 'remote.example');
  inbox = inboxOf(t);
});
afterEach(() => t.close());

const HOUR = 3_600_000;

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

async function recorded(): Promise<Array<OutboundEvent & { runAt: string }>> {
  const rows = await t.database.db
    .selectFrom('jobs')
    .select(['payload', 'run_at'])
    .where('queue', '=', OUTBOUND_QUEUE)
    .execute();
  return rows.map((r) => ({ ...JSON.parse(r.payload), runAt: r.run_at }));
}

function bridge() {
  return createOutboundBridge({
    db: t.database.db,
    ids: () => 'x',
    logger: createLogger('silent'),
    uris,
    localDomain: 'empathie.test',
    context: () => {
      throw new Error('no sending in this test');
    },
  });
}

/** A vote Note from a remote person, as Mastodon writes it. */
function voteNote(voter: RemotePerson, target: string, name: string, n: number) {
  return new Note({
    id: new URL(`${voter.uri}#votes/${n}`),
    attribution: new URL(voter.uri),
    name,
    replyTarget: new URL(target),
    to: new URL('http://empathie.test/users/alice'),
  });
}

async function deliverVote(voter: RemotePerson, note: Note) {
  await inbox.posts.onCreate(
    offlineContext,
    new Create({
      id: new URL(`${note.id?.href}/activity`),
      actor: new URL(voter.uri),
      object: note,
    }),
    voter.uri,
  );
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

describe('a remote person voting in a local poll', () => {
  let pollPostUri: string;
  let statusId: string;
  let carol: RemotePerson;

  async function localPoll(multiple: boolean) {
    const created = await post(t, alice, 'Tea or coffee?', {
      poll: { options: ['Tea', 'Coffee', 'Water'], expires_in: 3600, multiple },
    });
    statusId = created.body.id;
    pollPostUri = `http://empathie.test/users/alice/statuses/${statusId}`;
    carol = await remotePerson(t, 'carol', 'other.example');
  }

  async function pollNow() {
    return (await call(t, alice, 'GET', `/api/v1/statuses/${statusId}`)).body;
  }

  it('counts once, is not a reply, and does not notify the author as a mention', async () => {
    await localPoll(false);
    await deliverVote(carol, voteNote(carol, pollPostUri, 'Coffee', 1));
    // A redelivery, and a second choice in a single-choice poll: nothing more.
    await deliverVote(carol, voteNote(carol, pollPostUri, 'Coffee', 1));
    await deliverVote(carol, voteNote(carol, pollPostUri, 'Tea', 2));
    await t.jobs.runDueJobs();
    const status = await pollNow();
    expect(status.replies_count).toBe(0);
    expect(status.poll).toMatchObject({
      voters_count: 1,
      options: [{ votes_count: 0 }, { votes_count: 1 }, { votes_count: 0 }],
    });
    const stored = await t.database.db
      .selectFrom('posts')
      .select('id')
      .where('account_id', '=', carol.id)
      .execute();
    expect(stored).toEqual([]);
    const notes = (await call(t, alice, 'GET', '/api/v1/notifications')).body as Array<{
      type: string;
    }>;
    expect(notes.filter((n) => n.type === 'mention')).toEqual([]);
  });

  it('takes each option once from one person in a multiple-choice poll', async () => {
    await localPoll(true);
    await deliverVote(carol, voteNote(carol, pollPostUri, 'Tea', 1));
    await deliverVote(carol, voteNote(carol, pollPostUri, 'Water', 2));
    await deliverVote(carol, voteNote(carol, pollPostUri, 'Water', 3));
    const status = await pollNow();
    expect(status.poll).toMatchObject({
      voters_count: 1,
      options: [{ votes_count: 1 }, { votes_count: 0 }, { votes_count: 1 }],
    });
  });

  it('ignores a name that is no option, and a vote from someone else’s account', async () => {
    await localPoll(false);
    await deliverVote(carol, voteNote(carol, pollPostUri, 'Beer', 1));
    const forged = voteNote(bob, pollPostUri, 'Tea', 2);
    await deliverVote(carol, forged);
    const status = await pollNow();
    expect(status.poll.voters_count).toBe(0);
    expect(status.replies_count).toBe(0);
  });

  it('takes no vote from someone who may not see the post: a non-follower, a blocked person', async () => {
    const created = await post(t, alice, 'Only for my followers', {
      visibility: 'private',
      poll: { options: ['Yes', 'No'], expires_in: 3600 },
    });
    const uri = `http://empathie.test/users/alice/statuses/${created.body.id}`;
    const stranger = await remotePerson(t, 'stranger', 'other.example');
    await deliverVote(stranger, voteNote(stranger, uri, 'Yes', 1));
    await localPoll(false);
    await call(t, alice, 'POST', `/api/v1/accounts/${carol.id}/block`);
    await deliverVote(carol, voteNote(carol, pollPostUri, 'Tea', 2));
    const [secret, open] = await Promise.all([
      call(t, alice, 'GET', `/api/v1/statuses/${created.body.id}`),
      pollNow(),
    ]);
    expect(secret.body.poll.voters_count).toBe(0);
    expect(open.poll.voters_count).toBe(0);
  });

  it('refuses votes once the poll has closed', async () => {
    await localPoll(false);
    const sent: OutboundEvent[] = [];
    t.jobs.register(OUTBOUND_QUEUE, async (event) => {
      sent.push(event as OutboundEvent);
    });
    t.clock.advance(2 * HOUR);
    await t.jobs.runDueJobs();
    await deliverVote(carol, voteNote(carol, pollPostUri, 'Tea', 1));
    const status = await pollNow();
    expect(status.poll).toMatchObject({ expired: true, voters_count: 0 });
    // The closing itself goes out at once, with the final counts.
    expect(sent.filter((e) => e.type === 'poll.updated')).toEqual([
      { type: 'poll.updated', postId: statusId },
    ]);
  });

  it('coalesces many votes into one Update(Question), sent to the remote voters too', async () => {
    await localPoll(false);
    const voters = [carol];
    for (const name of ['dan', 'erin', 'frank']) voters.push(await remotePerson(t, name));
    for (const [i, voter] of voters.entries()) {
      await deliverVote(voter, voteNote(voter, pollPostUri, i % 2 ? 'Tea' : 'Coffee', i));
    }
    const local = await person(t, 'gaby');
    await call(t, local, 'POST', `/api/v1/polls/${(await pollNow()).poll.id}/votes`, {
      choices: [2],
    });
    const updates = (await recorded()).filter((e) => e.type === 'poll.updated');
    expect(updates).toHaveLength(1);
    // A minute later, not at once: the votes of that minute go out together.
    expect(Date.parse(updates[0]?.runAt ?? '')).toBe(t.clock.now().getTime() + 60_000);
    const out = await bridge().outgoingFor(updates[0] as OutboundEvent);
    const json = (await out?.activity.toJsonLd({ format: 'compact' })) as Record<string, never>;
    expect(json.type).toBe('Update');
    expect(json.object).toMatchObject({
      type: 'Question',
      votersCount: 5,
      oneOf: [
        { name: 'Tea', replies: { totalItems: 2 } },
        { name: 'Coffee', replies: { totalItems: 2 } },
        { name: 'Water', replies: { totalItems: 1 } },
      ],
    });
    expect(out?.recipients.map((r) => r.id?.href).sort()).toEqual(voters.map((v) => v.uri).sort());
    // Once that job is taken, the next vote schedules the next Update.
    await t.database.db
      .updateTable('jobs')
      .set({ attempts: 1 })
      .where('queue', '=', OUTBOUND_QUEUE)
      .execute();
    const late = await remotePerson(t, 'hugo');
    await deliverVote(late, voteNote(late, pollPostUri, 'Tea', 9));
    expect((await recorded()).filter((e) => e.type === 'poll.updated')).toHaveLength(2);
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
