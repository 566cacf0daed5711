import type { MastodonAccount } from './account.serializer.ts';
import type { MastodonStatus } from './status.serializer.ts';
import type { MastodonTagEntity } from './tag.serializer.ts';

/** Mastodon's v2 Search result. */
export interface MastodonSearch {
  accounts: MastodonAccount[];
  statuses: MastodonStatus[];
  hashtags: MastodonTagEntity[];
}
