import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { notBlockedWith, readerNotMuting } from '../policy/relations.sql.ts';
import type { PostRow } from '../posts/posts.repository.ts';
import './tags.tables.ts';

/**
 * A public post carrying a hashtag reaches the home of each local person who follows that tag,
 * as on Mastodon: one INSERT … SELECT over `tag_follows_by_tag`, run by the fan-out job. Only
 * public posts (a followers-only or direct post never reaches a stranger this way), and never
 * from someone the reader blocks, is blocked by, or mutes (the policy's predicates). The home
 * page applies the visibility rule and mutes again when read, since either can come later.
 */
export async function fanOutToTagFollowers(db: Kysely<Database>, post: PostRow): Promise<void> {
  if (post.visibility !== 'public' || post.reblog_of_id !== null) return;
  await db
    .insertInto('home_feed')
    .columns(['account_id', 'post_id', 'author_id'])
    .expression((eb) =>
      eb
        .selectFrom('tag_follows as tf')
        .innerJoin('post_tags as pt', 'pt.tag_id', 'tf.tag_id')
        .innerJoin('accounts as a', 'a.id', 'tf.account_id')
        .select([
          'tf.account_id',
          eb.val(post.id).as('post_id'),
          eb.val(post.account_id).as('author_id'),
        ])
        .distinct()
        .where('pt.post_id', '=', post.id)
        .where('a.domain', 'is', null)
        .where('a.deleted_at', 'is', null)
        .where(notBlockedWith(post.account_id, 'tf.account_id'))
        .where(readerNotMuting('tf.account_id', post.account_id)),
    )
    .onConflict((oc) => oc.columns(['account_id', 'post_id']).doNothing())
    .execute();
}
