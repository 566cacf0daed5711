import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { currentRules } from '../moderation/rules.repository.ts';

export type AcceptanceOutcome = { kind: 'recorded' } | { kind: 'rules_changed' };

/**
 * Records which rules a person accepted at sign-up: the ids they were shown and a hash of the
 * rules' wording then, so a later edit of a rule never changes what they agreed to. A client
 * that sends the ids it showed learns when the rules changed under it; a Mastodon client sends
 * none and accepts the rules as they stand (it shows `GET /api/v1/instance/rules`).
 */
export async function recordRuleAcceptance(
  db: Kysely<Database>,
  input: { accountId: string; shown: string[] | undefined; botsMustDeclare: boolean; at: string },
): Promise<AcceptanceOutcome> {
  const rules = await currentRules(db);
  const current = rules.map((r) => r.id);
  if (input.shown) {
    const shown = new Set(input.shown);
    if (shown.size !== current.length || current.some((id) => !shown.has(id))) {
      return { kind: 'rules_changed' };
    }
  }
  const version = createHash('sha256')
    .update(
      JSON.stringify([
        rules.map((r) => [r.id, r.text, r.hint]),
        input.botsMustDeclare ? 'bots_must_declare' : '',
      ]),
    )
    .digest('hex')
    .slice(0, 16);
  await db
    .insertInto('rule_acceptances')
    .values({
      account_id: input.accountId,
      rule_ids: JSON.stringify(current),
      rules_version: version,
      bots_must_declare: input.botsMustDeclare ? 1 : 0,
      accepted_at: input.at,
    })
    .execute();
  return { kind: 'recorded' };
}

export function findRuleAcceptance(db: Kysely<Database>, accountId: string) {
  return db
    .selectFrom('rule_acceptances')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}
