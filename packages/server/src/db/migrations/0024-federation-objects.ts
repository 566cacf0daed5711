import type { Kysely } from 'kysely';

/**
 * The conversation across servers (ADR 0019): a remote follower's `Follow` id, kept so that the
 * Accept or Reject sent later (a locked account answering) names the very activity it answers,
 * as Mastodon expects.
 */
export const federationObjects = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('follow_requests').addColumn('uri', 'text').execute();
  },
};
