import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

interface Named {
  username: string;
  domain: string | null;
}

type AllyRow = Named & { permissions: string; state: string; created_at: string };

/**
 * What the person set up to protect themselves (keyword filters, notification policy, block lists
 * and subscriptions, allies, shield), for `empathie/defence.json` in the archive. Plain SQL on
 * constant names: these tables belong to their own domains, and the archive only reads the
 * owner's rows. Other people appear by address only.
 */
export async function readDefenceData(db: Db, accountId: string, localDomain: string) {
  const rows = async <T = Row>(query: RawBuilder<T>): Promise<T[]> =>
    (await query.execute(db)).rows;
  const address = (a: Named) => `${a.username}@${a.domain ?? localDomain}`;

  const filters = await rows<Row & { id: string }>(
    sql`select id, title, context, action, expires_at, created_at from filters
        where account_id = ${accountId} order by id`,
  );
  const keywords = await rows<{ filter_id: string; keyword: string; whole_word: number }>(
    sql`select k.filter_id, k.keyword, k.whole_word from filter_keywords k
        join filters f on f.id = k.filter_id where f.account_id = ${accountId} order by k.id`,
  );
  const policy = await rows(
    sql`select * from notification_policies where account_id = ${accountId}`,
  );
  const lists = await rows<Row & { id: string }>(
    sql`select id, title, description, visibility, created_at from block_lists
        where account_id = ${accountId} order by id`,
  );
  const entries = await rows<Named & { list_id: string; reason: string; created_at: string }>(
    sql`select e.list_id, a.username, a.domain, e.reason, e.created_at from block_list_entries e
        join block_lists l on l.id = e.list_id join accounts a on a.id = e.account_id
        where l.account_id = ${accountId} order by e.created_at`,
  );
  const subscriptions = await rows(
    sql`select s.list_id, l.title, s.action, s.created_at from block_list_subscriptions s
        join block_lists l on l.id = s.list_id where s.account_id = ${accountId} order by s.id`,
  );
  const myAllies = await rows<AllyRow>(
    sql`select a.username, a.domain, al.permissions, al.state, al.created_at from allies al
        join accounts a on a.id = al.ally_id where al.owner_id = ${accountId} order by al.id`,
  );
  const allyOf = await rows<AllyRow>(
    sql`select a.username, a.domain, al.permissions, al.state, al.created_at from allies al
        join accounts a on a.id = al.owner_id where al.ally_id = ${accountId} order by al.id`,
  );
  const shield = await rows(
    sql`select mode, sensitivity, updated_at from shield_settings where account_id = ${accountId}`,
  );

  const ally = (a: AllyRow) => ({
    address: address(a),
    permissions: a.permissions,
    state: a.state,
    since: a.created_at,
  });
  return {
    filters: filters.map((f) => ({
      ...f,
      keywords: keywords
        .filter((k) => k.filter_id === f.id)
        .map((k) => ({ keyword: k.keyword, whole_word: Number(k.whole_word) === 1 })),
    })),
    notification_policy: policy[0] ?? null,
    block_lists: lists.map((l) => ({
      ...l,
      entries: entries
        .filter((e) => e.list_id === l.id)
        .map((e) => ({ address: address(e), reason: e.reason, since: e.created_at })),
    })),
    block_list_subscriptions: subscriptions,
    allies: myAllies.map(ally),
    ally_of: allyOf.map(ally),
    shield: shield[0] ?? null,
  };
}
