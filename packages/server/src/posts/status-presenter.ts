import type { Kysely } from 'kysely';
import type { SerializerContext } from '../api/mastodon/account.serializer.ts';
import type { FilterContext } from '../api/mastodon/filter.serializer.ts';
import type { MastodonStatus, PostRow } from '../api/mastodon/status.serializer.ts';
import type { Database } from '../db/schema.ts';
import type { StatusFilter } from '../filters/filters.apply.ts';
import type { StatusExtension } from '../gentle/status-extension.ts';
import type { Policy } from '../policy/policy.service.ts';
import { loadStatuses } from './status-loader.ts';

/**
 * Rows → statuses for a viewer; every route that answers with posts goes through one. With a
 * `context` (home, notifications, public, thread, account), the viewer's keyword filters apply:
 * hidden statuses are left out, warned ones carry `filtered`.
 */
export type StatusPresenter = (
  rows: PostRow[],
  viewerId: string | null,
  options?: { dropMutedShares?: boolean; context?: FilterContext },
) => Promise<MastodonStatus[]>;

export function createStatusPresenter(
  db: Kysely<Database>,
  ctx: SerializerContext,
  extend?: StatusExtension,
  refine: { policy?: Pick<Policy, 'markReplyable'>; filter?: StatusFilter } = {},
): StatusPresenter {
  return async (rows, viewerId, options) => {
    const loaded = await loadStatuses(db, rows, viewerId, ctx, options);
    const statuses =
      refine.filter && options?.context
        ? await refine.filter(loaded, viewerId, options.context)
        : loaded;
    if (refine.policy) await refine.policy.markReplyable(statuses, viewerId);
    if (extend) await extend(statuses, viewerId);
    return statuses;
  };
}
