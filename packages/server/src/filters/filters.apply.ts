import type { Kysely } from 'kysely';
import {
  type FilterContext,
  type MastodonFilterResult,
  serializeFilter,
} from '../api/mastodon/filter.serializer.ts';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../shared/clock.ts';
import { filterMatcher, foldText, htmlToText } from './filter-match.ts';
import { listFilters } from './filters.repository.ts';

/** The parts of a serialised Status the filters read and write. */
export interface FilterableStatus {
  id: string;
  account: { id: string };
  content: string;
  spoiler_text: string;
  reblog: FilterableStatus | null;
  filtered: MastodonFilterResult[];
}

/**
 * Applies the viewer's keyword filters to a page of statuses for one context (home,
 * notifications, public, thread, account): a `hide` match removes the status, a `warn` match
 * adds Mastodon's `filtered` results (on a share, on both the share and the shared post). The
 * viewer's own posts are never filtered, as in Mastodon. Costs three queries per page.
 */
export type StatusFilter = <S extends FilterableStatus>(
  statuses: S[],
  viewerId: string | null,
  context: FilterContext,
) => Promise<S[]>;

export function createStatusFilter(deps: { db: Kysely<Database>; clock: Clock }): StatusFilter {
  return async (statuses, viewerId, context) => {
    if (viewerId === null || statuses.length === 0) return statuses;
    const all = await listFilters(deps.db, viewerId, { activeAt: deps.clock.now().toISOString() });
    const active = all
      .filter((f) => f.filter.context.split(',').includes(context))
      .map((f) => ({
        parts: f,
        json: serializeFilter(f),
        matcher: filterMatcher(
          f.keywords.map((k) => ({ keyword: k.keyword, wholeWord: k.whole_word === 1 })),
        ),
        statusIds: new Map(f.statuses.map((s) => [s.status_id, s.id])),
      }));
    if (active.length === 0) return statuses;
    const kept: typeof statuses = [];
    for (const status of statuses) {
      const target = status.reblog ?? status;
      if (target.account.id === viewerId) {
        kept.push(status);
        continue;
      }
      const text = foldText(`${target.spoiler_text} ${htmlToText(target.content)}`);
      const results: MastodonFilterResult[] = [];
      let hide = false;
      for (const f of active) {
        const keywords = f.matcher.matches(text);
        const statusMatches = [...new Set([target.id, status.id])].flatMap((id) => {
          const own = f.statusIds.get(id);
          return own ? [own] : [];
        });
        if (keywords.length === 0 && statusMatches.length === 0) continue;
        if (f.parts.filter.action === 'hide') hide = true;
        results.push({
          filter: f.json,
          keyword_matches: keywords.length > 0 ? keywords : null,
          status_matches: statusMatches.length > 0 ? statusMatches : null,
        });
      }
      if (hide) continue;
      if (results.length > 0) {
        status.filtered = results;
        if (status.reblog) status.reblog.filtered = results;
      }
      kept.push(status);
    }
    return kept;
  };
}
