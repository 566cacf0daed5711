import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.ts';

/**
 * E-mail addresses stop being unique (ADR 0006, "Sign-up never tells who is a member"). Empathie
 * sends no mail, so an address is a claim, not a proof; refusing a second claim of it was the
 * only answer that told a stranger whether someone used that address here. The index stays, not
 * unique, for log-in by e-mail.
 */
export function sharedEmailAddresses(dialect: Dialect) {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
    async up(db: Kysely<any>): Promise<void> {
      if (dialect === 'postgres') {
        // The name PostgreSQL gave the column's inline UNIQUE in 0001.
        await sql`alter table users drop constraint if exists users_email_key_key`.execute(db);
      } else {
        // SQLite cannot drop an inline UNIQUE: rebuild the table as 0001 made it, without it.
        // Nothing references `users`, so dropping the old table breaks no foreign key.
        await db.schema
          .createTable('users_rebuilt')
          .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.id'))
          .addColumn('email', 'text', (c) => c.notNull())
          .addColumn('email_key', 'text', (c) => c.notNull())
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
        const columns = sql.raw(
          'account_id, email, email_key, password_hash, role, approved, sign_up_reason, invite_id, ' +
            'ui_language, default_visibility, default_language, default_sensitive, created_at',
        );
        await sql`insert into users_rebuilt (${columns}) select ${columns} from users`.execute(db);
        await db.schema.dropTable('users').execute();
        await db.schema.alterTable('users_rebuilt').renameTo('users').execute();
      }
      await db.schema.createIndex('users_email_key').on('users').column('email_key').execute();
    },
  };
}
