import type { PageParams } from '../db/pagination.ts';
import type { Visibility } from '../db/schema.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { PostRow } from '../posts/posts.repository.ts';
import type { CreatePostInput, PostError, PostsService } from '../posts/posts.service.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { Logger } from '../shared/logger.ts';
import { err, ok, type Result } from '../shared/result.ts';
import {
  countOwnScheduled,
  type Db,
  deleteScheduled,
  findHeldByKey,
  findOwnScheduled,
  findScheduled,
  insertScheduled,
  listOwnScheduled,
  type ScheduledRow,
  updateOwnScheduled,
} from './scheduled.repository.ts';

export const PUBLISH_QUEUE = 'scheduled.publish';
/** Mastodon asks for 5 minutes; a coach cool-down or an undo window may be much shorter. */
export const MIN_LEAD_SECONDS = 10;
/** Mastodon's own cap on pending scheduled statuses per account. */
export const MAX_PENDING = 300;
/**
 * A post sent for later after the coach paused it, whose time has come: it waits for its
 * author's last look (the `failure` slot says why it did not leave) instead of being sent blindly.
 */
export const AWAITING_REVIEW = 'awaiting_review';

export type PostParams = Omit<CreatePostInput, 'idempotencyKey'>;

export interface HoldRequest extends PostParams {
  scheduledAt?: string | undefined;
  undoWindow?: boolean | undefined;
  undoSeconds?: number | undefined;
  /** Hold a post sent for later for its author's last look when its time comes. */
  review?: boolean | undefined;
  /** The request's Idempotency-Key: a retry answers what the first request did. */
  idempotencyKey?: string | undefined;
}

export type HoldError =
  | PostError
  | { kind: 'too_soon'; minSeconds: number }
  | { kind: 'too_many'; max: number }
  | { kind: 'conflicting' };

export type Held = { kind: 'held'; row: ScheduledRow } | { kind: 'published'; post: PostRow };

export type ScheduledService = ReturnType<typeof createScheduledService>;

/**
 * Posts held for later — "send later" (Mastodon's scheduled statuses, the coach's cool-down) and
 * the undo window. A held post lives only in `scheduled_statuses`; a durable job publishes it
 * through the posts service when due, so it gets the same rendering, fan-out, notifications and
 * tone analysis as any post, and survives a restart.
 */
