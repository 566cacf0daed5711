import type {
  FilterKeywordRow,
  FilterStatusRow,
  FilterWithParts,
} from '../../filters/filters.repository.ts';

export const FILTER_CONTEXTS = ['home', 'notifications', 'public', 'thread', 'account'] as const;
export type FilterContext = (typeof FILTER_CONTEXTS)[number];

export interface MastodonFilterKeyword {
  id: string;
  keyword: string;
  whole_word: boolean;
}

export interface MastodonFilterStatus {
  id: string;
  status_id: string;
}

/** Mastodon's v2 Filter. */
export interface MastodonFilter {
  id: string;
  title: string;
  context: FilterContext[];
  expires_at: string | null;
  filter_action: 'warn' | 'hide';
  keywords: MastodonFilterKeyword[];
  statuses: MastodonFilterStatus[];
}

/** Mastodon's FilterResult, one per matching filter in a Status's `filtered`. */
export interface MastodonFilterResult {
  filter: MastodonFilter;
  keyword_matches: string[] | null;
  status_matches: string[] | null;
}

export function contextsOf(stored: string): FilterContext[] {
  return FILTER_CONTEXTS.filter((c) => stored.split(',').includes(c));
}

export function serializeFilterKeyword(row: FilterKeywordRow): MastodonFilterKeyword {
  return { id: row.id, keyword: row.keyword, whole_word: row.whole_word === 1 };
}

export function serializeFilterStatus(row: FilterStatusRow): MastodonFilterStatus {
  return { id: row.id, status_id: row.status_id };
}

export function serializeFilter(parts: FilterWithParts): MastodonFilter {
  return {
    id: parts.filter.id,
    title: parts.filter.title,
    context: contextsOf(parts.filter.context),
    expires_at: parts.filter.expires_at,
    filter_action: parts.filter.action,
    keywords: parts.keywords.map(serializeFilterKeyword),
    statuses: parts.statuses.map(serializeFilterStatus),
  };
}
