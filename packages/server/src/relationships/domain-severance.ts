import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { OutboundRecorder } from '../federation/outbound-events.ts';
import { createDomainPolicy } from '../policy/domain-policy.ts';
import type { DomainEvent } from '../shared/events.ts';
import {
  adjustFollowCounts,
  deleteRelation,
  followUriOf,
  relatedOnDomain,
} from './relationships.repository.ts';

/**
 * What a person's block of a whole domain does to their relations with it, as Mastodon's
 * AfterBlockDomainFromAccountService does: every follower there is removed and every pending
 * request from there refused (their servers hear a `Reject`), and the person's own follows and
 * requests toward that domain end (`Undo` of the Follow). Runs inside the transaction that writes
 * the block, so the block and its consequences, with their outbound events, commit together.
 * Returns the in-process events to publish once committed (feeds, counters, notifications).
 */
export async function severDomain(
  trx: Kysely<Database>,
  outbound: OutboundRecorder,
  accountId: string,
  domain: string,
): Promise<DomainEvent[]> {
  const events: DomainEvent[] = [];
  for (const followerId of await relatedOnDomain(trx, 'follows', 'toward', accountId, domain)) {
    if (!(await deleteRelation(trx, 'follows', followerId, accountId))) continue;
    await adjustFollowCounts(trx, followerId, accountId, -1);
    await outbound(trx, { type: 'follow.rejected', followerId, targetId: accountId });
    events.push({ type: 'follow.removed', followerId, targetId: accountId });
  }
  for (const requesterId of await relatedOnDomain(
    trx,
    'follow_requests',
    'toward',
    accountId,
    domain,
  )) {
    const followUri = await followUriOf(trx, requesterId, accountId);
    if (!(await deleteRelation(trx, 'follow_requests', requesterId, accountId))) continue;
    await outbound(trx, {
      type: 'follow.rejected',
      followerId: requesterId,
      targetId: accountId,
      ...(followUri ? { followUri } : {}),
    });
    events.push({ type: 'follow_request.removed', followerId: requesterId, targetId: accountId });
  }
  const followed = await relatedOnDomain(trx, 'follows', 'from', accountId, domain);
  const asked = await relatedOnDomain(trx, 'follow_requests', 'from', accountId, domain);
  for (const targetId of new Set([...followed, ...asked])) {
    let withdrew = false;
    if (await deleteRelation(trx, 'follows', accountId, targetId)) {
      await adjustFollowCounts(trx, accountId, targetId, -1);
      events.push({ type: 'follow.removed', followerId: accountId, targetId });
      withdrew = true;
    }
    if (await deleteRelation(trx, 'follow_requests', accountId, targetId)) {
      events.push({ type: 'follow_request.removed', followerId: accountId, targetId });
      withdrew = true;
    }
    if (withdrew)
      await outbound(trx, { type: 'follow.withdrawn', followerId: accountId, targetId });
  }
  return events;
}

/**
 * Whether `targetId` blocked, for themselves, the domain of the would-be follower `followerId`:
 * such a Follow is refused (Mastodon answers it with a `Reject`). The policy decides.
 */
export async function followerDomainBlocked(
  db: Kysely<Database>,
  followerId: string,
  targetId: string,
): Promise<boolean> {
  const follower = await db
    .selectFrom('accounts')
    .select('domain')
    .where('id', '=', followerId)
    .executeTakeFirst();
  if (!follower?.domain) return false;
  return createDomainPolicy(db).blockedByPerson(targetId, follower.domain);
}
