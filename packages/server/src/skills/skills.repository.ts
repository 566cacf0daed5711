import type { Kysely } from 'kysely';
import '../calls/calls.tables.ts';
import { skillKey } from '../calls/calls.repository.ts';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export interface SkillInput {
  name: string;
  public: boolean;
}

/** Replaces a person's skills with the list given, in its order. */
export function replaceSkills(db: Db, accountId: string, skills: SkillInput[]): Promise<void> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('account_skills').where('account_id', '=', accountId).execute();
    if (skills.length === 0) return;
    await trx
      .insertInto('account_skills')
      .values(
        skills.map((s, position) => ({
          account_id: accountId,
          name: s.name.trim(),
          name_key: skillKey(s.name),
          public: s.public ? 1 : 0,
          position,
        })),
      )
      .execute();
  });
}

/** A person's skills: all of them for themselves, the public ones only for anyone else. */
export function skillsOf(db: Db, accountId: string, includePrivate: boolean) {
  let q = db
    .selectFrom('account_skills')
    .select(['name', 'public'])
    .where('account_id', '=', accountId);
  if (!includePrivate) q = q.where('public', '=', 1);
  return q.orderBy('position').execute();
}
