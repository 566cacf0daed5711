import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Viewer } from '../http/auth.ts';
import { findReport, type ReportRow, updateReport } from '../reports/reports.repository.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { type AuditEntry, appendAudit } from './audit.repository.ts';
import {
  type AccountFlag,
  type AppealRow,
  accountExists,
  appealOf,
  decideAppeal,
  findAppeal,
  findNotice,
  findPost,
  findStatement,
  inForceStatements,
  insertAppeal,
  insertModerationNotification,
  insertStatement,
  markReversed,
  type NoticeRow,
  removePost,
  restorePost,
  type StatementRow,
  setAccountModeration,
  setPostSensitive,
  updateNotice,
} from './moderation.repository.ts';
import type { RestrictionAction } from './moderation.tables.ts';
import { findRule } from './rules.repository.ts';
import { isLegalGround } from './statements.text.ts';

export type ModerationError =
  | { kind: 'not_found' }
  | { kind: 'invalid_ground' }
  | { kind: 'no_posts' }
  | { kind: 'forbidden' }
  | { kind: 'conflict' };

/** Mastodon's account actions, as `POST /api/v1/admin/accounts/:id/action` names them. */
export type AccountActionType = 'none' | 'sensitive' | 'disable' | 'silence' | 'suspend';
export type PostActionType = 'remove' | 'sensitive';

export interface Decision {
  /** `rule:<id>`, `law:<ground>`, or none (a plain Mastodon client): the report's rule or terms. */
  ground?: string | undefined;
  /** What the moderator wrote: the facts and circumstances. */
  text?: string | undefined;
  reportId?: string | undefined;
  noticeId?: string | undefined;
}

const ACCOUNT_FLAGS = new Map<RestrictionAction, AccountFlag>([
  ['limit', 'limited_at'],
  ['suspend', 'suspended_at'],
  ['disable', 'disabled_at'],
]);

export type ModerationService = ReturnType<typeof createModerationService>;

/**
 * The moderators' decisions: restrictions on posts and accounts, each with its statement of
 * reasons (DSA Art. 17) sent to the person; appeals decided by another moderator (Art. 20) and
 * undone completely when reversed; every step written to the append-only audit log.
 */
