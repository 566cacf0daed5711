import type { Visibility } from '../db/schema.ts';
import { type OutboundRecorder, recordNothing } from '../federation/outbound-events.ts';
import type { Viewer } from '../http/auth.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { PostError, PostsService } from '../posts/posts.service.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { DELIVER_QUEUE, type Delivery, reminderTime } from './calls.delivery.ts';
import {
  addOrganiser,
  type CallRow,
  closeCall,
  type Db,
  findCall,
  findVisibleCall,
  insertCall,
  insertUpdate,
  isOrganiser,
  removeVolunteer,
  skillKey,
  skillsOf,
  upsertVolunteer,
} from './calls.repository.ts';
import { mayPublishCalls, readCallSettings } from './calls.settings.ts';

export type CallError =
  | { kind: 'not_found' }
  | { kind: 'not_organiser' }
  | { kind: 'publishing_restricted' }
  | { kind: 'closed' }
  | { kind: 'unknown_skills'; names: string[] }
  | { kind: 'invalid_dates'; field: 'deadline' | 'flash_at' }
  | { kind: 'unknown_account' }
  | { kind: 'post'; error: PostError };

export interface CreateCallInput {
  title: string;
  description: string;
  skills: Array<{ name: string; wanted: number }>;
  deadline: Date;
  flashAt: Date | null;
  place: string | null;
  visibility: Visibility;
}

export type CallsService = ReturnType<typeof createCallsService>;

