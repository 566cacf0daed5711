import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { OutboundRecorder } from '../federation/outbound-events.ts';
import type { Viewer } from '../http/auth.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { PostsService } from '../posts/posts.service.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { Logger } from '../shared/logger.ts';
import { err, ok, type Result } from '../shared/result.ts';
import {
  anotherAdminExists,
  eraseAccountRows,
  findDeletedAccount,
  markAccountDeleted,
  nextPostsOf,
  sharesOf,
} from './account-erasure.repository.ts';
import type { PasswordConfirmation } from './password-confirmation.ts';
import { revokeAllTokens } from './sessions.repository.ts';

/** The durable job that erases a deleted account's content once the grace period is over. */
export const ERASE_ACCOUNT_QUEUE = 'account.erase';
/** Days between a deletion (the account is gone for everyone) and the erasure of its content. */
export const DELETION_GRACE_DAYS = 30;
const POSTS_PER_TRANSACTION = 100;

export type DeletionError =
  | { kind: 'wrong_password' }
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'last_admin' };

export type AccountDeletionService = ReturnType<typeof createAccountDeletionService>;

/**
 * Account deletion in two steps (ADR 0011). At the request, in one transaction: the account is
 * marked deleted, which hides its profile and posts from everyone and refuses its log-in; every
 * token is revoked; held posts are dropped so nothing is published in its name; and the erasure
 * job is enqueued for the end of the grace period. The job then erases the content and leaves a
 * tombstone that keeps the username reserved. The person cannot undo the deletion.
 */
export function createAccountDeletionService(deps: {
  db: Kysely<Database>;
  dialect: Dialect;
  clock: Clock;
  jobs: JobQueue;
  events: EventBus;
  logger: Logger;
  posts: Pick<PostsService, 'removeRow'>;
  confirmation: PasswordConfirmation;
  /** Records what other servers must hear of, in the deletion's own transaction (ADR 0019). */
  outbound?: OutboundRecorder;
  graceDays?: number;
}) {
  const { db, clock, jobs, posts, confirmation } = deps;
  const graceDays = deps.graceDays ?? DELETION_GRACE_DAYS;

  async function erase(accountId: string): Promise<void> {
    // Batches keep each transaction short (SQLite has one writer); a crash resumes where it was.
    for (;;) {
      const batch = await nextPostsOf(db, accountId, POSTS_PER_TRANSACTION);
      if (batch.length === 0) break;
      await db.transaction().execute(async (trx) => {
        for (const post of batch) {
          for (const share of await sharesOf(trx, post.id)) await posts.removeRow(trx, share);
          await posts.removeRow(trx, post);
        }
      });
    }
    await db
      .transaction()
      .execute((trx) => eraseAccountRows(trx, accountId, clock.now().toISOString()));
    if (deps.dialect === 'sqlite') {
      // The full-text index only marks deleted terms until its segments merge: merge them now,
      // so the person's words leave the file (a rewrite of the index, acceptable for a rare
      // event). With secure_delete the erased rows are zeroed in the database file; the
      // write-ahead log still holds earlier copies of those pages until it is checkpointed and
      // truncated.
      await sql`insert into post_search (post_search) values ('optimize')`.execute(db);
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    }
  }

  return {
    graceDays,

    /** Deletes the viewer's account once their password is confirmed; says when it is erased. */
    async request(
      viewer: Viewer,
      password: string,
    ): Promise<Result<{ eraseAt: Date }, DeletionError>> {
      const check = await confirmation.check(viewer.accountId, password);
      switch (check.kind) {
        case 'wrong_password':
          return err({ kind: 'wrong_password' });
        case 'rate_limited':
          return err(check);
        case 'confirmed':
          break;
      }
      // An instance without an administrator cannot be run: hand the role on first.
      if (viewer.role === 'admin' && !(await anotherAdminExists(db, viewer.accountId))) {
        return err({ kind: 'last_admin' });
      }
      const now = clock.now();
      const eraseAt = new Date(now.getTime() + graceDays * 24 * 60 * 60_000);
      const marked = await db.transaction().execute(async (trx) => {
        if (!(await markAccountDeleted(trx, viewer.accountId, now.toISOString()))) return false;
        await revokeAllTokens(trx, viewer.accountId, now.toISOString());
        await trx
          .deleteFrom('scheduled_statuses')
          .where('account_id', '=', viewer.accountId)
          .execute();
        await jobs.enqueue(ERASE_ACCOUNT_QUEUE, { accountId: viewer.accountId }, eraseAt, trx);
        await deps.outbound?.(trx, { type: 'account.deleted', accountId: viewer.accountId });
        return true;
      });
      if (marked) {
        deps.logger.info('account deleted; content erased after the grace period', {
          accountId: viewer.accountId,
          eraseAt: eraseAt.toISOString(),
        });
        await deps.events.publish({ type: 'account.deleted', accountId: viewer.accountId });
      }
      return ok({ eraseAt });
    },

    /** The erasure job's handler: idempotent, and a no-op for an account that is not deleted. */
    async eraseDue(payload: unknown): Promise<void> {
      const accountId = (payload as { accountId?: unknown } | null)?.accountId;
      if (typeof accountId !== 'string') return;
      if (!(await findDeletedAccount(db, accountId))) return;
      await erase(accountId);
    },
  };
}
