import type { Visibility } from '../db/schema.ts';
import type { PostError, PostsService } from '../posts/posts.service.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import {
  acceptSpotlight,
  type Db,
  findVisibleSpotlight,
  insertSpotlight,
  type SpotlightRow,
} from './spotlights.repository.ts';

export type SpotlightError =
  | { kind: 'not_found' }
  | { kind: 'forbidden' }
  | { kind: 'self' }
  | { kind: 'unknown_account' }
  | { kind: 'post'; error: PostError };

export type SpotlightsService = ReturnType<typeof createSpotlightsService>;

/**
 * Spotlights: a post that values someone else ("follow her because…"). It is a status; the
 * person in the spotlight is told, and their profile shows it once they accept it.
 */
export function createSpotlightsService(deps: {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  posts: Pick<PostsService, 'create'>;
}) {
  const { db, clock, ids, posts } = deps;

  async function create(
    authorId: string,
    input: { accountId: string; text: string; visibility: Visibility },
  ): Promise<Result<SpotlightRow, SpotlightError>> {
    if (input.accountId === authorId) return err({ kind: 'self' });
    const subject = await db
      .selectFrom('accounts')
      .select(['id'])
      .where('id', '=', input.accountId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!subject) return err({ kind: 'unknown_account' });
    const now = clock.now().toISOString();
    const spotlightId = ids();
    const rowOf = (statusId: string): SpotlightRow => ({
      id: spotlightId,
      status_id: statusId,
      author_id: authorId,
      account_id: input.accountId,
      text: input.text,
      created_at: now,
      accepted_at: null,
    });
    const status = await posts.create(authorId, {
      status: input.text,
      visibility: input.visibility,
      // In the post's transaction: its Create to other servers always names the spotlight.
      within: (trx, post) => insertSpotlight(trx, rowOf(post.id)).then(() => undefined),
    });
    if (!status.ok) return err({ kind: 'post', error: status.error });
    const row = rowOf(status.value.id);
    // Told even when they do not follow the author: being valued is not an intrusion.
    const local = await db
      .selectFrom('users')
      .select('account_id')
      .where('account_id', '=', input.accountId)
      .executeTakeFirst();
    if (local) {
      await db
        .insertInto('notifications')
        .values({
          id: ids(),
          account_id: input.accountId,
          from_account_id: authorId,
          type: 'empathie.spotlight',
          post_id: row.status_id,
          created_at: now,
        })
        .execute();
    }
    return ok(row);
  }

  async function accept(
    viewerId: string,
    id: string,
  ): Promise<Result<SpotlightRow, SpotlightError>> {
    const row = await findVisibleSpotlight(db, id, viewerId);
    if (!row) return err({ kind: 'not_found' });
    if (row.account_id !== viewerId) return err({ kind: 'forbidden' });
    await acceptSpotlight(db, id, clock.now().toISOString());
    const after = await findVisibleSpotlight(db, id, viewerId);
    return after ? ok(after) : err({ kind: 'not_found' });
  }

  return { create, accept };
}
