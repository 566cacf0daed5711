/**
 * Table types of support circles and spotlights, merged into the `Database` interface
 * (migration 0018 creates them).
 */

export interface CircleTable {
  id: string;
  /** The person the circle supports. */
  account_id: string;
  /** The person, or an ally acting with their consent. */
  opened_by: string;
  state: 'open' | 'closed';
  created_at: string;
  closed_at: string | null;
}

/** Someone the person accepted as a volunteer, beyond their followers. */
export interface CircleMemberTable {
  circle_id: string;
  account_id: string;
  added_at: string;
}

export interface CircleMessageTable {
  id: string;
  circle_id: string;
  author_id: string;
  text: string;
  created_at: string;
  thanked_at: string | null;
}

export interface SpotlightTable {
  id: string;
  /** The status that carries it. */
  status_id: string;
  author_id: string;
  /** The person in the spotlight. */
  account_id: string;
  text: string;
  created_at: string;
  /** Set when the person chose to show it on their profile. */
  accepted_at: string | null;
}

declare module '../db/schema.ts' {
  interface Database {
    circles: CircleTable;
    circle_members: CircleMemberTable;
    circle_messages: CircleMessageTable;
    spotlights: SpotlightTable;
  }
}
