import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, type Person, person, post, type TestApp } from '../../posts/people.fixture.ts';
import { OUTBOUND_QUEUE, type OutboundEvent } from '../outbound-events.ts';
import { type RemotePerson, remotePerson } from './inbox.fixture.ts';
import { HOUR, type PollsWorld, pollsWorld, voteNote } from './polls.fixture.ts';

/**
 * Remote votes in our polls, as Mastodon sends them: a remote person's vote Note counts once in
 * our poll and is never a reply, and vote counts go out coalesced.
 */
let t: TestApp;
let alice: Person;
let bob: RemotePerson;
let recorded: PollsWorld['recorded'];
let bridge: PollsWorld['bridge'];
let deliverVote: PollsWorld['deliverVote'];

beforeEach(async () => {
  ({ t, alice, bob, recorded, bridge, deliverVote } = await pollsWorld());
});
afterEach(() => t.close());

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
