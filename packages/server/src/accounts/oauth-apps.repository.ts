import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../shared/clock.ts';

/**
 * The client apps registered through `POST /api/v1/apps`, remembered by `client_id` so that a
 * token obtained with it carries the app's name, and a person's list of sessions can say "Tusky"
 * rather than a number. Names are what the app says it is: shown, never trusted.
 */
export interface OAuthAppStore {
  remember(app: { clientId: string; name: string; website: string | null }): Promise<void>;
  nameOf(clientId: string | undefined): Promise<string | null>;
}

export function oauthAppStore(db: Kysely<Database>, clock: Clock): OAuthAppStore {
  return {
    async remember(app) {
      await db
        .insertInto('oauth_apps')
        .values({
          client_id: app.clientId,
          name: app.name,
          website: app.website,
          created_at: clock.now().toISOString(),
        })
        .execute();
    },
    async nameOf(clientId) {
      if (!clientId) return null;
      const row = await db
        .selectFrom('oauth_apps')
        .select('name')
        .where('client_id', '=', clientId)
        .executeTakeFirst();
      return row?.name ?? null;
    },
  };
}
