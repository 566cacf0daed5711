import type { Kysely } from 'kysely';
import type { PageParams } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import { notBlockedWith } from '../policy/relations.sql.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import {
  type AllyRow,
  activeAllyIds,
  alliesOf,
  appendLog,
  deleteAlly,
  findAlly,
  helpedBy,
  insertAlly,
  listLog,
  logCounts,
  updateAlly,
} from './allies.repository.ts';
import type { AllyPermission } from './allies.tables.ts';
import { allyMay, parsePermissions } from './ally-permissions.ts';

/** What is written to the log the person reads (actions on held items and on the alliance). */
export type AllyAction =
  | 'approve'
  | 'hide'
  | 'report'
  | 'block'
  | 'invite'
  | 'accept'
  | 'decline'
  | 'revoke';

export type AllyError =
  | { kind: 'not_found' }
  | { kind: 'self' }
  | { kind: 'not_invitable' }
  | { kind: 'already_answered' };

export type AlliesService = ReturnType<typeof createAlliesService>;

/**
 * Allies: a person invites people they trust, each accepts or declines, and every permission is
 * read from the database on each request (see `allyMay`), so revoking cuts access at once.
 * Everything an ally does for the person, and every change to the alliance, is logged for them.
 */
export function createAlliesService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
}) {
  const { db, clock, ids } = deps;
  const now = () => clock.now().toISOString();

  async function record(entry: {
    ownerId: string;
    actorId: string;
    action: AllyAction;
    targetAccountId?: string | null;
    heldId?: string | null;
  }): Promise<void> {
    await appendLog(db, {
      id: ids(),
      owner_id: entry.ownerId,
      actor_id: entry.actorId,
      action: entry.action,
      target_account_id: entry.targetAccountId ?? null,
      held_id: entry.heldId ?? null,
      created_at: now(),
    });
  }

  /** Invites someone (or changes an existing ally's permissions); a local, live account only. */
  async function invite(
    ownerId: string,
    allyId: string,
    permissions: AllyPermission[],
  ): Promise<Result<AllyRow, AllyError>> {
    if (ownerId === allyId) return err({ kind: 'self' });
    const target = await db
      .selectFrom('accounts as a')
      .innerJoin('users as u', 'u.account_id', 'a.id')
      .select('a.id')
      .where('a.id', '=', allyId)
      .where('a.deleted_at', 'is', null)
      .where('u.approved', '=', 1)
      // Nobody is asked for help by someone they block, or who blocks them.
      .where(notBlockedWith(ownerId, 'a.id'))
      .executeTakeFirst();
    if (!target) return err({ kind: 'not_invitable' });
    const stored = [...new Set(permissions)].sort().join(',');
    const existing = await findAlly(db, ownerId, allyId);
    if (existing) {
      // A declined invitation may be sent again; an active ally keeps their state.
      const state = existing.state === 'active' ? 'active' : 'invited';
      await updateAlly(db, existing.id, {
        permissions: stored,
        state,
        responded_at: state === 'active' ? existing.responded_at : null,
      });
    } else {
      await insertAlly(db, {
        id: ids(),
        owner_id: ownerId,
        ally_id: allyId,
        permissions: stored,
        state: 'invited',
        created_at: now(),
        responded_at: null,
      });
    }
    await record({ ownerId, actorId: ownerId, action: 'invite', targetAccountId: allyId });
    // A new or renewed invitation is news to the invited person; a change of permissions is not.
    if (existing?.state !== 'active') await notifyInvitation(allyId, ownerId);
    const row = await findAlly(db, ownerId, allyId);
    return row ? ok(row) : err({ kind: 'not_found' });
  }

  async function notifyInvitation(allyId: string, ownerId: string): Promise<void> {
    await db
      .deleteFrom('notifications')
      .where('account_id', '=', allyId)
      .where('from_account_id', '=', ownerId)
      .where('type', '=', 'empathie.ally.invitation')
      .execute();
    await db
      .insertInto('notifications')
      .values({
        id: ids(),
        account_id: allyId,
        from_account_id: ownerId,
        type: 'empathie.ally.invitation',
        post_id: null,
        created_at: now(),
      })
      .execute();
  }

  async function revoke(ownerId: string, allyId: string): Promise<Result<true, AllyError>> {
    if (!(await deleteAlly(db, ownerId, allyId))) return err({ kind: 'not_found' });
    await record({ ownerId, actorId: ownerId, action: 'revoke', targetAccountId: allyId });
    return ok(true);
  }

  /** The invited person answers; only they can, and only once. */
  async function answer(
    allyId: string,
    invitationId: string,
    accept: boolean,
  ): Promise<Result<AllyRow, AllyError>> {
    const row = await db
      .selectFrom('allies')
      .selectAll()
      .where('id', '=', invitationId)
      .where('ally_id', '=', allyId)
      .executeTakeFirst();
    if (!row) return err({ kind: 'not_found' });
    if (row.state !== 'invited') return err({ kind: 'already_answered' });
    const state = accept ? 'active' : 'declined';
    const at = now();
    await updateAlly(db, row.id, { state, responded_at: at });
    await record({
      ownerId: row.owner_id,
      actorId: allyId,
      action: accept ? 'accept' : 'decline',
      targetAccountId: allyId,
    });
    return ok({ ...row, state, responded_at: at });
  }

  return {
    invite,
    revoke,
    accept: (allyId: string, id: string) => answer(allyId, id, true),
    decline: (allyId: string, id: string) => answer(allyId, id, false),
    list: (ownerId: string) => alliesOf(db, ownerId),
    invitations: (allyId: string) => helpedBy(db, allyId, 'invited'),
    helping: (allyId: string) => helpedBy(db, allyId, 'active'),
    activeAllyIds: (ownerId: string) => activeAllyIds(db, ownerId),
    may: (ownerId: string, allyId: string, permission: AllyPermission) =>
      allyMay(db, { ownerId, allyId, permission }),
    record,
    log: (ownerId: string, page: PageParams) => listLog(db, ownerId, page),
    logCounts: (ownerId: string) => logCounts(db, ownerId),
    permissionsOf: (row: AllyRow) => parsePermissions(row.permissions),
  };
}
