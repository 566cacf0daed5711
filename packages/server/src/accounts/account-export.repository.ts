import type { Kysely, Selectable } from 'kysely';
import type {
  AccountTable,
  CoachOutcomeTable,
  CoachSettingsTable,
  Database,
  DraftTable,
  PostTable,
  ScheduledStatusTable,
  UserTable,
} from '../db/schema.ts';
import { visibleTo } from '../policy/visibility.ts';

type Db = Kysely<Database>;

/** One of the person's own posts with what the archive says about it. */
export interface OwnPost extends Selectable<PostTable> {
  in_reply_to_uri: string | null;
  reblog_of_uri: string | null;
  mentions: Array<{ uri: string; username: string; domain: string | null }>;
  tags: string[];
}

export interface RelatedAccount {
  uri: string;
  username: string;
  domain: string | null;
  since: string;
  /** For mutes only. */
  hide_notifications?: number;
}

/**
 * Everything the archive holds, read for its owner only. Other people appear by address (the
 * accounts followed, blocked…) and by URI (a post replied to, shared or liked), never by content.
 */
export interface ArchiveData {
  account: Selectable<AccountTable>;
  user: Selectable<UserTable>;
  posts: OwnPost[];
  following: RelatedAccount[];
  followers: RelatedAccount[];
  blocks: RelatedAccount[];
  mutes: RelatedAccount[];
  likes: string[];
  drafts: Selectable<DraftTable>[];
  scheduled: Selectable<ScheduledStatusTable>[];
  coachSettings: Selectable<CoachSettingsTable> | null;
  coachOutcomes: Selectable<CoachOutcomeTable>[];
}

async function related(
  db: Db,
  table: 'follows' | 'blocks',
  side: 'targets' | 'sources',
  accountId: string,
): Promise<RelatedAccount[]> {
  const [anchor, listed] =
    side === 'targets'
      ? (['r.account_id', 'r.target_account_id'] as const)
      : (['r.target_account_id', 'r.account_id'] as const);
  return db
    .selectFrom(`${table} as r` as 'follows as r')
    .innerJoin('accounts as a', 'a.id', listed)
    .select(['a.uri', 'a.username', 'a.domain', 'r.created_at as since'])
    .where(anchor, '=', accountId)
    .where('a.deleted_at', 'is', null)
    .orderBy('r.id')
    .execute();
}

export async function readArchiveData(db: Db, accountId: string): Promise<ArchiveData | undefined> {
  const account = await db
    .selectFrom('accounts')
    .selectAll()
    .where('id', '=', accountId)
    .executeTakeFirst();
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  if (!account || !user) return undefined;

  const postRows = await db
    .selectFrom('posts as p')
    .leftJoin('posts as parent', 'parent.id', 'p.in_reply_to_id')
    .leftJoin('posts as original', 'original.id', 'p.reblog_of_id')
    .selectAll('p')
    .select(['parent.uri as in_reply_to_uri', 'original.uri as reblog_of_uri'])
    .where('p.account_id', '=', accountId)
    .orderBy('p.id')
    .execute();
  const mentionRows = await db
    .selectFrom('mentions as m')
    .innerJoin('posts as p', 'p.id', 'm.post_id')
    .innerJoin('accounts as a', 'a.id', 'm.account_id')
    .select(['m.post_id', 'a.uri', 'a.username', 'a.domain'])
    .where('p.account_id', '=', accountId)
    .execute();
  const tagRows = await db
    .selectFrom('post_tags as pt')
    .innerJoin('posts as p', 'p.id', 'pt.post_id')
    .innerJoin('tags as t', 't.id', 'pt.tag_id')
    .select(['pt.post_id', 't.name'])
    .where('p.account_id', '=', accountId)
    .execute();
  const mentionsByPost = new Map<string, OwnPost['mentions']>();
  for (const { post_id, ...m } of mentionRows) {
    mentionsByPost.set(post_id, [...(mentionsByPost.get(post_id) ?? []), m]);
  }
  const tagsByPost = new Map<string, string[]>();
  for (const t of tagRows)
    tagsByPost.set(t.post_id, [...(tagsByPost.get(t.post_id) ?? []), t.name]);
  const posts = postRows.map((p) => ({
    ...p,
    mentions: mentionsByPost.get(p.id) ?? [],
    tags: tagsByPost.get(p.id) ?? [],
  }));

  const mutes = await db
    .selectFrom('mutes as r')
    .innerJoin('accounts as a', 'a.id', 'r.target_account_id')
    .select(['a.uri', 'a.username', 'a.domain', 'r.created_at as since', 'r.hide_notifications'])
    .where('r.account_id', '=', accountId)
    .where('a.deleted_at', 'is', null)
    .orderBy('r.id')
    .execute();
  // Liked posts by URI, and only those the person may still see: a like never carries a post
  // that has since become hidden from them.
  const likes = await db
    .selectFrom('favourites as f')
    .innerJoin('posts as p', 'p.id', 'f.post_id')
    .select('p.uri')
    .where('f.account_id', '=', accountId)
    .where(visibleTo(accountId, 'p'))
    .orderBy('f.id')
    .execute();

  return {
    account,
    user,
    posts,
    following: await related(db, 'follows', 'targets', accountId),
    followers: await related(db, 'follows', 'sources', accountId),
    blocks: await related(db, 'blocks', 'targets', accountId),
    mutes,
    likes: likes.map((l) => l.uri),
    drafts: await db
      .selectFrom('drafts')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('id')
      .execute(),
    scheduled: await db
      .selectFrom('scheduled_statuses')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('id')
      .execute(),
    coachSettings:
      (await db
        .selectFrom('coach_settings')
        .selectAll()
        .where('account_id', '=', accountId)
        .executeTakeFirst()) ?? null,
    coachOutcomes: await db
      .selectFrom('coach_outcomes')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('id')
      .execute(),
  };
}
