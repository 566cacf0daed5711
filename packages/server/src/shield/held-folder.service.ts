import type { Kysely } from 'kysely';
import type { AlliesService } from '../allies/allies.service.ts';
import type { AllyPermission } from '../allies/allies.tables.ts';
import type { PageParams } from '../db/pagination.ts';
import type { Database, NotificationType } from '../db/schema.ts';
import { fileReport } from '../reports/reports.service.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { decideHeld, findHeld, type HeldRow, listHeld } from './shield.repository.ts';

/** Who acts on a held folder: the person, or one of their allies, for the person. */
export interface Subject {
  ownerId: string;
  actorId: string;
  /** The person themselves, or an ally granted `direct`: only they ever see a direct message. */
  seesDirect: boolean;
}

export type SubjectError = { kind: 'not_ally' };
export type HeldError = { kind: 'not_found' };
export type HeldAction = 'approve' | 'hide' | 'report' | 'block';

export type HeldFolderService = ReturnType<typeof createHeldFolderService>;

/**
 * The held folder: list, approve (the message appears and notifies as it would have), keep
 * hidden, report to moderators, block the sender. The person acts on their own folder; an ally
 * with `review` acts on it for them (`?for=`), each action written to the log the person reads.
 */
export function createHeldFolderService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  allies: Pick<AlliesService, 'may' | 'record'>;
  notify: (
    recipientId: string,
    fromId: string,
    type: NotificationType,
    postId: string | null,
  ) => Promise<boolean>;
  block: (viewerId: string, targetId: string) => Promise<unknown>;
}) {
  const { db, clock, ids, allies } = deps;

  /**
   * The folder the viewer may act on: their own, or the person's named by `forId` when the
   * viewer is their ally with `permission` — read now, so a revoked ally is refused at once.
   */
  async function subject(
    viewerId: string,
    forId: string | undefined,
    permission: AllyPermission = 'review',
  ): Promise<Result<Subject, SubjectError>> {
    if (forId === undefined || forId === viewerId) {
      return ok({ ownerId: viewerId, actorId: viewerId, seesDirect: true });
    }
    if (!(await allies.may(forId, viewerId, permission))) return err({ kind: 'not_ally' });
    return ok({
      ownerId: forId,
      actorId: viewerId,
      seesDirect: await allies.may(forId, viewerId, 'direct'),
    });
  }

  function list(who: Subject, page: PageParams, states: HeldRow['state'][] = ['held']) {
    return listHeld(db, who.ownerId, { includeDirect: who.seesDirect, states }, page);
  }

  async function find(who: Subject, id: string): Promise<HeldRow | undefined> {
    const row = await findHeld(db, who.ownerId, id);
    if (!row || (row.kind === 'direct' && !who.seesDirect)) return undefined;
    return row;
  }

  async function notificationType(row: HeldRow): Promise<NotificationType> {
    switch (row.kind) {
      case 'reply':
        return 'reply';
      case 'mention':
      case 'direct':
        return 'mention';
      case 'follow': {
        const pending = await db
          .selectFrom('follow_requests')
          .select('id')
          .where('account_id', '=', row.from_account_id)
          .where('target_account_id', '=', row.owner_id)
          .executeTakeFirst();
        return pending ? 'follow_request' : 'follow';
      }
      default: {
        const unexpected: never = row.kind;
        throw new Error(`unknown kind ${String(unexpected)}`);
      }
    }
  }

  async function act(
    who: Subject,
    id: string,
    action: HeldAction,
  ): Promise<Result<HeldRow, HeldError>> {
    const row = await find(who, id);
    if (!row) return err({ kind: 'not_found' });
    const at = clock.now().toISOString();
    const decided = { decided_by: who.actorId, decided_at: at };
    let updated: HeldRow;
    switch (action) {
      case 'approve': {
        updated = { ...row, state: 'approved', ...decided };
        await decideHeld(db, row.id, { state: 'approved', ...decided });
        // Delivered late, as it would have been: the policy sees it approved and lets it through.
        await deps.notify(
          row.owner_id,
          row.from_account_id,
          await notificationType(row),
          row.post_id,
        );
        break;
      }
      case 'hide':
        updated = { ...row, state: 'hidden', ...decided };
        await decideHeld(db, row.id, { state: 'hidden', ...decided });
        break;
      case 'report': {
        // Through moderation's one door for reports, so the queue orders it like any other.
        const filed = await fileReport(
          { db, clock, ids },
          {
            reporterId: row.owner_id,
            accountId: row.from_account_id,
            statusIds: row.post_id ? [row.post_id] : [],
            source: who.actorId === row.owner_id ? 'member' : 'ally',
            filedBy: who.actorId === row.owner_id ? null : who.actorId,
            reason: 'harassment',
          },
        );
        // A sender or post gone since: nothing left to report, the item still leaves the folder.
        if (
          !filed.ok &&
          filed.error.kind !== 'account_not_found' &&
          filed.error.kind !== 'status_not_found'
        ) {
          return err({ kind: 'not_found' });
        }
        // Reported stays out of sight: approving it remains possible.
        const state = row.state === 'approved' ? 'approved' : 'hidden';
        updated = { ...row, state, reported_at: at, ...decided };
        await decideHeld(db, row.id, { state, reported_at: at, ...decided });
        break;
      }
      case 'block': {
        await deps.block(row.owner_id, row.from_account_id);
        const state = row.state === 'approved' ? 'approved' : 'hidden';
        updated = { ...row, state, ...decided };
        await decideHeld(db, row.id, { state, ...decided });
        break;
      }
      default: {
        const unexpected: never = action;
        throw new Error(`unknown action ${String(unexpected)}`);
      }
    }
    if (who.actorId !== who.ownerId) {
      await allies.record({
        ownerId: who.ownerId,
        actorId: who.actorId,
        action,
        targetAccountId: row.from_account_id,
        heldId: row.id,
      });
    }
    return ok(updated);
  }

  return { subject, list, find, act };
}
