import type { Kysely } from 'kysely';
import type { Database, PostToneTable } from '../db/schema.ts';

export type PostToneRow = PostToneTable;

/** One row per post: an edit replaces the tone of the previous version. */
export async function upsertPostTone(db: Kysely<Database>, row: PostToneRow): Promise<void> {
  const { post_id: _key, ...changes } = row;
  await db
    .insertInto('post_tones')
    .values(row)
    .onConflict((oc) => oc.column('post_id').doUpdateSet(changes))
    .execute();
}

export async function findPostTones(
  db: Kysely<Database>,
  postIds: string[],
): Promise<Map<string, PostToneRow>> {
  if (postIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('post_tones')
    .selectAll()
    .where('post_id', 'in', [...new Set(postIds)])
    .execute();
  return new Map(rows.map((r) => [r.post_id, normalise(r)]));
}

export interface WeeklyTone {
  week: string;
  posts: number;
  averageToxicity: number;
  maxToxicity: number;
}

/** A person's published posts per week since `sinceWeek`: how many, average and peak toxicity. */
export async function weeklyToneOf(
  db: Kysely<Database>,
  accountId: string,
  sinceWeek: string,
): Promise<WeeklyTone[]> {
  const rows = await db
    .selectFrom('post_tones')
    .select('week')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('posts'),
      eb.fn.avg<number | string>('toxicity').as('average'),
      eb.fn.max<number | string>('toxicity').as('max'),
    ])
    .where('account_id', '=', accountId)
    .where('week', '>=', sinceWeek)
    .groupBy('week')
    .orderBy('week')
    .execute();
  return rows.map((r) => ({
    week: r.week,
    posts: Number(r.posts),
    averageToxicity: Number(r.average),
    maxToxicity: Number(r.max),
  }));
}

// PostgreSQL's pg driver may hand numeric values back as strings; the rest of the code wants numbers.
function normalise(r: PostToneRow): PostToneRow {
  return {
    ...r,
    toxicity: Number(r.toxicity),
    severe_toxicity: Number(r.severe_toxicity),
    insult: Number(r.insult),
    threat: Number(r.threat),
    identity_attack: Number(r.identity_attack),
    profanity: Number(r.profanity),
  };
}

/** How many of a person's posts each week had each dominant emotion, since `sinceWeek`. */
export async function weeklyEmotionsOf(
  db: Kysely<Database>,
  accountId: string,
  sinceWeek: string,
): Promise<Array<{ week: string; emotion: string; posts: number }>> {
  const rows = await db
    .selectFrom('post_tones')
    .select(['week', 'emotion'])
    .select((eb) => eb.fn.countAll<number | string>().as('posts'))
    .where('account_id', '=', accountId)
    .where('week', '>=', sinceWeek)
    .groupBy(['week', 'emotion'])
    .execute();
  return rows.map((r) => ({ week: r.week, emotion: r.emotion, posts: Number(r.posts) }));
}
