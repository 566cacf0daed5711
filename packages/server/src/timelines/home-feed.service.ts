import type { Kysely } from 'kysely';
import { recordDirectPost } from '../conversations/conversations.repository.ts';
import type { Database } from '../db/schema.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { visibleTo } from '../policy/visibility.ts';
import type { PostRow } from '../posts/posts.repository.ts';
import type { EventBus } from '../shared/events.ts';
import { fanOutToTagFollowers } from '../tags/tag-fanout.ts';

/**
 * The home timeline is built by fan-out on write, like Mastodon: when a post is created, a row
 * (reader, post) is written into `home_feed` for each local reader who should see it. Reading a
 * home page is then one index range scan on `home_feed (account_id, post_id)` joined to posts by
 * primary key, so a page costs the same with a thousand posts or a hundred million, and the
 * expensive part (one insert per follower) runs in a background job, off the request path.
 * The author's own row is written at once so they see their post immediately.
 */
export const FANOUT_QUEUE = 'home_feed.fanout';
export const BACKFILL_QUEUE = 'home_feed.backfill';
/** How many recent posts of a newly followed account appear in the follower's home. */
export const BACKFILL_SIZE = 40;

export type HomeFeedService = ReturnType<typeof createHomeFeedService>;

export function createHomeFeedService(deps: {
  db: Kysely<Database>;
  jobs: JobQueue;
  events: EventBus;
}) {
  const { db, jobs, events } = deps;

  async function fanOut(postId: string): Promise<void> {
    const post = await db
      .selectFrom('posts')
      .selectAll()
      .where('id', '=', postId)
      .executeTakeFirst();
    if (!post) return; // deleted before the job ran
    if (post.visibility === 'direct') {
      // Direct posts reach only the local people they mention.
      await db
        .insertInto('home_feed')
        .columns(['account_id', 'post_id', 'author_id'])
        .expression((eb) =>
          eb
            .selectFrom('mentions as m')
            .innerJoin('accounts as a', 'a.id', 'm.account_id')
            .select([
              'm.account_id',
              eb.val(post.id).as('post_id'),
              eb.val(post.account_id).as('author_id'),
            ])
            .where('m.post_id', '=', post.id)
            .where('a.domain', 'is', null),
        )
        .onConflict((oc) => oc.columns(['account_id', 'post_id']).doNothing())
        .execute();
      // Each participant's conversation (`conversations/`), in the same durable job.
      await recordDirectPost(db, post);
      return;
    }
    const repliesElsewhere =
      post.in_reply_to_account_id !== null && post.in_reply_to_account_id !== post.account_id
        ? post.in_reply_to_account_id
        : null;
    await db
      .insertInto('home_feed')
      .columns(['account_id', 'post_id', 'author_id'])
      .expression((eb) => {
        let followers = eb
          .selectFrom('follows as f')
          .innerJoin('accounts as a', 'a.id', 'f.account_id')
          .select([
            'f.account_id',
            eb.val(post.id).as('post_id'),
            eb.val(post.account_id).as('author_id'),
          ])
          .where('f.target_account_id', '=', post.account_id)
          .where('a.domain', 'is', null);
        if (repliesElsewhere) {
          // Like Mastodon: a reply to someone else reaches only followers who follow them too.
          followers = followers.where(({ exists, selectFrom }) =>
            exists(
              selectFrom('follows as f2')
                .select('f2.id')
                .whereRef('f2.account_id', '=', 'f.account_id')
                .where('f2.target_account_id', '=', repliesElsewhere),
            ),
          );
        }
        return followers;
      })
      .onConflict((oc) => oc.columns(['account_id', 'post_id']).doNothing())
      .execute();
    // Followers of the post's hashtags, if it is public (`tags/tag-fanout.ts`).
    await fanOutToTagFollowers(db, post);
  }

  async function backfill(followerId: string, targetId: string): Promise<void> {
    await db
      .insertInto('home_feed')
      .columns(['account_id', 'post_id', 'author_id'])
      .expression((eb) =>
        eb
          .selectFrom('posts as p')
          .select([eb.val(followerId).as('account_id'), 'p.id', 'p.account_id'])
          .where('p.account_id', '=', targetId)
          .where(visibleTo(followerId, 'p'))
          .orderBy('p.id', 'desc')
          .limit(BACKFILL_SIZE),
      )
      .onConflict((oc) => oc.columns(['account_id', 'post_id']).doNothing())
      .execute();
  }

  async function removeAuthor(readerId: string, authorId: string): Promise<void> {
    await db
      .deleteFrom('home_feed')
      .where('account_id', '=', readerId)
      .where('author_id', '=', authorId)
      .execute();
  }

  jobs.register(FANOUT_QUEUE, async (payload) => {
    const { postId } = payload as { postId: string };
    await fanOut(postId);
    // Live home timelines (streaming) follow the rows just written.
    await events.publish({ type: 'home_feed.delivered', postId });
  });
  jobs.register(BACKFILL_QUEUE, async (payload) => {
    const p = payload as { followerId: string; targetId: string };
    await backfill(p.followerId, p.targetId);
  });

  events.subscribe('follow.created', async (e) => {
    await jobs.enqueue(BACKFILL_QUEUE, { followerId: e.followerId, targetId: e.targetId });
  });
  events.subscribe('follow.removed', (e) => removeAuthor(e.followerId, e.targetId));
  events.subscribe('block.created', async (e) => {
    await removeAuthor(e.accountId, e.targetId);
    await removeAuthor(e.targetId, e.accountId);
  });

  return {
    /**
     * Called by the posts service inside the creating transaction: the author's row and the
     * fan-out job commit together with the post.
     */
    async postCreated(post: PostRow, trx: Kysely<Database>): Promise<void> {
      await trx
        .insertInto('home_feed')
        .values({ account_id: post.account_id, post_id: post.id, author_id: post.account_id })
        .onConflict((oc) => oc.columns(['account_id', 'post_id']).doNothing())
        .execute();
      await jobs.enqueue(FANOUT_QUEUE, { postId: post.id }, undefined, trx);
    },
    fanOut,
    backfill,
    removeAuthor,
  };
}