export function createScheduledService(deps: {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  jobs: JobQueue;
  posts: Pick<PostsService, 'validate' | 'create' | 'findByIdempotencyKey'>;
  /** The author's undo window in seconds (their coach setting, else the instance default). */
  undoSecondsOf: (accountId: string) => Promise<number>;
}) {
  const { db, clock, ids, logger, jobs, posts } = deps;

  /** A valid `scheduled_at`, normalised to ISO UTC, or why not. */
  function leadTime(scheduledAt: string): Result<string, HoldError> {
    const at = Date.parse(scheduledAt);
    if (!(at >= clock.now().getTime() + MIN_LEAD_SECONDS * 1000))
      return err({ kind: 'too_soon', minSeconds: MIN_LEAD_SECONDS });
    return ok(new Date(at).toISOString());
  }

  const paramsOf = (row: ScheduledRow): PostParams => ({
    status: row.text,
    spoilerText: row.spoiler_text,
    sensitive: row.sensitive === null ? undefined : row.sensitive === 1,
    visibility: row.visibility ?? undefined,
    language: row.language ?? undefined,
    inReplyToId: row.in_reply_to_id ?? undefined,
    replyPolicy: row.reply_policy ?? undefined,
  });

  const columnsOf = (p: PostParams) => ({
    text: p.status ?? '',
    spoiler_text: p.spoilerText ?? '',
    sensitive: p.sensitive === undefined ? null : p.sensitive ? 1 : 0,
    visibility: (p.visibility ?? null) as Visibility | null,
    language: p.language ?? null,
    in_reply_to_id: p.inReplyToId ?? null,
    reply_policy: p.replyPolicy ?? null,
  });

  async function hold(accountId: string, request: HoldRequest): Promise<Result<Held, HoldError>> {
    const {
      scheduledAt,
      undoWindow,
      undoSeconds,
      review,
      idempotencyKey: key,
      ...params
    } = request;
    if (scheduledAt !== undefined && (undoWindow || undoSeconds !== undefined))
      return err({ kind: 'conflicting' });
    // A last look belongs to a post sent for later; the undo window is a look already.
    if (review && scheduledAt === undefined) return err({ kind: 'conflicting' });
    const replay = key ? await replayOf(accountId, key) : undefined;
    if (replay) return ok(replay);
    // Checked before anything is stored, by the very rules an immediate post passes.
    const valid = await posts.validate(accountId, params);
    if (!valid.ok) return valid;
    let kind: ScheduledRow['kind'] = 'scheduled';
    let at: string;
    if (scheduledAt !== undefined) {
      const lead = leadTime(scheduledAt);
      if (!lead.ok) return lead;
      at = lead.value;
      if (review) kind = 'review';
    } else {
      const seconds = undoSeconds ?? (await deps.undoSecondsOf(accountId));
      if (seconds === 0) {
        const published = await posts.create(accountId, { ...params, idempotencyKey: key });
        return published.ok ? ok({ kind: 'published', post: published.value }) : published;
      }
      kind = 'undo';
      at = new Date(clock.now().getTime() + seconds * 1000).toISOString();
    }
    if ((await countOwnScheduled(db, accountId)) >= MAX_PENDING)
      return err({ kind: 'too_many', max: MAX_PENDING });
    const row: ScheduledRow = {
      id: ids(),
      account_id: accountId,
      kind,
      scheduled_at: at,
      ...columnsOf(params),
      failure: null,
      created_at: clock.now().toISOString(),
      idempotency_key: key ?? null,
    };
    // The row and its job commit together: no held post without a job to publish it.
    try {
      await db.transaction().execute(async (trx) => {
        await insertScheduled(trx, row);
        await jobs.enqueue(PUBLISH_QUEUE, { id: row.id }, new Date(at), trx);
      });
    } catch (error) {
      // A simultaneous retry won the unique (account, key) index: answer what it created.
      const raced = key ? await replayOf(accountId, key) : undefined;
      if (raced) return ok(raced);
      throw error;
    }
    return ok({ kind: 'held', row });
  }

  /** What an earlier request with this key did: a post still held, or the post it became. */
  async function replayOf(accountId: string, key: string): Promise<Held | undefined> {
    const row = await findHeldByKey(db, accountId, key);
    if (row) return { kind: 'held', row };
    const post = await posts.findByIdempotencyKey(accountId, key);
    return post ? { kind: 'published', post } : undefined;
  }

  async function get(accountId: string, id: string): Promise<Result<ScheduledRow, HoldError>> {
    const row = await findOwnScheduled(db, accountId, id);
    return row ? ok(row) : err({ kind: 'not_found' });
  }

  function list(accountId: string, page: PageParams): Promise<ScheduledRow[]> {
    return listOwnScheduled(db, accountId, page);
  }

  /** Moves the publication time; also how a refused publication is tried again. */
  async function reschedule(
    accountId: string,
    id: string,
    scheduledAt: string,
  ): Promise<Result<ScheduledRow, HoldError>> {
    const existing = await findOwnScheduled(db, accountId, id);
    if (!existing) return err({ kind: 'not_found' });
    const lead = leadTime(scheduledAt);
    if (!lead.ok) return lead;
    // A post waiting for its last look leaves when its author, having seen it, picks a time
    // ("send now" included): that choice is the confirmation.
    const confirmed = existing.kind === 'review' && existing.failure === AWAITING_REVIEW;
    // The job already queued for the old time finds the row not due yet and leaves it alone.
    const updated = await db.transaction().execute(async (trx) => {
      const row = await updateOwnScheduled(trx, accountId, id, {
        scheduled_at: lead.value,
        failure: null,
        ...(confirmed ? { kind: 'scheduled' as const } : {}),
      });
      await jobs.enqueue(PUBLISH_QUEUE, { id }, new Date(lead.value), trx);
      return row;
    });
    return updated ? ok(updated) : err({ kind: 'not_found' });
  }

  /** Empathie's extension: rewrite a held post, checked by the rules of a new post. */
  async function edit(
    accountId: string,
    id: string,
    changes: PostParams,
  ): Promise<Result<ScheduledRow, HoldError>> {
    const existing = await findOwnScheduled(db, accountId, id);
    if (!existing) return err({ kind: 'not_found' });
    const defined = Object.fromEntries(
      Object.entries(changes).filter(([, v]) => v !== undefined),
    ) as PostParams;
    const merged = { ...paramsOf(existing), ...defined };
    const valid = await posts.validate(accountId, merged);
    if (!valid.ok) return valid;
    const updated = await updateOwnScheduled(db, accountId, id, columnsOf(merged));
    return updated ? ok(updated) : err({ kind: 'not_found' });
  }

  async function cancel(accountId: string, id: string): Promise<Result<true, HoldError>> {
    return (await deleteScheduled(db, id, accountId)) ? ok(true) : err({ kind: 'not_found' });
  }

  /**
   * The job: publishes the held post if it is (still) due. Idempotent: the post is created with
   * the held row's idempotency key (the client's, else one of the row's own), so a job that
   * crashed after publishing and runs again finds the post instead of making a second one, and a
   * client retrying after publication gets that post back.
   */
  async function publishDue(payload: unknown): Promise<void> {
    const id = (payload as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const row = await findScheduled(db, id);
    // Cancelled or published already; or refused before and waiting for its author.
    if (!row || row.failure) return;
    if (Date.parse(row.scheduled_at) > clock.now().getTime()) return; // moved later
    if (row.kind === 'review') {
      // Its time has come, but it was written in a hard moment: its author looks again first.
      await updateOwnScheduled(db, row.account_id, id, { failure: AWAITING_REVIEW });
      return;
    }
    const result = await posts.create(row.account_id, {
      ...paramsOf(row),
      idempotencyKey: row.idempotency_key ?? `empathie-held:${row.id}`,
    });
    if (!result.ok) {
      // An expected refusal (the replied-to post was deleted, the limit lowered…): the author
      // keeps the text and sees why, rather than losing it to endless retries.
      logger.warn('held post refused at publication', { id, reason: result.error.kind });
      await updateOwnScheduled(db, row.account_id, id, { failure: result.error.kind });
      return;
    }
    await deleteScheduled(db, id);
  }

  return { hold, get, list, reschedule, edit, cancel, publishDue };
}
