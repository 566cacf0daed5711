import type { Kysely } from 'kysely';
import { findVisibleAccountById } from '../accounts/accounts.repository.ts';
import type { Database } from '../db/schema.ts';
import type { OutboundRecorder } from '../federation/outbound-events.ts';
import type { Clock } from '../shared/clock.ts';
import type { DomainEvent, EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { followerDomainBlocked } from './domain-severance.ts';
import {
  adjustFollowCounts,
  deleteRelation,
  followUriOf,
  insertRelation,
  mutesWithNotifications,
  relationExists,
  setFollowUri,
  sourcesOf,
  targetsOf,
  upsertMute,
} from './relationships.repository.ts';

/** What one account is to another, before it becomes Mastodon's Relationship JSON. */
export interface RelationshipState {
  id: string;
  following: boolean;
  followedBy: boolean;
  requested: boolean;
  requestedBy: boolean;
  blocking: boolean;
  muting: boolean;
  mutingNotifications: boolean;
}

export type RelationshipError = 'not_found' | 'self' | 'blocking';

export type RelationshipsService = ReturnType<typeof createRelationshipsService>;

export function createRelationshipsService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  events: EventBus;
  /** Records what other servers must hear of, inside each change's transaction. */
  outbound?: OutboundRecorder;
}) {
  const { db, clock, ids, events } = deps;
  const outbound: OutboundRecorder = deps.outbound ?? (async () => {});

  /**
   * Relationships of `viewerId` with each of `targetIds`, in their order. Accounts that do not
   * exist or that block the viewer are left out, like any hidden account (so `blocked_by` never
   * tells a blocked person who blocked them).
   */
  async function relationships(
    viewerId: string,
    targetIds: string[],
    hideBlockers = true,
  ): Promise<RelationshipState[]> {
    const unique = [...new Set(targetIds)];
    if (unique.length === 0) return [];
    const existing = await db
      .selectFrom('accounts')
      .select('id')
      .where('id', 'in', unique)
      .execute();
    const [blockedBy, following, followedBy, requested, requestedBy, blocking, muting, mutingN] =
      await Promise.all([
        sourcesOf(db, 'blocks', viewerId, unique),
        targetsOf(db, 'follows', viewerId, unique),
        sourcesOf(db, 'follows', viewerId, unique),
        targetsOf(db, 'follow_requests', viewerId, unique),
        sourcesOf(db, 'follow_requests', viewerId, unique),
        targetsOf(db, 'blocks', viewerId, unique),
        targetsOf(db, 'mutes', viewerId, unique),
        mutesWithNotifications(db, viewerId, unique),
      ]);
    const known = new Set(existing.map((r) => r.id));
    return unique
      .filter((id) => known.has(id) && !(hideBlockers && blockedBy.has(id)))
      .map((id) => ({
        id,
        following: following.has(id),
        followedBy: followedBy.has(id),
        requested: requested.has(id),
        requestedBy: requestedBy.has(id),
        blocking: blocking.has(id),
        muting: muting.has(id),
        mutingNotifications: mutingN.has(id),
      }));
  }

  /** After an action on `targetId`, which the viewer may act on even when it blocks them. */
  async function relationshipWith(viewerId: string, targetId: string): Promise<RelationshipState> {
    const [state] = await relationships(viewerId, [targetId], false);
    if (!state) throw new Error(`account ${targetId} vanished during an action on it`);
    return state;
  }

  /**
   * The target of an action. Protective actions (block, mute, unfollow and their undoing) work on
   * any existing account, even one that blocks the viewer, so nobody is ever prevented from
   * protecting themselves; following needs the target to be visible.
   */
  async function target(
    viewerId: string,
    targetId: string,
    mustBeVisible: boolean,
  ): Promise<Result<{ id: string; locked: boolean; remote: boolean }, RelationshipError>> {
    if (viewerId === targetId) return err('self');
    const account = await findVisibleAccountById(db, targetId);
    if (!account) return err('not_found');
    if (mustBeVisible && (await relationExists(db, 'blocks', targetId, viewerId))) {
      return err('not_found');
    }
    return ok({ id: account.id, locked: account.locked === 1, remote: account.domain !== null });
  }

  async function publishAll(list: DomainEvent[]): Promise<void> {
    for (const event of list) await events.publish(event);
  }

  const now = () => clock.now().toISOString();

  /** Removes a follow and its counters inside `trx`; says whether there was one. */
  async function removeFollow(trx: Kysely<Database>, followerId: string, targetId: string) {
    const removed = await deleteRelation(trx, 'follows', followerId, targetId);
    if (removed) await adjustFollowCounts(trx, followerId, targetId, -1);
    return removed;
  }

  return {
    relationships,
    relationshipWith,

    /**
     * Follows, or asks to follow a locked account; following again changes nothing. Following
     * a remote account is always a request until its server accepts (federation/inbox).
     * `followUri` is the id of a remote follower's `Follow`, kept to be named in the answer.
     */
    async follow(
      viewerId: string,
      targetId: string,
      followUri?: string,
    ): Promise<Result<RelationshipState, RelationshipError>> {
      const found = await target(viewerId, targetId, true);
      if (!found.ok) return found;
      if (await relationExists(db, 'blocks', viewerId, targetId)) return err('blocking');
      // A remote follower from a domain the target blocked for themselves is refused too.
      if (await followerDomainBlocked(db, viewerId, targetId)) return err('blocking');
      const event = await db.transaction().execute(async (trx): Promise<DomainEvent | null> => {
        if (await relationExists(trx, 'follows', viewerId, targetId)) {
          // A remote server asking again has lost our Accept: it hears it once more.
          if (followUri) {
            await outbound(trx, { type: 'follow.accepted', followerId: viewerId, targetId });
          }
          return null;
        }
        if (found.value.locked || found.value.remote) {
          const relationId = ids();
          const asked = await insertRelation(trx, 'follow_requests', {
            id: relationId,
            accountId: viewerId,
            targetId,
            createdAt: now(),
          });
          if (!asked) return null;
          if (followUri) await setFollowUri(trx, relationId, followUri);
          await outbound(trx, {
            type: 'follow.requested',
            relationId,
            followerId: viewerId,
            targetId,
          });
          return { type: 'follow_request.created', followerId: viewerId, targetId };
        }
        const followed = await insertRelation(trx, 'follows', {
          id: ids(),
          accountId: viewerId,
          targetId,
          createdAt: now(),
        });
        if (!followed) return null;
        await adjustFollowCounts(trx, viewerId, targetId, 1);
        // Accepted at once: a remote follower's server is told so (nothing for a local one).
        await outbound(trx, { type: 'follow.accepted', followerId: viewerId, targetId, followUri });
        return { type: 'follow.created', followerId: viewerId, targetId };
      });
      if (event) await events.publish(event);
      return ok(await relationshipWith(viewerId, targetId));
    },

    /** Stops following, and withdraws a pending request. */
    async unfollow(
      viewerId: string,
      targetId: string,
    ): Promise<Result<RelationshipState, RelationshipError>> {
      const found = await target(viewerId, targetId, false);
      if (!found.ok) return found;
      const happened = await db.transaction().execute(async (trx) => {
        const list: DomainEvent[] = [];
        if (await removeFollow(trx, viewerId, targetId)) {
          list.push({ type: 'follow.removed', followerId: viewerId, targetId });
        }
        if (await deleteRelation(trx, 'follow_requests', viewerId, targetId)) {
          list.push({ type: 'follow_request.removed', followerId: viewerId, targetId });
        }
        if (list.length > 0) {
          await outbound(trx, { type: 'follow.withdrawn', followerId: viewerId, targetId });
        }
        return list;
      });
      await publishAll(happened);
      return ok(await relationshipWith(viewerId, targetId));
    },

    /** The viewer accepts `requesterId`'s request to follow them. */
    async authorize(
      viewerId: string,
      requesterId: string,
    ): Promise<Result<RelationshipState, RelationshipError>> {
      const done = await db.transaction().execute(async (trx) => {
        const followUri = await followUriOf(trx, requesterId, viewerId);
        if (!(await deleteRelation(trx, 'follow_requests', requesterId, viewerId))) return false;
        await outbound(trx, {
          type: 'follow.accepted',
          followerId: requesterId,
          targetId: viewerId,
          followUri,
        });
        const followed = await insertRelation(trx, 'follows', {
          id: ids(),
          accountId: requesterId,
          targetId: viewerId,
          createdAt: now(),
        });
        if (followed) {
          await adjustFollowCounts(trx, requesterId, viewerId, 1);
        }
        return true;
      });
      if (!done) return err('not_found');
      await events.publish({ type: 'follow.created', followerId: requesterId, targetId: viewerId });
      return ok(await relationshipWith(viewerId, requesterId));
    },

    async reject(
      viewerId: string,
      requesterId: string,
    ): Promise<Result<RelationshipState, RelationshipError>> {
      const rejected = await db.transaction().execute(async (trx) => {
        const followUri = await followUriOf(trx, requesterId, viewerId);
        if (!(await deleteRelation(trx, 'follow_requests', requesterId, viewerId))) return false;
        await outbound(trx, {
          type: 'follow.rejected',
          followerId: requesterId,
          targetId: viewerId,
          followUri,
        });
        return true;
      });
      if (!rejected) return err('not_found');
      await events.publish({
        type: 'follow_request.removed',
        followerId: requesterId,
        targetId: viewerId,
      });
      return ok(await relationshipWith(viewerId, requesterId));
    },

    /** Blocks, and cuts every follow and pending request between the two, both ways. */
    async block(
      viewerId: string,
      targetId: string,
    ): Promise<Result<RelationshipState, RelationshipError>> {
      const found = await target(viewerId, targetId, false);
      if (!found.ok) return found;
      const happened = await db.transaction().execute(async (trx) => {
        const list: DomainEvent[] = [];
        const blocked = await insertRelation(trx, 'blocks', {
          id: ids(),
          accountId: viewerId,
          targetId,
          createdAt: now(),
        });
        list.push({
          type: blocked ? 'block.created' : 'block.confirmed',
          accountId: viewerId,
          targetId,
        });
        if (blocked) await outbound(trx, { type: 'block.created', accountId: viewerId, targetId });
        for (const [from, to] of [
          [viewerId, targetId],
          [targetId, viewerId],
        ] as const) {
          if (await removeFollow(trx, from, to)) {
            list.push({ type: 'follow.removed', followerId: from, targetId: to });
          }
          if (await deleteRelation(trx, 'follow_requests', from, to)) {
            list.push({ type: 'follow_request.removed', followerId: from, targetId: to });
          }
        }
        return list;
      });
      await publishAll(happened);
      return ok(await relationshipWith(viewerId, targetId));
    },

    async unblock(
      viewerId: string,
      targetId: string,
    ): Promise<Result<RelationshipState, RelationshipError>> {
      const found = await target(viewerId, targetId, false);
      if (!found.ok) return found;
      const unblocked = await db.transaction().execute(async (trx) => {
        if (!(await deleteRelation(trx, 'blocks', viewerId, targetId))) return false;
        await outbound(trx, { type: 'block.removed', accountId: viewerId, targetId });
        return true;
      });
      if (unblocked) {
        await events.publish({ type: 'block.removed', accountId: viewerId, targetId });
      }
      return ok(await relationshipWith(viewerId, targetId));
    },

    /** Mutes (or changes whether notifications are muted too). */
    async mute(
      viewerId: string,
      targetId: string,
      hideNotifications: boolean,
    ): Promise<Result<RelationshipState, RelationshipError>> {
      const found = await target(viewerId, targetId, false);
      if (!found.ok) return found;
      await upsertMute(db, {
        id: ids(),
        accountId: viewerId,
        targetId,
        createdAt: now(),
        hide: hideNotifications,
      });
      await events.publish({
        type: 'mute.created',
        accountId: viewerId,
        targetId,
        hideNotifications,
      });
      return ok(await relationshipWith(viewerId, targetId));
    },

    async unmute(
      viewerId: string,
      targetId: string,
    ): Promise<Result<RelationshipState, RelationshipError>> {
      const found = await target(viewerId, targetId, false);
      if (!found.ok) return found;
      if (await deleteRelation(db, 'mutes', viewerId, targetId)) {
        await events.publish({ type: 'mute.removed', accountId: viewerId, targetId });
      }
      return ok(await relationshipWith(viewerId, targetId));
    },
  };
}
