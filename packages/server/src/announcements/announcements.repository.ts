import type { Kysely } from 'kysely';
import type { AnnouncementTable, Database } from '../db/schema.ts';

type Db = Kysely<Database>;
export type AnnouncementRow = AnnouncementTable;
export interface ReactionCount {
  name: string;
  count: number;
  me: boolean;
}

/** SQL of instance announcements, their dismissals (per person) and emoji reactions. */
export function announcementsRepository(db: Db) {
  return {
    insert: (row: AnnouncementRow) => db.insertInto('announcements').values(row).execute(),

    async update(id: string, change: Partial<Omit<AnnouncementRow, 'id' | 'author_id'>>) {
      await db.updateTable('announcements').set(change).where('id', '=', id).execute();
    },

    async remove(id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('announcement_reactions').where('announcement_id', '=', id).execute();
        await trx.deleteFrom('announcement_dismissals').where('announcement_id', '=', id).execute();
        await trx.deleteFrom('announcements').where('id', '=', id).execute();
      });
    },

    find: (id: string) =>
      db.selectFrom('announcements').selectAll().where('id', '=', id).executeTakeFirst(),

    /** Every announcement, drafts too, newest first: the admin page. Few rows by nature. */
    all: () =>
      db.selectFrom('announcements').selectAll().orderBy('id', 'desc').limit(200).execute(),

    /** Published and not ended at `now`, oldest first as Mastodon lists them. */
    active: (now: string) =>
      db
        .selectFrom('announcements')
        .selectAll()
        .where('published_at', 'is not', null)
        .where((w) => w.or([w('ends_at', 'is', null), w('ends_at', '>', now)]))
        .orderBy('published_at')
        .orderBy('id')
        .limit(100)
        .execute(),

    async dismissedAmong(accountId: string, ids: string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db
        .selectFrom('announcement_dismissals')
        .select('announcement_id')
        .where('account_id', '=', accountId)
        .where('announcement_id', 'in', ids)
        .execute();
      return new Set(rows.map((r) => r.announcement_id));
    },

    async dismiss(id: string, accountId: string, at: string): Promise<void> {
      await db
        .insertInto('announcement_dismissals')
        .values({ announcement_id: id, account_id: accountId, created_at: at })
        .onConflict((oc) => oc.columns(['announcement_id', 'account_id']).doNothing())
        .execute();
    },

    /** Reaction counts per announcement, with whether `accountId` gave each. */
    async reactions(ids: string[], accountId: string): Promise<Map<string, ReactionCount[]>> {
      const out = new Map<string, ReactionCount[]>();
      if (ids.length === 0) return out;
      const rows = await db
        .selectFrom('announcement_reactions')
        .select(['announcement_id', 'name', 'account_id'])
        .where('announcement_id', 'in', ids)
        .orderBy('created_at')
        .execute();
      for (const r of rows) {
        const list = out.get(r.announcement_id) ?? [];
        let entry = list.find((e) => e.name === r.name);
        if (!entry) {
          entry = { name: r.name, count: 0, me: false };
          list.push(entry);
        }
        entry.count += 1;
        if (r.account_id === accountId) entry.me = true;
        out.set(r.announcement_id, list);
      }
      return out;
    },

    async distinctReactionNames(id: string): Promise<Set<string>> {
      const rows = await db
        .selectFrom('announcement_reactions')
        .select('name')
        .distinct()
        .where('announcement_id', '=', id)
        .execute();
      return new Set(rows.map((r) => r.name));
    },

    async react(id: string, accountId: string, name: string, at: string): Promise<void> {
      await db
        .insertInto('announcement_reactions')
        .values({ announcement_id: id, account_id: accountId, name, created_at: at })
        .onConflict((oc) => oc.columns(['announcement_id', 'account_id', 'name']).doNothing())
        .execute();
    },

    async unreact(id: string, accountId: string, name: string): Promise<void> {
      await db
        .deleteFrom('announcement_reactions')
        .where('announcement_id', '=', id)
        .where('account_id', '=', accountId)
        .where('name', '=', name)
        .execute();
    },
  };
}

export type AnnouncementsRepository = ReturnType<typeof announcementsRepository>;
