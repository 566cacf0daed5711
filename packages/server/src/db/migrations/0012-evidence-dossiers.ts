import type { Kysely } from 'kysely';

/**
 * Evidence dossiers: a person's named dossiers, the snapshots collected into them, and the
 * instance's Ed25519 key that signs their exports (ADR 0013). A snapshot is canonical JSON
 * text stored whole, with no reference to the post: it outlives the post's edit or deletion.
 */
export const evidenceDossiers = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('dossiers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('dossiers_by_account')
      .on('dossiers')
      .columns(['account_id', 'id'])
      .execute();

    await db.schema
      .createTable('dossier_items')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('dossier_id', 'text', (c) =>
        c.notNull().references('dossiers.id').onDelete('cascade'),
      )
      // The collected post's id, kept as text: the post may be edited or deleted afterwards.
      .addColumn('status_id', 'text', (c) => c.notNull())
      // Copied out of the snapshot so an ally without "direct" never reads a direct message.
      .addColumn('visibility', 'text', (c) => c.notNull())
      .addColumn('collected_by', 'text', (c) => c.notNull())
      .addColumn('collected_at', 'text', (c) => c.notNull())
      .addColumn('snapshot', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('dossier_items_status')
      .on('dossier_items')
      .columns(['dossier_id', 'status_id'])
      .unique()
      .execute();

    await db.schema
      .createTable('dossier_signing_keys')
      .addColumn('key_id', 'text', (c) => c.primaryKey())
      // One current key per purpose; the unique index settles two first exports racing.
      .addColumn('purpose', 'text', (c) => c.notNull().unique())
      .addColumn('public_key_pem', 'text', (c) => c.notNull())
      .addColumn('private_key_pem', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};
