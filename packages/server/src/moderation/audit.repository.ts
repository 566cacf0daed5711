import type { Kysely, Selectable } from 'kysely';
import type { PageParams } from '../db/pagination.ts';
import { applyPage, finishPage } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { AuditLogTable } from './moderation.tables.ts';

export type AuditRow = Selectable<AuditLogTable>;

export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType:
    | 'account'
    | 'status'
    | 'report'
    | 'notice'
    | 'statement'
    | 'appeal'
    | 'rule'
    // A coordination alert dismissed or resolved (coordination/alerts.routes.ts).
    | 'alert'
    // An instance domain block added, changed or lifted (domain-blocks/).
    | 'domain_block'
    // An instance announcement written, changed or deleted (announcements/).
    | 'announcement';
  targetId: string;
  reason?: string;
  detail?: Record<string, unknown>;
}

/**
 * The audit log is append-only: this module has an insert and a read, and nothing in the
 * application updates or deletes a row of `moderation_audit_log`.
 */
export async function appendAudit(
  db: Kysely<Database>,
  ids: IdGenerator,
  at: string,
  entry: AuditEntry,
): Promise<void> {
  await db
    .insertInto('moderation_audit_log')
    .values({
      id: ids(),
      actor_id: entry.actorId,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId,
      reason: entry.reason ?? '',
      detail: JSON.stringify(entry.detail ?? {}),
      created_at: at,
    })
    .execute();
}

export async function listAudit(db: Kysely<Database>, page: PageParams): Promise<AuditRow[]> {
  const q = db.selectFrom('moderation_audit_log').selectAll();
  return finishPage(await applyPage(q, 'id', page).execute(), page);
}
