import type { Kysely } from 'kysely';
import type { SerializerContext } from '../api/mastodon/account.serializer.ts';
import type { MastodonStatus, PostRow } from '../api/mastodon/status.serializer.ts';
import type { Database } from '../db/schema.ts';
import type { StatusExtension } from '../gentle/status-extension.ts';
import { loadStatuses } from './status-loader.ts';

/** Rows → statuses for a viewer; every route that answers with posts goes through one. */
export type StatusPresenter = (
  rows: PostRow[],
  viewerId: string | null,
  options?: { dropMutedShares?: boolean },
) => Promise<MastodonStatus[]>;

export function createStatusPresenter(
  db: Kysely<Database>,
  ctx: SerializerContext,
  extend?: StatusExtension,
): StatusPresenter {
  return async (rows, viewerId, options) => {
    const statuses = await loadStatuses(db, rows, viewerId, ctx, options);
    if (extend) await extend(statuses, viewerId);
    return statuses;
  };
}
