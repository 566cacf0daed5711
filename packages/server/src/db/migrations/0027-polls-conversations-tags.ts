import type { Kysely } from 'kysely';

/**
 * Polls on posts (options with their counters, the people who voted and what they chose), direct
 * conversations per participant, followed hashtags and the hashtags a person features on their
 * profile (Mastodon's polls, conversations, followed_tags and featured_tags).
 */
export const pollsConversationsTags = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('polls')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('post_id', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('multiple', 'integer', (c) => c.notNull())
      .addColumn('hide_totals', 'integer', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('voters_count', 'integer', (c) => c.notNull().defaultTo(0))
      // Set once the expiry job has told the voters and the author, so a rerun tells nobody twice.
      .addColumn('closed_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('poll_options')
      .addColumn('poll_id', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('votes_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('poll_options_pk', ['poll_id', 'position'])
      .execute();
    // One row per person who voted: claimed first, so a second vote set (even a concurrent one)
    // finds the row taken.
    await db.schema
      .createTable('poll_voters')
      .addColumn('poll_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('poll_voters_pk', ['poll_id', 'account_id'])
      .execute();
    await db.schema
      .createIndex('poll_voters_by_account')
      .on('poll_voters')
      .column('account_id')
      .execute();
    await db.schema
      .createTable('poll_votes')
      .addColumn('poll_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('choice', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('poll_votes_pk', ['poll_id', 'account_id', 'choice'])
      .execute();
    await db.schema
      .createIndex('poll_votes_by_account')
      .on('poll_votes')
      .column('account_id')
      .execute();

    // A person's view of a direct conversation: its id is the first post that started it for
    // them, so replaying the fan-out job writes the same row.
    await db.schema
      .createTable('conversations')
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      // The other participants' ids, sorted and comma-separated.
      .addColumn('participants_key', 'text', (c) => c.notNull())
      .addColumn('last_post_id', 'text', (c) => c.notNull())
      .addColumn('unread', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('conversations_pk', ['account_id', 'id'])
      .addUniqueConstraint('conversations_participants', ['account_id', 'participants_key'])
      .execute();
    await db.schema
      .createIndex('conversations_by_last_post')
      .on('conversations')
      .columns(['account_id', 'last_post_id'])
      .execute();
    await db.schema
      .createTable('conversation_posts')
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('conversation_id', 'text', (c) => c.notNull())
      .addColumn('post_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('conversation_posts_pk', [
        'account_id',
        'conversation_id',
        'post_id',
      ])
      .execute();

    await db.schema
      .createTable('tag_follows')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('tag_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('tag_follows_once', ['account_id', 'tag_id'])
      .execute();
    // The fan-out looks followers up by tag.
    await db.schema.createIndex('tag_follows_by_tag').on('tag_follows').column('tag_id').execute();
    await db.schema
      .createTable('featured_tags')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('tag_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('featured_tags_once', ['account_id', 'tag_id'])
      .execute();
  },
};
