import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { InstanceRuleTable } from './moderation.tables.ts';

export type RuleRow = Selectable<InstanceRuleTable>;

export function listRules(db: Kysely<Database>): Promise<RuleRow[]> {
  return db
    .selectFrom('instance_rules')
    .selectAll()
    .orderBy('position')
    .orderBy('id')
    .limit(200)
    .execute();
}

export function findRule(db: Kysely<Database>, id: string): Promise<RuleRow | undefined> {
  return db.selectFrom('instance_rules').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertRule(db: Kysely<Database>, row: RuleRow): Promise<void> {
  await db.insertInto('instance_rules').values(row).execute();
}

export async function updateRule(
  db: Kysely<Database>,
  id: string,
  changes: Partial<Omit<RuleRow, 'id' | 'created_at'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('instance_rules')
    .set(changes)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function deleteRule(db: Kysely<Database>, id: string): Promise<boolean> {
  const r = await db.deleteFrom('instance_rules').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export function ruleJson(r: RuleRow) {
  return { id: r.id, text: r.text, hint: r.hint };
}