export function createModerationService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  events: EventBus;
}) {
  const { db, clock, ids, events } = deps;
  const now = () => clock.now().toISOString();
  const audit = (entry: AuditEntry) => appendAudit(db, ids, now(), entry);

  async function notify(accountId: string, type: 'empathie.statement' | 'empathie.appeal') {
    // From the person to themselves, as the shield's notices are: there is no "instance" account.
    await insertModerationNotification(db, { id: ids(), accountId, type, at: now() });
  }

  async function resolveGround(
    ground: string | undefined,
    report: ReportRow | undefined,
  ): Promise<{ ground: string; text: string } | null> {
    const chosen = ground ?? (report?.rule_ids ? `rule:${report.rule_ids.split(',')[0]}` : 'terms');
    if (chosen === 'terms') return { ground: 'terms', text: '' };
    if (chosen.startsWith('law:')) {
      return isLegalGround(chosen.slice(4)) ? { ground: chosen, text: '' } : null;
    }
    if (chosen.startsWith('rule:')) {
      const rule = await findRule(db, chosen.slice(5));
      return rule ? { ground: chosen, text: rule.text } : null;
    }
    return null;
  }

  async function loadLinks(d: Decision) {
    const report = d.reportId ? await findReport(db, d.reportId) : undefined;
    const notice = d.noticeId ? await findNotice(db, d.noticeId) : undefined;
    if ((d.reportId && !report) || (d.noticeId && !notice)) return null;
    return { report, notice };
  }

  /** Marks the report and notice the decision answers as resolved, with what was done. */
  async function settle(
    moderator: Viewer,
    outcome: string,
    links: { report: ReportRow | undefined; notice: NoticeRow | undefined },
    text: string,
  ) {
    const at = now();
    if (links.report) {
      await updateReport(db, links.report.id, {
        state: 'resolved',
        outcome,
        resolved_at: at,
        resolved_by: moderator.accountId,
        updated_at: at,
      });
      await audit({
        actorId: moderator.accountId,
        action: 'report.resolve',
        targetType: 'report',
        targetId: links.report.id,
        reason: text,
        detail: { outcome },
      });
    }
    if (links.notice) {
      await updateNotice(db, links.notice.id, {
        state: 'resolved',
        outcome,
        decision: text,
        decided_by: moderator.accountId,
        decided_at: at,
      });
      await audit({
        actorId: moderator.accountId,
        action: 'notice.resolve',
        targetType: 'notice',
        targetId: links.notice.id,
        reason: text,
        detail: { outcome },
      });
    }
  }

  async function restrict(
    moderator: Viewer,
    target: { accountId: string; postId: string | null },
    action: RestrictionAction,
    ground: { ground: string; text: string },
    decision: Decision,
    previous: Record<string, unknown>,
  ): Promise<StatementRow> {
    const at = now();
    const statement: StatementRow = {
      id: ids(),
      account_id: target.accountId,
      action,
      post_id: target.postId,
      facts: (decision.text ?? '').trim(),
      ground: ground.ground,
      ground_text: ground.text,
      automated: 0,
      decided_by: moderator.accountId,
      report_id: decision.reportId ?? null,
      notice_id: decision.noticeId ?? null,
      previous: JSON.stringify(previous),
      state: 'in_force',
      reversed_at: null,
      created_at: at,
    };
    await db.transaction().execute(async (trx) => {
      const flag = ACCOUNT_FLAGS.get(action);
      if (flag) await setAccountModeration(trx, target.accountId, { [flag]: at }, at);
      if (action === 'remove_post' && target.postId) {
        await removePost(trx, target.postId, statement.id, at);
      }
      if (action === 'mark_sensitive' && target.postId) {
        await setPostSensitive(trx, target.postId, 1);
      }
      await insertStatement(trx, statement);
    });
    await audit({
      actorId: moderator.accountId,
      action: `${target.postId ? 'status' : 'account'}.${action}`,
      targetType: target.postId ? 'status' : 'account',
      targetId: target.postId ?? target.accountId,
      reason: statement.facts,
      detail: { ground: statement.ground, statement_id: statement.id },
    });
    await notify(target.accountId, 'empathie.statement');
    await events.publish({ type: 'account.updated', accountId: target.accountId });
    return statement;
  }

  /** Undoes a statement's restriction completely (an appeal reversed it). */
  async function undo(statement: StatementRow): Promise<void> {
    const at = now();
    const previous = JSON.parse(statement.previous || '{}') as { sensitive?: number };
    await db.transaction().execute(async (trx) => {
      const flag = ACCOUNT_FLAGS.get(statement.action);
      if (flag) await setAccountModeration(trx, statement.account_id, { [flag]: null }, at);
      if (statement.action === 'remove_post' && statement.post_id) {
        await restorePost(trx, statement.post_id);
      }
      if (statement.action === 'mark_sensitive' && statement.post_id) {
        await setPostSensitive(trx, statement.post_id, Number(previous.sensitive ?? 0));
      }
      await markReversed(trx, statement.id, at);
    });
    await events.publish({ type: 'account.updated', accountId: statement.account_id });
  }

  return {
    audit,

    /** Mastodon's account action; `sensitive` marks the reported posts (it needs a report). */
    async actOnAccount(
      moderator: Viewer,
      accountId: string,
      type: AccountActionType,
      decision: Decision,
    ): Promise<Result<StatementRow[], ModerationError>> {
      if (!(await accountExists(db, accountId))) return err({ kind: 'not_found' });
      const links = await loadLinks(decision);
      if (!links) return err({ kind: 'not_found' });
      const ground = await resolveGround(decision.ground, links.report);
      if (!ground) return err({ kind: 'invalid_ground' });
      const text = (decision.text ?? '').trim();
      const done: StatementRow[] = [];
      switch (type) {
        case 'none':
          await audit({
            actorId: moderator.accountId,
            action: 'account.none',
            targetType: 'account',
            targetId: accountId,
            reason: text,
          });
          break;
        case 'sensitive': {
          const postIds = (links.report?.status_ids ?? '').split(',').filter(Boolean);
          if (postIds.length === 0) return err({ kind: 'no_posts' });
          for (const postId of postIds) {
            const post = await findPost(db, postId);
            if (!post || post.account_id !== accountId) continue;
            done.push(
              await restrict(moderator, { accountId, postId }, 'mark_sensitive', ground, decision, {
                sensitive: post.sensitive,
              }),
            );
          }
          break;
        }
        case 'disable':
        case 'silence':
        case 'suspend': {
          const action: RestrictionAction =
            type === 'silence' ? 'limit' : type === 'disable' ? 'disable' : 'suspend';
          done.push(
            await restrict(moderator, { accountId, postId: null }, action, ground, decision, {}),
          );
          break;
        }
        default: {
          const unexpected: never = type;
          throw new Error(`unknown account action ${String(unexpected)}`);
        }
      }
      await settle(moderator, type === 'silence' ? 'limit' : type, links, text);
      return ok(done);
    },

    async actOnPost(
      moderator: Viewer,
      postId: string,
      type: PostActionType,
      decision: Decision,
    ): Promise<Result<StatementRow, ModerationError>> {
      const post = await findPost(db, postId);
      if (!post) return err({ kind: 'not_found' });
      const links = await loadLinks(decision);
      if (!links) return err({ kind: 'not_found' });
      const ground = await resolveGround(decision.ground, links.report);
      if (!ground) return err({ kind: 'invalid_ground' });
      const action: RestrictionAction = type === 'remove' ? 'remove_post' : 'mark_sensitive';
      const statement = await restrict(
        moderator,
        { accountId: post.account_id, postId },
        action,
        ground,
        decision,
        { sensitive: post.sensitive },
      );
      await settle(moderator, action, links, (decision.text ?? '').trim());
      return ok(statement);
    },

    /**
     * Lifts an account restriction without an appeal (Mastodon's unsilence, unsuspend, enable):
     * the statements that imposed it are marked reversed, and the state is cleared.
     */
    async lift(
      moderator: Viewer,
      accountId: string,
      action: 'limit' | 'suspend' | 'disable',
    ): Promise<Result<void, ModerationError>> {
      if (!(await accountExists(db, accountId))) return err({ kind: 'not_found' });
      const inForce = await inForceStatements(db, accountId, action);
      for (const statement of inForce) await undo(statement);
      const flag = ACCOUNT_FLAGS.get(action);
      if (flag) await setAccountModeration(db, accountId, { [flag]: null }, now());
      await audit({
        actorId: moderator.accountId,
        action: `account.lift_${action}`,
        targetType: 'account',
        targetId: accountId,
        detail: { statements: inForce.map((s) => s.id) },
      });
      return ok(undefined);
    },

    /** Closes a notice without restricting anything (nothing illegal found), saying why. */
    async dismissNotice(
      moderator: Viewer,
      noticeId: string,
      text: string,
    ): Promise<Result<void, ModerationError>> {
      const notice = await findNotice(db, noticeId);
      if (!notice) return err({ kind: 'not_found' });
      await settle(moderator, 'none', { report: undefined, notice }, text);
      return ok(undefined);
    },

    async appeal(
      accountId: string,
      statementId: string,
      text: string,
    ): Promise<Result<AppealRow, ModerationError>> {
      const statement = await findStatement(db, statementId);
      if (!statement || statement.account_id !== accountId) return err({ kind: 'not_found' });
      if (statement.state !== 'in_force') return err({ kind: 'conflict' });
      const existing = await appealOf(db, statementId);
      if (existing) return err({ kind: 'conflict' });
      const row: AppealRow = {
        id: ids(),
        statement_id: statementId,
        account_id: accountId,
        text: text.trim(),
        state: 'pending',
        decided_by: null,
        reason: null,
        decided_at: null,
        created_at: now(),
      };
      await insertAppeal(db, row);
      await audit({
        actorId: accountId,
        action: 'appeal.create',
        targetType: 'appeal',
        targetId: row.id,
        reason: row.text,
        detail: { statement_id: statementId },
      });
      return ok(row);
    },

    /** Another moderator decides; reversing undoes the restriction completely. */
    async decideAppeal(
      moderator: Viewer,
      appealId: string,
      decision: 'uphold' | 'reverse',
      reason: string,
    ): Promise<Result<AppealRow, ModerationError>> {
      const appeal = await findAppeal(db, appealId);
      if (!appeal) return err({ kind: 'not_found' });
      const statement = await findStatement(db, appeal.statement_id);
      if (!statement) return err({ kind: 'not_found' });
      if (statement.decided_by === moderator.accountId) return err({ kind: 'forbidden' });
      const at = now();
      const state = decision === 'reverse' ? 'reversed' : 'upheld';
      const decided = await decideAppeal(db, appealId, {
        state,
        decided_by: moderator.accountId,
        reason: reason.trim(),
        decided_at: at,
      });
      if (!decided) return err({ kind: 'conflict' });
      if (decision === 'reverse') await undo(statement);
      await audit({
        actorId: moderator.accountId,
        action: `appeal.${decision}`,
        targetType: 'appeal',
        targetId: appealId,
        reason: reason.trim(),
        detail: { statement_id: statement.id },
      });
      await notify(appeal.account_id, 'empathie.appeal');
      return ok({ ...appeal, state, decided_by: moderator.accountId, reason, decided_at: at });
    },
  };
}