/** The status text that carries a call into timelines: its title, then the why, within a post. */
export function callStatusText(title: string, description: string, max = 280): string {
  const full = `${title}\n\n${description}`.trim();
  const chars = [...full];
  return chars.length <= max ? full : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Calls to action: publishing one (also a status), joining with one's skills, updates and
 * messages from organisers, closing with an outcome. Every fan-out (updates, reminder, flash,
 * closing) goes through the durable job queue and its delivery ledger (`calls.delivery.ts`).
 */
export function createCallsService(deps: {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  jobs: Pick<JobQueue, 'enqueue'>;
  posts: Pick<PostsService, 'create'>;
  /** Tells other servers that the call's post changed (its structured object did). */
  outbound?: OutboundRecorder;
}) {
  const { db, clock, ids, jobs, posts } = deps;
  const outbound = deps.outbound ?? recordNothing;

  function fanOut(d: Delivery, runAt?: Date) {
    return jobs.enqueue(DELIVER_QUEUE, d, runAt);
  }

  async function organised(viewerId: string, callId: string): Promise<Result<CallRow, CallError>> {
    const call = await findVisibleCall(db, callId, viewerId);
    if (!call) return err({ kind: 'not_found' });
    if (!(await isOrganiser(db, callId, viewerId))) return err({ kind: 'not_organiser' });
    return ok(call);
  }

  async function create(
    viewer: Viewer,
    input: CreateCallInput,
  ): Promise<Result<CallRow, CallError>> {
    if (!mayPublishCalls(await readCallSettings(db), viewer.role)) {
      return err({ kind: 'publishing_restricted' });
    }
    const now = clock.now();
    if (input.deadline.getTime() <= now.getTime()) {
      return err({ kind: 'invalid_dates', field: 'deadline' });
    }
    if (input.flashAt && input.flashAt.getTime() <= now.getTime()) {
      return err({ kind: 'invalid_dates', field: 'flash_at' });
    }
    const callId = ids();
    const rowOf = (statusId: string): CallRow => ({
      id: callId,
      status_id: statusId,
      account_id: viewer.accountId,
      title: input.title,
      description: input.description,
      deadline: input.deadline.toISOString(),
      flash_at: input.flashAt?.toISOString() ?? null,
      place: input.place,
      state: 'open',
      outcome: null,
      created_at: now.toISOString(),
      closed_at: null,
    });
    const created = await posts.create(viewer.accountId, {
      status: callStatusText(input.title, input.description),
      visibility: input.visibility,
      // In the post's transaction: its Create to other servers always names the call.
      within: (trx, post) => insertCall(trx, rowOf(post.id), input.skills),
    });
    if (!created.ok) return err({ kind: 'post', error: created.error });
    const call = rowOf(created.value.id);
    if (input.flashAt) {
      const base = {
        callId: call.id,
        fromId: viewer.accountId,
        postId: call.status_id,
        onlyWhileOpen: true,
      };
      const remindAt = reminderTime(now, input.flashAt);
      if (remindAt) {
        await fanOut({ ...base, key: 'reminder', type: 'empathie.call.reminder' }, remindAt);
      }
      await fanOut({ ...base, key: 'flash', type: 'empathie.call.flash' }, input.flashAt);
    }
    return ok(call);
  }

  async function join(
    viewerId: string,
    callId: string,
    input: { skills: string[]; note: string | null; noteVisibility: 'public' | 'organisers' },
  ): Promise<Result<CallRow, CallError>> {
    const call = await findVisibleCall(db, callId, viewerId);
    if (!call) return err({ kind: 'not_found' });
    if (call.state !== 'open') return err({ kind: 'closed' });
    const offered = new Set((await skillsOf(db, [callId])).map((s) => s.name_key));
    const keys = [...new Set(input.skills.map(skillKey))];
    const unknown = keys.filter((k) => !offered.has(k));
    if (unknown.length > 0) return err({ kind: 'unknown_skills', names: unknown });
    await upsertVolunteer(
      db,
      {
        id: ids(),
        call_id: callId,
        account_id: viewerId,
        note: input.note,
        note_visibility: input.noteVisibility,
        joined_at: clock.now().toISOString(),
      },
      keys,
    );
    return ok(call);
  }

  async function leave(viewerId: string, callId: string): Promise<Result<CallRow, CallError>> {
    const call = await findVisibleCall(db, callId, viewerId);
    if (!call) return err({ kind: 'not_found' });
    await removeVolunteer(db, callId, viewerId);
    return ok(call);
  }

  /** A public update: a reply in the call's thread, and a notice to everyone who joined. */
  async function postUpdate(
    viewerId: string,
    callId: string,
    text: string,
  ): Promise<Result<CallRow, CallError>> {
    const found = await organised(viewerId, callId);
    if (!found.ok) return found;
    const call = found.value;
    const status = await posts.create(viewerId, { status: text, inReplyToId: call.status_id });
    if (!status.ok) return err({ kind: 'post', error: status.error });
    const id = ids();
    await insertUpdate(db, {
      id,
      call_id: callId,
      account_id: viewerId,
      audience: 'public',
      status_id: status.value.id,
      text,
      created_at: clock.now().toISOString(),
    });
    await fanOut({
      callId,
      key: `update:${id}`,
      type: 'empathie.call.update',
      fromId: viewerId,
      postId: status.value.id,
      onlyWhileOpen: false,
    });
    return ok(call);
  }

  /** A message for the volunteers only: shown on the call to them and the organisers. */
  async function message(
    viewerId: string,
    callId: string,
    text: string,
  ): Promise<Result<CallRow, CallError>> {
    const found = await organised(viewerId, callId);
    if (!found.ok) return found;
    const id = ids();
    await insertUpdate(db, {
      id,
      call_id: callId,
      account_id: viewerId,
      audience: 'volunteers',
      status_id: null,
      text,
      created_at: clock.now().toISOString(),
    });
    await fanOut({
      callId,
      key: `message:${id}`,
      type: 'empathie.call.message',
      fromId: viewerId,
      postId: found.value.status_id,
      onlyWhileOpen: false,
    });
    return ok(found.value);
  }

  async function close(
    viewerId: string,
    callId: string,
    outcome: string,
  ): Promise<Result<CallRow, CallError>> {
    const found = await organised(viewerId, callId);
    if (!found.ok) return found;
    const changed = await db.transaction().execute(async (trx) => {
      const done = await closeCall(trx, callId, outcome, clock.now().toISOString());
      // An Update of the call's Note makes other Empathie servers read its object again, and
      // show it closed (federation/empathie-objects/); Mastodon sees the same Note.
      if (Number(done.numUpdatedRows) > 0) {
        await outbound(trx, { type: 'post.edited', postId: found.value.status_id });
      }
      return done;
    });
    if (Number(changed.numUpdatedRows) === 0) return err({ kind: 'closed' });
    await fanOut({
      callId,
      key: 'closed',
      type: 'empathie.call.closed',
      fromId: viewerId,
      postId: found.value.status_id,
      onlyWhileOpen: false,
    });
    const call = await findCall(db, callId);
    return call ? ok(call) : err({ kind: 'not_found' });
  }

  async function coOrganise(
    viewerId: string,
    callId: string,
    accountId: string,
  ): Promise<Result<CallRow, CallError>> {
    const found = await organised(viewerId, callId);
    if (!found.ok) return found;
    const local = await db
      .selectFrom('users')
      .innerJoin('accounts', 'accounts.id', 'users.account_id')
      .select('users.account_id')
      .where('users.account_id', '=', accountId)
      .where('accounts.deleted_at', 'is', null)
      .executeTakeFirst();
    if (!local) return err({ kind: 'unknown_account' });
    await addOrganiser(db, callId, accountId, clock.now().toISOString());
    return ok(found.value);
  }

  return { create, join, leave, postUpdate, message, close, coOrganise };
}
