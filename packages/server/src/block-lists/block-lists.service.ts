import type { PageParams } from '../db/pagination.ts';
import type { RelationshipsService } from '../relationships/relationships.service.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { type CsvEntry, formatCsv, parseCsv } from './block-list-csv.ts';
import { mayManageBlockLists, mayReadBlockList } from './block-lists.authorization.ts';
import {
  accountsByAcct,
  type BlockListRow,
  type Db,
  deleteEffect,
  deleteEntries,
  deleteList,
  deleteSubscription,
  effectsFor,
  effectsOf,
  entriesOf,
  existingAccounts,
  findList,
  findSubscription,
  follows,
  forgetEffects,
  insertEffect,
  insertList,
  insertSubscription,
  listOwnedBy,
  moveFollowDebt,
  type Relation,
  relationExists,
  type SubscriptionRow,
  subscriptionsOf,
  updateList,
  upsertEntries,
} from './block-lists.repository.ts';

export type BlockListError =
  | { kind: 'not_found' }
  | { kind: 'forbidden' }
  | { kind: 'unknown_accounts'; ids: string[] }
  | { kind: 'too_many'; max: number };

/** A list holds at most this many accounts; an import or a request adds at most this many. */
export const MAX_ENTRIES = 5000;
export const MAX_PER_REQUEST = 500;

export type BlockListsService = ReturnType<typeof createBlockListsService>;

/**
 * Shared block lists. A subscription makes real blocks (or mutes) through the relationships
 * service, so every path that honours a block honours these, and records each one it made in
 * `block_list_effects`. It follows the list: an account added later is blocked too, one removed
 * is unblocked unless something else still wants it blocked. Unsubscribing undoes exactly what
 * the subscription made: a block the person made by hand (before or after) is theirs and stays.
 */
