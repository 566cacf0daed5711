import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { DatabaseHandle, Dialect } from './database.ts';
import { socialCore } from './migrations/0001-social-core.ts';
import { apiKeys } from './migrations/0002-api-keys.ts';
import { coach } from './migrations/0003-coach.ts';
import { searchPrefixes } from './migrations/0004-search-prefixes.ts';
import { scheduledStatuses } from './migrations/0005-scheduled-statuses.ts';
import { heldPostIdempotency } from './migrations/0006-held-post-idempotency.ts';
import { sharedEmailAddresses } from './migrations/0007-shared-email-addresses.ts';
import { accountDataProtection } from './migrations/0008-account-data-protection.ts';
import { defenceControls } from './migrations/0010-defence-controls.ts';
import { shieldAndAllies } from './migrations/0011-shield-and-allies.ts';
import { evidenceDossiers } from './migrations/0012-evidence-dossiers.ts';
import { blockListFollows } from './migrations/0013-block-list-follows.ts';
import { moderation } from './migrations/0014-moderation.ts';
import { botsAndCoordination } from './migrations/0016-bots-and-coordination.ts';
import { collectiveAction } from './migrations/0017-collective-action.ts';
import { circlesAndSpotlights } from './migrations/0018-circles-and-spotlights.ts';
import { oauthAuthorization } from './migrations/0019-oauth-authorization.ts';
import { bookmarksAndPins } from './migrations/0020-bookmarks-and-pins.ts';
import { lists } from './migrations/0021-lists.ts';
import { federationIdentity } from './migrations/0022-federation-identity.ts';
import { federationDelivery } from './migrations/0023-federation-delivery.ts';
import { federationObjects } from './migrations/0024-federation-objects.ts';
import { media } from './migrations/0026-media.ts';
import { pollsConversationsTags } from './migrations/0027-polls-conversations-tags.ts';
import { pushAndAnnouncements } from './migrations/0028-push-and-announcements.ts';
import { remoteMedia } from './migrations/0029-remote-media.ts';
import { remoteEmpathieObjects } from './migrations/0031-remote-empathie-objects.ts';
import { remoteCollections } from './migrations/0033-remote-collections.ts';

/** Forward-only migrations, in order. Never edit one that has shipped: add the next. */
function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-social-core': socialCore(dialect),
    '0002-api-keys': apiKeys,
    '0003-coach': coach,
    '0004-search-prefixes': searchPrefixes,
    '0005-scheduled-statuses': scheduledStatuses,
    '0006-held-post-idempotency': heldPostIdempotency,
    '0007-shared-email-addresses': sharedEmailAddresses(dialect),
    '0008-account-data-protection': accountDataProtection,
    '0010-defence-controls': defenceControls,
    '0011-shield-and-allies': shieldAndAllies,
    '0012-evidence-dossiers': evidenceDossiers,
    '0013-block-list-follows': blockListFollows,
    '0014-moderation': moderation,
    '0016-bots-and-coordination': botsAndCoordination,
    '0017-collective-action': collectiveAction,
    '0018-circles-and-spotlights': circlesAndSpotlights,
    '0019-oauth-authorization': oauthAuthorization,
    '0020-bookmarks-and-pins': bookmarksAndPins,
    '0021-lists': lists,
    '0022-federation-identity': federationIdentity,
    '0027-polls-conversations-tags': pollsConversationsTags,
    '0028-push-and-announcements': pushAndAnnouncements,
    '0023-federation-delivery': federationDelivery,
    '0024-federation-objects': federationObjects,
    '0026-media': media,
    '0031-remote-empathie-objects': remoteEmpathieObjects,
    '0029-remote-media': remoteMedia,
    '0033-remote-collections': remoteCollections,
  };
}

class StaticProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations(this.dialect);
  }
}

export type MigrationOutcome =
  | { ok: true; applied: string[] }
  | { ok: false; failed: string | null; error: unknown };

/** Applies pending migrations, reporting each as it completes. */
export async function migrateToLatest(
  handle: DatabaseHandle,
  onProgress: (name: string) => void = () => {},
): Promise<MigrationOutcome> {
  const migrator = new Migrator({ db: handle.db, provider: new StaticProvider(handle.dialect) });
  const { error, results = [] } = await migrator.migrateToLatest();
  const applied: string[] = [];
  for (const r of results) {
    if (r.status === 'Success') {
      applied.push(r.migrationName);
      onProgress(r.migrationName);
    }
  }
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? null;
    return { ok: false, failed, error };
  }
  return { ok: true, applied };
}
