import type { PageParams } from '../db/pagination.ts';
import { applyPage, finishPage } from '../db/pagination.ts';
import { notBlockedWith, notMutedBy } from '../policy/relations.sql.ts';
import { visibleTo } from '../policy/visibility.ts';
import type { AccountRow, Db, PostRow } from './posts.repository.ts';

/** Longest chain of ancestors we walk up; deeper threads show their last 40 levels. */
const MAX_ANCESTORS = 40;
/** Threads larger than this show their first replies only. */
const MAX_THREAD = 4000;

function notMuted(viewerId: string | null) {
  return (q: ReturnType<typeof postsQuery>) =>
    viewerId === null ? q : q.where(notMutedBy(viewerId, 'p.account_id'));
}

function postsQuery(db: Db, viewerId: string | null) {
  return db.selectFrom('posts as p').selectAll('p').where(visibleTo(viewerId, 'p'));
}

/**
 * Ancestors (oldest first) and descendants (depth-first, oldest first) of a post, each visible
 * to the viewer and not by someone they mute. A reply under a hidden post is hidden too: its
 * place in the thread would reveal the hidden one.
 */
export async function threadOf(
  db: Db,
  post: PostRow,
  viewerId: string | null,
): Promise<{ ancestors: PostRow[]; descendants: PostRow[] }> {
  const filter = notMuted(viewerId);
  const ancestors: PostRow[] = [];
  let parentId = post.in_reply_to_id;
  while (parentId && ancestors.length < MAX_ANCESTORS) {
    const parent = await filter(
      postsQuery(db, viewerId).where('p.id', '=', parentId),
    ).executeTakeFirst();
    if (!parent) break;
    ancestors.unshift(parent);
    parentId = parent.in_reply_to_id;
  }
  const root = post.thread_root_id ?? post.id;
  const rows = await filter(
    postsQuery(db, viewerId)
      .where('p.thread_root_id', '=', root)
      .where('p.id', '>', post.id)
      .orderBy('p.id')
      .limit(MAX_THREAD),
  ).execute();
  const children = new Map<string, PostRow[]>();
  for (const r of rows) {
    if (!r.in_reply_to_id) continue;
    const list = children.get(r.in_reply_to_id);
    if (list) list.push(r);
    else children.set(r.in_reply_to_id, [r]);
  }
  const descendants: PostRow[] = [];
  const walk = (id: string) => {
    for (const child of children.get(id) ?? []) {
      descendants.push(child);
      walk(child.id);
    }
  };
  walk(post.id);
  return { ancestors, descendants };
}

/** Who favourited a post, newest first, paginated by favourite id. */
export async function favouritedBy(
  db: Db,
  postId: string,
  viewerId: string | null,
  page: PageParams,
): Promise<Array<AccountRow & { cursor: string }>> {
  let q = db
    .selectFrom('favourites as f')
    .innerJoin('accounts as a', 'a.id', 'f.account_id')
    .selectAll('a')
    .select('f.id as cursor')
    .where('f.post_id', '=', postId)
    .where('a.deleted_at', 'is', null);
  if (viewerId) q = q.where(notBlockedWith(viewerId, 'f.account_id'));
  return finishPage(await applyPage(q, 'f.id', page).execute(), page);
}

/** Who shared a post, newest first, paginated by share id. */
export async function rebloggedBy(
  db: Db,
  postId: string,
  viewerId: string | null,
  page: PageParams,
): Promise<Array<AccountRow & { cursor: string }>> {
  let q = db
    .selectFrom('posts as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .selectAll('a')
    .select('s.id as cursor')
    .where('s.reblog_of_id', '=', postId)
    .where(visibleTo(viewerId, 's'));
  if (viewerId) q = q.where(notBlockedWith(viewerId, 's.account_id'));
  return finishPage(await applyPage(q, 's.id', page).execute(), page);
}
