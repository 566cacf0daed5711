import type { Kysely } from 'kysely';

/**
 * Moderation under the EU DSA (ADR 0014): the state of a restricted account or post, trusted
 * flaggers, the queue's columns on `reports` (created by 0011), notices from anyone, the
 * instance's rules, statements of reasons, appeals, and the append-only audit log.
 */
export const moderation = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    // Restrictions are states beside the rows they restrict, not deletions, so a reversed
    // decision restores everything; the core tables keep their shape.
    await db.schema
      .createTable('account_moderation')
      .addColumn('account_id', 'text', (c) =>
        c.primaryKey().references('accounts.id').onDelete('cascade'),
      )
      // Suspended: invisible everywhere, log-in refused.
      .addColumn('suspended_at', 'text')
      // Limited: its posts reach only its followers.
      .addColumn('limited_at', 'text')
      // Disabled: log-in refused, content left as it is (Mastodon's `disable`).
      .addColumn('disabled_at', 'text')
      // Set by an admin (DSA Art. 22): this person's reports come first in the queue.
      .addColumn('trusted_flagger', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('post_removals')
      .addColumn('post_id', 'text', (c) =>
        c.primaryKey().references('posts.id').onDelete('cascade'),
      )
      .addColumn('statement_id', 'text', (c) => c.notNull())
      .addColumn('removed_at', 'text', (c) => c.notNull())
      .execute();

    const reportColumns: Array<[string, 'text' | 'integer', string | number | null]> = [
      ['rule_ids', 'text', ''],
      ['forwarded', 'integer', 0],
      ['source', 'text', 'member'],
      // Empathie's finer reason (a notice's categories: threats, child_safety…), when given.
      ['reason', 'text', null],
      // 2: threats and child safety; 1: a trusted flagger; 0: the rest.
      ['priority', 'integer', 0],
      ['state', 'text', 'open'],
      ['assigned_to', 'text', null],
      ['resolved_at', 'text', null],
      ['resolved_by', 'text', null],
      ['outcome', 'text', null],
      ['updated_at', 'text', null],
    ];
    for (const [name, type, fallback] of reportColumns) {
      await db.schema
        .alterTable('reports')
        .addColumn(name, type, (c) => (fallback === null ? c : c.notNull().defaultTo(fallback)))
        .execute();
    }
    await db.schema
      .createIndex('reports_queue')
      .on('reports')
      .columns(['state', 'priority', 'id'])
      .execute();
    await db.schema
      .createIndex('reports_by_reporter')
      .on('reports')
      .columns(['account_id', 'id'])
      .execute();

    await db.schema
      .createTable('notices')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('reference', 'text', (c) => c.notNull().unique())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('explanation', 'text', (c) => c.notNull())
      .addColumn('name', 'text')
      .addColumn('email', 'text')
      .addColumn('email_key', 'text')
      // The signed-in account that sent it, if any (it may read the notice with its token).
      .addColumn('sender_id', 'text')
      .addColumn('target_account_id', 'text')
      .addColumn('target_post_id', 'text')
      .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('state', 'text', (c) => c.notNull().defaultTo('open'))
      .addColumn('assigned_to', 'text')
      .addColumn('outcome', 'text')
      .addColumn('decision', 'text')
      .addColumn('decided_by', 'text')
      .addColumn('decided_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('notices_queue')
      .on('notices')
      .columns(['state', 'priority', 'id'])
      .execute();

    await db.schema
      .createTable('instance_rules')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('hint', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('moderation_statements')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('post_id', 'text')
      // What the moderator wrote; the rest of the statement is composed in the reader's language.
      .addColumn('facts', 'text', (c) => c.notNull())
      .addColumn('ground', 'text', (c) => c.notNull())
      // The rule's text as it read when the decision was taken (a rule may change later).
      .addColumn('ground_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('automated', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('decided_by', 'text')
      .addColumn('report_id', 'text')
      .addColumn('notice_id', 'text')
      // JSON of what the action replaced, so a reversal restores it exactly.
      .addColumn('previous', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('state', 'text', (c) => c.notNull().defaultTo('in_force'))
      .addColumn('reversed_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('moderation_statements_by_account')
      .on('moderation_statements')
      .columns(['account_id', 'id'])
      .execute();
    await db.schema
      .createIndex('moderation_statements_by_date')
      .on('moderation_statements')
      .column('created_at')
      .execute();

    await db.schema
      .createTable('moderation_appeals')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('statement_id', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
      .addColumn('decided_by', 'text')
      .addColumn('reason', 'text')
      .addColumn('decided_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('moderation_appeals_queue')
      .on('moderation_appeals')
      .columns(['state', 'id'])
      .execute();

    // Append-only: the application has no path that updates or deletes a row here.
    await db.schema
      .createTable('moderation_audit_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('actor_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('target_type', 'text', (c) => c.notNull())
      .addColumn('target_id', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};
