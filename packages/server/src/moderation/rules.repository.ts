import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Bilingual } from '../http/language.ts';
import { RULES as DEFAULT_RULES } from '../instance/instance.text.ts';
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

export interface PublicRule {
  id: string;
  text: Bilingual;
  hint: Bilingual;
}

/**
 * The rules the instance shows everywhere (its rules page, sign-up, `/api/v1/instance`, and what
 * a newcomer accepts): those its admins wrote, or Empathie's own, in both languages, until they
 * write one. One source, so that what a person is shown is what they are recorded accepting.
 */
export async function currentRules(db: Kysely<Database>): Promise<PublicRule[]> {
  const rows = await listRules(db);
  if (rows.length === 0) return DEFAULT_RULES;
  return rows.map((r) => ({
    id: r.id,
    text: { fr: r.text, en: r.text },
    hint: { fr: r.hint, en: r.hint },
  }));
}
