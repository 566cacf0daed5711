/** Followed and featured hashtags, merged into `Database` (migration 0027 creates them). */

export interface TagFollowTable {
  id: string;
  account_id: string;
  tag_id: string;
  created_at: string;
}

export interface FeaturedTagTable {
  id: string;
  account_id: string;
  tag_id: string;
  created_at: string;
}

declare module '../db/schema.ts' {
  interface Database {
    tag_follows: TagFollowTable;
    featured_tags: FeaturedTagTable;
  }
}
