import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.ts';

/** Accounts, posts, relationships, timelines, notifications, search and jobs. */
export function socialCore(dialect: Dialect) {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('instance_settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('accounts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('username', 'text', (c) => c.notNull())
        .addColumn('username_key', 'text', (c) => c.notNull())
        .addColumn('domain', 'text')
        .addColumn('uri', 'text', (c) => c.notNull().unique())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('display_name', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('intention', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('locked', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('bot', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('discoverable', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('followers_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('following_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('statuses_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_status_at', 'text')
        .addColumn('inbox_url', 'text')
        .addColumn('shared_inbox_url', 'text')
        .addColumn('public_key_pem', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // NULL domains (local accounts) are distinct in unique indexes, hence the coalesce.
      await sql`create unique index accounts_username_domain on accounts (username_key, coalesce(domain, ''))`.execute(
        db,
      );

      await db.schema
        .createTable('users')
        .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.id'))
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('email_key', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().defaultTo('user'))
        .addColumn('approved', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('sign_up_reason', 'text')
        .addColumn('invite_id', 'text')
        .addColumn('ui_language', 'text', (c) => c.notNull().defaultTo('en'))
        .addColumn('default_visibility', 'text', (c) => c.notNull().defaultTo('public'))
        .addColumn('default_language', 'text')
        .addColumn('default_sensitive', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('access_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('scopes', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema
        .createIndex('access_tokens_account')
        .on('access_tokens')
        .column('account_id')
        .execute();

      await db.schema
        .createTable('invites')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('created_by', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('max_uses', 'integer')
        .addColumn('uses', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('expires_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      for (const table of ['follows', 'follow_requests', 'blocks', 'mutes']) {
        let builder = db.schema
          .createTable(table)
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
          .addColumn('target_account_id', 'text', (c) => c.notNull().references('accounts.id'))
          .addColumn('created_at', 'text', (c) => c.notNull());
        if (table === 'mutes') {
          builder = builder.addColumn('hide_notifications', 'integer', (c) =>
            c.notNull().defaultTo(1),
          );
        }
        await builder
          .addUniqueConstraint(`${table}_pair`, ['account_id', 'target_account_id'])
          .execute();
        await db.schema
          .createIndex(`${table}_by_account`)
          .on(table)
          .columns(['account_id', 'id'])
          .execute();
        await db.schema
          .createIndex(`${table}_by_target`)
          .on(table)
          .columns(['target_account_id', 'id'])
          .execute();
      }

      await db.schema
        .createTable('posts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('uri', 'text', (c) => c.notNull().unique())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('content_html', 'text', (c) => c.notNull())
        .addColumn('spoiler_text', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('sensitive', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('visibility', 'text', (c) => c.notNull())
        .addColumn('language', 'text')
        .addColumn('in_reply_to_id', 'text')
        .addColumn('in_reply_to_account_id', 'text')
        .addColumn('reblog_of_id', 'text')
        .addColumn('thread_root_id', 'text')
        .addColumn('local', 'integer', (c) => c.notNull())
        .addColumn('replies_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('reblogs_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('favourites_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('edited_at', 'text')
        .execute();
      await db.schema
        .createIndex('posts_by_account')
        .on('posts')
        .columns(['account_id', 'id'])
        .execute();
      await db.schema
        .createIndex('posts_by_reply')
        .on('posts')
        .columns(['in_reply_to_id', 'id'])
        .execute();
      await db.schema
        .createIndex('posts_by_reblog')
        .on('posts')
        .columns(['reblog_of_id', 'account_id'])
        .execute();
      await db.schema
        .createIndex('posts_by_thread')
        .on('posts')
        .columns(['thread_root_id', 'id'])
        .execute();
      await db.schema
        .createIndex('posts_local_timeline')
        .on('posts')
        .columns(['local', 'visibility', 'id'])
        .execute();

      await db.schema
        .createTable('post_edits')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('post_id', 'text', (c) => c.notNull().references('posts.id').onDelete('cascade'))
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('content_html', 'text', (c) => c.notNull())
        .addColumn('spoiler_text', 'text', (c) => c.notNull())
        .addColumn('sensitive', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('post_edits_by_post')
        .on('post_edits')
        .columns(['post_id', 'id'])
        .execute();

      await db.schema
        .createTable('mentions')
        .addColumn('post_id', 'text', (c) => c.notNull().references('posts.id').onDelete('cascade'))
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addPrimaryKeyConstraint('mentions_pk', ['post_id', 'account_id'])
        .execute();
      await db.schema
        .createIndex('mentions_by_account')
        .on('mentions')
        .columns(['account_id', 'post_id'])
        .execute();

      await db.schema
        .createTable('tags')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('post_tags')
        .addColumn('post_id', 'text', (c) => c.notNull().references('posts.id').onDelete('cascade'))
        .addColumn('tag_id', 'text', (c) => c.notNull().references('tags.id'))
        .addPrimaryKeyConstraint('post_tags_pk', ['tag_id', 'post_id'])
        .execute();
      await db.schema.createIndex('post_tags_by_post').on('post_tags').column('post_id').execute();

      await db.schema
        .createTable('favourites')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('post_id', 'text', (c) => c.notNull().references('posts.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('favourites_pair', ['account_id', 'post_id'])
        .execute();
      await db.schema
        .createIndex('favourites_by_post')
        .on('favourites')
        .columns(['post_id', 'id'])
        .execute();
      await db.schema
        .createIndex('favourites_by_account')
        .on('favourites')
        .columns(['account_id', 'id'])
        .execute();

      await db.schema
        .createTable('home_feed')
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('post_id', 'text', (c) => c.notNull())
        .addColumn('author_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('home_feed_pk', ['account_id', 'post_id'])
        .execute();
      await db.schema
        .createIndex('home_feed_by_author')
        .on('home_feed')
        .columns(['account_id', 'author_id'])
        .execute();
      await db.schema.createIndex('home_feed_by_post').on('home_feed').column('post_id').execute();

      await db.schema
        .createTable('notifications')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('from_account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('post_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('notifications_by_account')
        .on('notifications')
        .columns(['account_id', 'id'])
        .execute();
      await db.schema
        .createIndex('notifications_by_post')
        .on('notifications')
        .column('post_id')
        .execute();

      await db.schema
        .createTable('markers')
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('timeline', 'text', (c) => c.notNull())
        .addColumn('last_read_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('markers_pk', ['account_id', 'timeline'])
        .execute();

      await db.schema
        .createTable('idempotency_keys')
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('post_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['account_id', 'key'])
        .execute();

      await db.schema
        .createTable('jobs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('queue', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('run_at', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('jobs_due').on('jobs').columns(['run_at', 'id']).execute();

      // Full-text search over stemmed terms. Stemming (French and English) happens in the
      // application so both dialects index exactly the same terms.
      if (dialect === 'sqlite') {
        await sql`create virtual table post_search using fts5(terms, post_id unindexed, tokenize = 'unicode61 remove_diacritics 2')`.execute(
          db,
        );
      } else {
        await sql`create table post_search (
          post_id text primary key references posts(id) on delete cascade,
          terms text not null,
          tsv tsvector generated always as (to_tsvector('simple', terms)) stored
        )`.execute(db);
        await sql`create index post_search_tsv on post_search using gin (tsv)`.execute(db);
      }
    },
  };
}
