/**
 * Table types of the allies domain, declared beside it and merged into the `Database` interface
 * (migration 0011 creates them), so the shared schema file stays small for every domain.
 */

/** What an ally may do for the person: review the held folder, evidence, block lists, DMs. */
export type AllyPermission = 'review' | 'dossier' | 'block_lists' | 'direct';
export const ALLY_PERMISSIONS = ['review', 'dossier', 'block_lists', 'direct'] as const;

export interface AllyTable {
  id: string;
  owner_id: string;
  ally_id: string;
  /** Comma-separated `AllyPermission`s. */
  permissions: string;
  state: 'invited' | 'active' | 'declined';
  created_at: string;
  responded_at: string | null;
}

/** One thing done for (or about) a person's defence, read back by that person. */
export interface AllyLogTable {
  id: string;
  owner_id: string;
  actor_id: string;
  action: string;
  target_account_id: string | null;
  held_id: string | null;
  created_at: string;
}

declare module '../db/schema.ts' {
  interface Database {
    allies: AllyTable;
    ally_log: AllyLogTable;
  }
}
