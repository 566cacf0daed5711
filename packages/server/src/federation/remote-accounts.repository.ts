import type { Kysely } from 'kysely';
import type { AccountRow } from '../api/mastodon/account.serializer.ts';
import type { Database } from '../db/schema.ts';
import type { RemoteActorData } from './remote-profile.ts';

/** Remote accounts as we store them: an `accounts` row (domain set) and a `remote_profiles` row. */
export function remoteAccountsRepository(db: Kysely<Database>) {
  const byUri = (uri: string) =>
    db.selectFrom('accounts').selectAll().where('uri', '=', uri).executeTakeFirst();
  const byAcct = (usernameKey: string, domain: string) =>
    db
      .selectFrom('accounts')
      .selectAll()
      .where('username_key', '=', usernameKey)
      .where('domain', '=', domain)
      .executeTakeFirst();

  async function fetchedAt(accountId: string): Promise<string | null> {
    const row = await db
      .selectFrom('remote_profiles')
      .select('fetched_at')
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    return row?.fetched_at ?? null;
  }

  /**
   * Creates or refreshes a remote account. Found by URI, or else by `name@domain` (an account
   * re-created on its server keeps its name): one row per person, whatever they changed.
   */
  async function upsert(data: RemoteActorData, id: string, now: string): Promise<AccountRow> {
    const fields = {
      username: data.username,
      username_key: data.username.toLowerCase(),
      domain: data.domain,
      uri: data.uri,
      url: data.url,
      display_name: data.displayName,
      note: data.note,
      intention: data.intention,
      locked: data.locked ? 1 : 0,
      bot: data.bot ? 1 : 0,
      discoverable: data.discoverable ? 1 : 0,
      inbox_url: data.inboxUrl,
      shared_inbox_url: data.sharedInboxUrl,
      public_key_pem: data.publicKeyPem,
      updated_at: now,
    };
    const profile = {
      avatar_url: data.avatarUrl,
      header_url: data.headerUrl,
      fields_json: JSON.stringify(data.fields),
      followers_url: data.followersUrl,
      following_url: data.followingUrl,
      outbox_url: data.outboxUrl,
      featured_url: data.featuredUrl,
      public_key_id: data.publicKeyId,
      fetched_at: now,
    };
    return db.transaction().execute(async (trx) => {
      const existing =
        (await trx
          .selectFrom('accounts')
          .selectAll()
          .where('uri', '=', data.uri)
          .executeTakeFirst()) ??
        (await trx
          .selectFrom('accounts')
          .selectAll()
          .where('username_key', '=', fields.username_key)
          .where('domain', '=', data.domain)
          .executeTakeFirst());
      const accountId = existing?.id ?? id;
      if (existing) {
        await trx.updateTable('accounts').set(fields).where('id', '=', existing.id).execute();
      } else {
        await trx
          .insertInto('accounts')
          .values({
            id,
            ...fields,
            followers_count: 0,
            following_count: 0,
            statuses_count: 0,
            last_status_at: null,
            created_at: now,
          })
          .execute();
      }
      await trx
        .insertInto('remote_profiles')
        .values({ account_id: accountId, ...profile })
        .onConflict((oc) => oc.column('account_id').doUpdateSet(profile))
        .execute();
      return trx
        .selectFrom('accounts')
        .selectAll()
        .where('id', '=', accountId)
        .executeTakeFirstOrThrow();
    });
  }

  return { byUri, byAcct, fetchedAt, upsert };
}

export type RemoteAccountsRepository = ReturnType<typeof remoteAccountsRepository>;
