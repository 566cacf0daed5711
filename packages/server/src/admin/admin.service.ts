import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { PageParams } from '../db/pagination.ts';
import { applyPage, finishPage } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import type { Viewer } from '../http/auth.ts';
import type { InstanceSettings, InstanceSettingsStore } from '../instance/instance-settings.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { type InviteRow, insertInvite, listInvites, revokeInvite } from './invites.repository.ts';

export interface PendingAccount {
  id: string;
  username: string;
  email: string;
  reason: string | null;
  createdAt: string;
}

export type AdminService = ReturnType<typeof createAdminService>;

/** Instance settings, sign-up approval and invites. Callers check the admin role first. */
export function createAdminService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  events: EventBus;
  settings: InstanceSettingsStore;
}) {
  const { db, clock, ids, events, settings } = deps;

  return {
    settings: () => settings.get(),
    updateSettings: (changes: Partial<InstanceSettings>) => settings.update(changes),

    async pendingAccounts(page: PageParams): Promise<PendingAccount[]> {
      const query = db
        .selectFrom('users as u')
        .innerJoin('accounts as a', 'a.id', 'u.account_id')
        .select([
          'a.id',
          'a.username',
          'u.email',
          'u.sign_up_reason as reason',
          'a.created_at as createdAt',
        ])
        .where('u.approved', '=', 0);
      return finishPage(await applyPage(query, 'a.id', page).execute(), page);
    },

    async approve(accountId: string): Promise<Result<void, 'not_found'>> {
      const result = await db
        .updateTable('users')
        .set({ approved: 1 })
        .where('account_id', '=', accountId)
        .where('approved', '=', 0)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return err('not_found');
      await events.publish({ type: 'account.updated', accountId });
      return ok(undefined);
    },

    /** Deletes a waiting sign-up entirely: it never had access, so nothing else refers to it. */
    async reject(accountId: string): Promise<Result<void, 'not_found'>> {
      const done = await db.transaction().execute(async (trx) => {
        const pending = await trx
          .selectFrom('users')
          .select('account_id')
          .where('account_id', '=', accountId)
          .where('approved', '=', 0)
          .executeTakeFirst();
        if (!pending) return false;
        await trx.deleteFrom('access_tokens').where('account_id', '=', accountId).execute();
        await trx.deleteFrom('users').where('account_id', '=', accountId).execute();
        await trx.deleteFrom('accounts').where('id', '=', accountId).execute();
        return true;
      });
      return done ? ok(undefined) : err('not_found');
    },

    async createInvite(
      viewer: Viewer,
      options: { maxUses: number | null; expiresInSeconds: number | null },
    ): Promise<Result<InviteRow, 'forbidden'>> {
      if (viewer.role !== 'admin' && !(await settings.get()).invitesByMembers) {
        return err('forbidden');
      }
      const now = clock.now();
      const invite: InviteRow = {
        id: ids(),
        // 12 characters from 9 random bytes: unguessable, and short enough to read out loud.
        code: randomBytes(9).toString('base64url'),
        created_by: viewer.accountId,
        max_uses: options.maxUses,
        uses: 0,
        expires_at: options.expiresInSeconds
          ? new Date(now.getTime() + options.expiresInSeconds * 1000).toISOString()
          : null,
        created_at: now.toISOString(),
      };
      await insertInvite(db, invite);
      return ok(invite);
    },

    /** An admin revokes any invite; a member their own. */
    async revokeInvite(viewer: Viewer, id: string): Promise<Result<InviteRow, 'not_found'>> {
      const invite = await revokeInvite(
        db,
        id,
        viewer.role === 'admin' ? null : viewer.accountId,
        clock.now().toISOString(),
      );
      return invite ? ok(invite) : err('not_found');
    },

    /** An admin sees every invite; a member sees their own. */
    invites(viewer: Viewer, page: PageParams): Promise<InviteRow[]> {
      return listInvites(db, viewer.role === 'admin' ? null : viewer.accountId, page);
    },
  };
}
