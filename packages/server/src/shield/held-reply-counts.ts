import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { ExtensibleStatus, StatusExtension } from '../gentle/status-extension.ts';

type Counted = ExtensibleStatus & { replies_count?: number };

/**
 * A held reply is shown to its author only, so it must not show in the number of replies either:
 * thirty held replies under a post would otherwise tell every reader that a pile-on happened.
 * Subtracts, for this viewer, the replies held (or kept hidden) under each post of the page that
 * they did not write themselves. One query per page, whatever its size; deletion-safe, since it
 * counts existing posts only.
 */
export function heldReplyCounts(db: Kysely<Database>): StatusExtension {
  return async (statuses, viewerId) => {
    const all: Counted[] = statuses.flatMap((s) => (s.reblog ? [s, s.reblog] : [s]));
    const ids = [...new Set(all.filter((s) => (s.replies_count ?? 0) > 0).map((s) => s.id))];
    if (ids.length === 0) return;
    let q = db
      .selectFrom('shield_held as h')
      .innerJoin('posts as p', 'p.id', 'h.post_id')
      .select(['p.in_reply_to_id as parent', (eb) => eb.fn.countAll<number>().as('n')])
      .where('h.kind', '=', 'reply')
      .where('h.state', '<>', 'approved')
      .where('p.in_reply_to_id', 'in', ids)
      .groupBy('p.in_reply_to_id');
    if (viewerId !== null) q = q.where('p.account_id', '<>', viewerId);
    const held = new Map((await q.execute()).map((r) => [r.parent ?? '', Number(r.n)]));
    for (const status of all) {
      const n = held.get(status.id);
      if (n) status.replies_count = Math.max((status.replies_count ?? 0) - n, 0);
    }
  };
}

/** Runs several status extensions one after the other, on the same page. */
export function bothExtensions(
  first: StatusExtension | undefined,
  second: StatusExtension,
): StatusExtension {
  return async (statuses, viewerId) => {
    if (first) await first(statuses, viewerId);
    await second(statuses, viewerId);
  };
}
