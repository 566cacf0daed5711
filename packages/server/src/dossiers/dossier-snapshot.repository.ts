import type { Kysely, Selectable } from 'kysely';
import type { AccountTable, Database, PostEditTable, PostTable } from '../db/schema.ts';
import type { PostToneRow } from '../gentle/post-tone.repository.ts';
import { findPostTones } from '../gentle/post-tone.repository.ts';
import { visibleTo } from '../policy/visibility.ts';
import '../shield/shield.tables.ts';

type Db = Kysely<Database>;
export type SnapshotPost = Selectable<PostTable>;
export type SnapshotAccount = Selectable<AccountTable>;

/** Deepest reply chain a snapshot records, as the thread view does. */
const MAX_ANCESTORS = 40;

/** Everything a snapshot records about one post, read as `viewerId` may see it. */
export interface SnapshotSource {
  post: SnapshotPost;
  author: SnapshotAccount;
  mentions: SnapshotAccount[];
  previousVersions: Selectable<PostEditTable>[];
  ancestors: Array<{ post: SnapshotPost; author: SnapshotAccount | null }>;
  tone: PostToneRow | null;
}

/**
 * The post `statusId` as `viewerId` sees it, with what a lawyer needs around it, or `null` when
 * that person may not see it (the visibility rule of the policy module decides). A share is
 * followed to the post it shares: the words are the evidence, not the share.
 */
export async function readSnapshotSource(
  db: Db,
  statusId: string,
  viewerId: string,
): Promise<SnapshotSource | null> {
  let post = await visiblePost(db, statusId, viewerId);
  if (post?.reblog_of_id) post = await visiblePost(db, post.reblog_of_id, viewerId);
  if (!post) return null;

  const ancestorPosts: SnapshotPost[] = [];
  let parentId = post.in_reply_to_id;
  while (parentId && ancestorPosts.length < MAX_ANCESTORS) {
    // A hidden ancestor ends the chain: the person never saw it, so the dossier cannot show it.
    const parent = await visiblePost(db, parentId, viewerId);
    if (!parent) break;
    ancestorPosts.unshift(parent);
    parentId = parent.in_reply_to_id;
  }

  const [mentions, previousVersions, tones] = await Promise.all([
    db
      .selectFrom('mentions as m')
      .innerJoin('accounts as a', 'a.id', 'm.account_id')
      .selectAll('a')
      .where('m.post_id', '=', post.id)
      .orderBy('a.username_key')
      .execute(),
    db.selectFrom('post_edits').selectAll().where('post_id', '=', post.id).orderBy('id').execute(),
    findPostTones(db, [post.id]),
  ]);
  const accountIds = [...new Set([post.account_id, ...ancestorPosts.map((p) => p.account_id)])];
  const accounts = await db
    .selectFrom('accounts')
    .selectAll()
    .where('id', 'in', accountIds)
    .execute();
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const author = byId.get(post.account_id);
  if (!author) return null;
  return {
    post,
    author,
    mentions,
    previousVersions,
    ancestors: ancestorPosts.map((p) => ({ post: p, author: byId.get(p.account_id) ?? null })),
    tone: tones.get(post.id) ?? null,
  };
}

/**
 * The post if `viewerId` may see it: the visibility rule, or it waits in their shield's held
 * folder. A held message is hidden from the person in their timelines, not from them as
 * evidence: it was written to them, and the folder is where they (or an ally) review it.
 */
function visiblePost(db: Db, id: string, viewerId: string): Promise<SnapshotPost | undefined> {
  return db
    .selectFrom('posts as p')
    .selectAll('p')
    .where('p.id', '=', id)
    .where((eb) =>
      eb.or([
        visibleTo(viewerId, 'p'),
        eb.and([
          eb.exists(
            eb
              .selectFrom('shield_held as h')
              .select('h.id')
              .whereRef('h.post_id', '=', 'p.id')
              .where('h.owner_id', '=', viewerId),
          ),
          eb.not(
            eb.exists(
              eb
                .selectFrom('accounts as gone')
                .select('gone.id')
                .whereRef('gone.id', '=', 'p.account_id')
                .where('gone.deleted_at', 'is not', null),
            ),
          ),
        ]),
      ]),
    )
    .executeTakeFirst();
}

export function findAccount(db: Db, id: string): Promise<SnapshotAccount | undefined> {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}