export function createBlockListsService(deps: {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  events: EventBus;
  relationships: Pick<RelationshipsService, 'block' | 'unblock' | 'mute' | 'unmute' | 'follow'>;
  domain: string;
}) {
  const { db, clock, ids, events, relationships } = deps;
  const now = () => clock.now().toISOString();

  /** The subscriber now wants `targetId` blocked (or muted) through `sub`. */
  async function apply(sub: SubscriptionRow, targetId: string): Promise<void> {
    if (targetId === sub.account_id) return;
    const relation: Relation = sub.action;
    const owned = await effectsFor(db, sub.account_id, targetId, relation);
    const exists = await relationExists(db, relation, sub.account_id, targetId);
    // Made by hand before: the person's own, never the subscription's to take back.
    if (exists && owned.length === 0) return;
    // A block cuts the subscriber's follow: remembered, so that leaving the list follows again.
    const restoreFollow =
      !exists && relation === 'block' && (await follows(db, sub.account_id, targetId));
    if (!exists) {
      const done =
        relation === 'block'
          ? await relationships.block(sub.account_id, targetId)
          : await relationships.mute(sub.account_id, targetId, true);
      if (!done.ok) return;
    }
    await insertEffect(db, {
      subscriptionId: sub.id,
      accountId: sub.account_id,
      targetId,
      relation,
      restoreFollow,
    });
  }

  /** `sub` no longer wants `targetId`: undo the relation if no other subscription wants it. */
  async function unapply(sub: SubscriptionRow, targetId: string): Promise<void> {
    const effect = await deleteEffect(db, sub.id, targetId);
    if (!effect) return;
    const relation: Relation = sub.action;
    if ((await effectsFor(db, sub.account_id, targetId, relation)).length > 0) {
      if (effect.restore_follow === 1) await moveFollowDebt(db, sub.account_id, targetId);
      return;
    }
    if (relation === 'mute') {
      await relationships.unmute(sub.account_id, targetId);
      return;
    }
    await relationships.unblock(sub.account_id, targetId);
    if (effect.restore_follow === 1) await relationships.follow(sub.account_id, targetId);
  }

  // A block or mute the person makes or lifts by hand becomes theirs: no subscription owns it.
  events.subscribe('block.confirmed', (e) => forgetEffects(db, e.accountId, e.targetId, 'block'));
  events.subscribe('block.removed', (e) => forgetEffects(db, e.accountId, e.targetId, 'block'));
  events.subscribe('mute.created', (e) => forgetEffects(db, e.accountId, e.targetId, 'mute'));
  events.subscribe('mute.removed', (e) => forgetEffects(db, e.accountId, e.targetId, 'mute'));

  async function managed(
    actorId: string,
    listId: string,
  ): Promise<Result<BlockListRow, BlockListError>> {
    const list = await findList(db, listId);
    if (!list || !(await mayReadBlockList(db, actorId, list))) return err({ kind: 'not_found' });
    if (!(await mayManageBlockLists(db, actorId, list.account_id)))
      return err({ kind: 'forbidden' });
    return ok(list);
  }

  async function readable(
    actorId: string,
    listId: string,
  ): Promise<Result<BlockListRow, BlockListError>> {
    const list = await findList(db, listId);
    // A private list is unknown to those who may not read it: 404, never 403.
    return list && (await mayReadBlockList(db, actorId, list))
      ? ok(list)
      : err({ kind: 'not_found' });
  }

  async function addEntries(
    actorId: string,
    listId: string,
    entries: Array<{ accountId: string; reason: string }>,
  ): Promise<Result<BlockListRow, BlockListError>> {
    const found = await managed(actorId, listId);
    if (!found.ok) return found;
    const list = found.value;
    const unique = new Map(
      entries.filter((e) => e.accountId !== list.account_id).map((e) => [e.accountId, e]),
    );
    const known = new Set((await existingAccounts(db, [...unique.keys()])).map((a) => a.id));
    const unknown = [...unique.keys()].filter((id) => !known.has(id));
    if (unknown.length > 0) return err({ kind: 'unknown_accounts', ids: unknown });
    const current = (await entriesOf(db, list.id)).length;
    if (current + unique.size > MAX_ENTRIES) return err({ kind: 'too_many', max: MAX_ENTRIES });
    const added = await upsertEntries(db, list.id, [...unique.values()], now());
    await updateList(db, list.id, { updated_at: now() });
    // The list's subscribers follow its changes at once.
    const subs = await subscriptionsOf(db, list.id);
    for (const sub of subs) for (const targetId of added) await apply(sub, targetId);
    return ok(list);
  }

  async function removeEntries(actorId: string, listId: string, accountIds: string[]) {
    const found = await managed(actorId, listId);
    if (!found.ok) return found;
    const removed = await deleteEntries(db, found.value.id, accountIds);
    await updateList(db, found.value.id, { updated_at: now() });
    const subs = await subscriptionsOf(db, found.value.id);
    for (const sub of subs) for (const targetId of removed) await unapply(sub, targetId);
    return ok(found.value);
  }

  async function unsubscribeRow(sub: SubscriptionRow): Promise<void> {
    for (const effect of await effectsOf(db, sub.id)) await unapply(sub, effect.target_account_id);
    await deleteSubscription(db, sub.id);
  }

  /** `user@domain` (or `user` / `user@ourdomain` for this instance) → account id. */
  async function resolveAddresses(entries: CsvEntry[]) {
    const local = deps.domain.toLowerCase();
    const byDomain = new Map<string | null, string[]>();
    for (const e of entries) {
      const [user = '', host] = e.address.toLowerCase().split('@');
      const domain = !host || host === local ? null : host;
      byDomain.set(domain, [...(byDomain.get(domain) ?? []), user]);
    }
    const found = new Map<string, string>();
    for (const [domain, users] of byDomain) {
      for (const a of await accountsByAcct(db, [...new Set(users)], domain)) {
        found.set(domain === null ? a.username_key : `${a.username_key}@${domain}`, a.id);
      }
    }
    const resolved: Array<{ accountId: string; reason: string }> = [];
    const skipped: string[] = [];
    for (const e of entries) {
      const [user = '', host] = e.address.toLowerCase().split('@');
      const key = !host || host === local ? user : `${user}@${host}`;
      const id = found.get(key);
      if (id) resolved.push({ accountId: id, reason: e.reason });
      else skipped.push(e.address);
    }
    return { resolved, skipped };
  }

  return {
    async create(
      actorId: string,
      input: {
        title: string;
        description?: string | undefined;
        visibility?: 'public' | 'private' | undefined;
      },
    ): Promise<BlockListRow> {
      const at = now();
      const row: BlockListRow = {
        id: ids(),
        account_id: actorId,
        title: input.title,
        description: input.description ?? '',
        visibility: input.visibility ?? 'public',
        created_at: at,
        updated_at: at,
      };
      await insertList(db, row);
      return row;
    },

    mine(actorId: string, page: PageParams) {
      return listOwnedBy(db, actorId, page);
    },

    readable,

    async entries(actorId: string, listId: string) {
      const found = await readable(actorId, listId);
      if (!found.ok) return found;
      return ok({ list: found.value, entries: await entriesOf(db, listId) });
    },

    async update(
      actorId: string,
      listId: string,
      changes: { title?: string | undefined; description?: string | undefined },
    ): Promise<Result<BlockListRow, BlockListError>> {
      const found = await managed(actorId, listId);
      if (!found.ok) return found;
      const set = {
        ...(changes.title !== undefined ? { title: changes.title } : {}),
        ...(changes.description !== undefined ? { description: changes.description } : {}),
        updated_at: now(),
      };
      await updateList(db, listId, set);
      return ok({ ...found.value, ...set });
    },

    /** Deleting a list ends every subscription to it, each undoing exactly what it made. */
    async remove(actorId: string, listId: string): Promise<Result<BlockListRow, BlockListError>> {
      const found = await managed(actorId, listId);
      if (!found.ok) return found;
      for (const sub of await subscriptionsOf(db, listId)) await unsubscribeRow(sub);
      await db.transaction().execute((trx) => deleteList(trx, listId));
      return ok(found.value);
    },

    addEntries,
    removeEntries,

    async subscribe(
      actorId: string,
      listId: string,
      action: Relation,
    ): Promise<Result<SubscriptionRow, BlockListError>> {
      const found = await readable(actorId, listId);
      if (!found.ok) return found;
      const existing = await findSubscription(db, listId, actorId);
      // Changing block ↔ mute: the old subscription's effects go, the new one's come.
      if (existing && existing.action !== action) await unsubscribeRow(existing);
      else if (existing) return ok(existing);
      const sub: SubscriptionRow = {
        id: ids(),
        list_id: listId,
        account_id: actorId,
        action,
        created_at: now(),
      };
      if (!(await insertSubscription(db, sub))) {
        const raced = await findSubscription(db, listId, actorId);
        return raced ? ok(raced) : err({ kind: 'not_found' });
      }
      for (const entry of await entriesOf(db, listId)) await apply(sub, entry.account_id);
      return ok(sub);
    },

    async unsubscribe(actorId: string, listId: string): Promise<Result<true, BlockListError>> {
      const found = await readable(actorId, listId);
      if (!found.ok) return found;
      const sub = await findSubscription(db, listId, actorId);
      if (sub) await unsubscribeRow(sub);
      return ok(true);
    },

    subscription(actorId: string, listId: string) {
      return findSubscription(db, listId, actorId);
    },

    async exportCsv(actorId: string, listId: string): Promise<Result<string, BlockListError>> {
      const found = await readable(actorId, listId);
      if (!found.ok) return found;
      const entries = await entriesOf(db, listId);
      const accounts = new Map(
        (
          await existingAccounts(
            db,
            entries.map((e) => e.account_id),
          )
        ).map((a) => [a.id, a]),
      );
      return ok(
        formatCsv(
          entries.flatMap((e) => {
            const a = accounts.get(e.account_id);
            if (!a) return [];
            return [{ address: `${a.username}@${a.domain ?? deps.domain}`, reason: e.reason }];
          }),
        ),
      );
    },

    async importCsv(actorId: string, listId: string, csv: string) {
      const found = await managed(actorId, listId);
      if (!found.ok) return found;
      const parsed = parseCsv(csv);
      if (parsed.length > MAX_ENTRIES) return err({ kind: 'too_many' as const, max: MAX_ENTRIES });
      const { resolved, skipped } = await resolveAddresses(parsed);
      const added = await addEntries(actorId, listId, resolved);
      if (!added.ok) return added;
      return ok({ imported: resolved.length, skipped });
    },
  };
}
