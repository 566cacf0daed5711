/** Table types of polls, merged into the `Database` interface (migration 0027 creates them). */

export interface PollTable {
  id: string;
  /** The post that carries the poll (one poll per post). */
  post_id: string;
  account_id: string;
  multiple: number;
  hide_totals: number;
  expires_at: string;
  voters_count: number;
  /** When the expiry job told the voters and the author; null before. */
  closed_at: string | null;
  created_at: string;
}

export interface PollOptionTable {
  poll_id: string;
  position: number;
  title: string;
  votes_count: number;
}

export interface PollVoterTable {
  poll_id: string;
  account_id: string;
  created_at: string;
}

export interface PollVoteTable {
  poll_id: string;
  account_id: string;
  choice: number;
  created_at: string;
}

declare module '../db/schema.ts' {
  interface Database {
    polls: PollTable;
    poll_options: PollOptionTable;
    poll_voters: PollVoterTable;
    poll_votes: PollVoteTable;
  }
}
