import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import { notModeratedAway } from '../moderation/moderation.policy.ts';
import { idAtTime } from '../shared/ids.ts';

type Db = Kysely<Database>;

export interface TrendingTag {
  id: string;
  name: string;
  /** Distinct people who used it in public posts over the week: the one measure, shown. */
  accounts: number;
  uses: number;
  /** Per day (YYYY-MM-DD), newest first, the last seven days. */
  history: Array<{ day: string; uses: number; accounts: number }>;
}

/** A tag is a trend only when at least this many people use it: one voice is not a trend. */
export const MIN_PEOPLE = 2;

/**
 * SQL of trends. Tags are ranked by how many distinct people used them in public posts over the
 * last seven days, then by name: no engagement, no hidden weight. Bots, suspended accounts and
 * removed posts do not count. The scan is bounded to the week by the time-ordered post id.
 */
export function trendsRepository(db: Db) {
  const weekOf = (now: Date) => {
    const since = new Date(now.getTime() - 7 * 24 * 3600 * 1000);
    return db
      .selectFrom('post_tags as pt')
      .innerJoin('posts as p', 'p.id', 'pt.post_id')
      .innerJoin('accounts as a', 'a.id', 'p.account_id')
      .innerJoin('tags as t', 't.id', 'pt.tag_id')
      .where('p.id', '>=', idAtTime(since))
      .where('p.visibility', '=', 'public')
      .where('p.reblog_of_id', 'is', null)
      .where('a.bot', '=', 0)
      .where('a.deleted_at', 'is', null)
      .where(notModeratedAway(null, 'p'));
  };

  return {
    async tags(now: Date, limit: number): Promise<TrendingTag[]> {
      const people = sql<number>`count(distinct p.account_id)`;
      const ranked = await weekOf(now)
        .select(['t.id', 't.name', people.as('accounts'), sql<number>`count(*)`.as('uses')])
        .groupBy(['t.id', 't.name'])
        .having(people, '>=', MIN_PEOPLE)
        .orderBy(people, 'desc')
        .orderBy('t.name')
        .limit(limit)
        .execute();
      if (ranked.length === 0) return [];
      const day = sql<string>`substr(p.created_at, 1, 10)`;
      const daily = await weekOf(now)
        .select([
          't.id',
          day.as('day'),
          sql<number>`count(*)`.as('uses'),
          sql<number>`count(distinct p.account_id)`.as('accounts'),
        ])
        .where(
          't.id',
          'in',
          ranked.map((r) => r.id),
        )
        .groupBy(['t.id', day])
        .execute();
      const perTag = new Map<string, Map<string, { uses: number; accounts: number }>>();
      for (const d of daily) {
        const days = perTag.get(d.id) ?? new Map();
        days.set(d.day, { uses: Number(d.uses), accounts: Number(d.accounts) });
        perTag.set(d.id, days);
      }
      const lastWeek = Array.from({ length: 7 }, (_, i) =>
        new Date(now.getTime() - i * 24 * 3600 * 1000).toISOString().slice(0, 10),
      );
      return ranked.map((r) => ({
        id: r.id,
        name: r.name,
        accounts: Number(r.accounts),
        uses: Number(r.uses),
        history: lastWeek.map((d) => ({
          day: d,
          ...(perTag.get(r.id)?.get(d) ?? { uses: 0, accounts: 0 }),
        })),
      }));
    },
  };
}

export type TrendsRepository = ReturnType<typeof trendsRepository>;
