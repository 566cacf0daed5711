/** Table types of direct conversations, merged into `Database` (migration 0027 creates them). */

export interface ConversationTable {
  /** Whose view of the conversation this is: only they ever read the row. */
  account_id: string;
  /** The first post that started it for this person. */
  id: string;
  /** The other participants' ids, sorted and comma-separated ('' when writing to oneself). */
  participants_key: string;
  last_post_id: string;
  unread: number;
}

export interface ConversationPostTable {
  account_id: string;
  conversation_id: string;
  post_id: string;
}

declare module '../db/schema.ts' {
  interface Database {
    conversations: ConversationTable;
    conversation_posts: ConversationPostTable;
  }
}
