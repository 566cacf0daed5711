import { Create, Note } from '@fedify/fedify';
import { type Person, person, type TestApp } from '../../posts/people.fixture.ts';
import { createLogger } from '../../shared/logger.ts';
import { createTestApp } from '../../testing/test-app.ts';
import { createOutboundBridge } from '../outbound-bridge.ts';
import { OUTBOUND_QUEUE, type OutboundEvent } from '../outbound-events.ts';
import { localUris } from '../uri.ts';
import { inboxOf, offlineContext, type RemotePerson, remotePerson } from './inbox.fixture.ts';

/**
 * The setting of the tests of polls across servers: Alice here, Bob on remote.example, our inbox,
 * and what a vote or a poll change leaves in the outbound queue.
 */
export const HOUR = 3_600_000;

export interface PollsWorld {
  t: TestApp;
  alice: Person;
  bob: RemotePerson;
  inbox: ReturnType<typeof inboxOf>;
  /** The outbound events waiting in the job queue, with when each is due. */
  recorded(): Promise<Array<OutboundEvent & { runAt: string }>>;
  /** Turns an outbound event into the activity and recipients it would be sent as. */
  bridge(): ReturnType<typeof createOutboundBridge>;
  /** A vote Note delivered to our inbox by `voter`. */
  deliverVote(voter: RemotePerson, note: Note): Promise<void>;
}

const uris = localUris('http://empathie.test');

export async function pollsWorld(): Promise<PollsWorld> {
  const t = await createTestApp();
  const alice = await person(t, 'alice');
  const bob = await remotePerson(t, 'bob', 'remote.example');
  const inbox = inboxOf(t);

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

  return { t, alice, bob, inbox, recorded, bridge, deliverVote };
}

/** A vote Note from a remote person, as Mastodon writes it. */
export function voteNote(voter: RemotePerson, target: string, name: string, n: number) {
  return new Note({
    id: new URL(`${voter.uri}#votes/${n}`),
    attribution: new URL(voter.uri),
    name,
    replyTarget: new URL(target),
    to: new URL('http://empathie.test/users/alice'),
  });
}
