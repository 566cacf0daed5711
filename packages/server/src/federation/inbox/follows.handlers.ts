import { type Accept, type Block, Follow, type Reject } from '@fedify/fedify';
import type { LocalUris } from '../uri.ts';
import { localAccountByUri, pendingRequestsTo } from './inbox.repository.ts';
import type { IncomingDeps } from './incoming-note.ts';

/**
 * Follows between servers. A remote Follow goes through the relationships service as a local one
 * would: a locked account gets a request (answered later by Accept or Reject from its owner), an
 * open one follows at once and the service records the Accept; a refused follow (the target
 * blocks the follower) is answered Reject at once.
 */
export function followHandlers(deps: IncomingDeps, uris: LocalUris) {
  const { db, conversation } = deps;
  const { relationships } = conversation;

  async function onFollow(follow: Follow, actorId: string): Promise<void> {
    const targetUri = follow.objectId?.href;
    const targetId = targetUri ? await localAccountByUri(db, targetUri) : undefined;
    if (!targetId) return;
    const followed = await relationships.follow(actorId, targetId, follow.id?.href);
    if (followed.ok) return;
    // Refused (a block between them): their server is told, as Mastodon does.
    await db.transaction().execute((trx) =>
      conversation.outbound(trx, {
        type: 'follow.rejected',
        followerId: actorId,
        targetId,
        ...(follow.id ? { followUri: follow.id.href } : {}),
      }),
    );
  }

  /**
   * The local follower an Accept or Reject from `actorId` answers: the Follow's actor if it is
   * embedded, else the pending request whose Follow id (uri.ts) the answer names.
   */
  async function answeredFollower(
    answer: Accept | Reject,
    actorId: string,
  ): Promise<string | undefined> {
    const objectUri = answer.objectId?.href;
    const pending = await pendingRequestsTo(db, actorId);
    const embedded = await answer
      .getObject({ documentLoader: async () => Promise.reject(new Error('not fetched')) })
      .catch(() => null);
    if (embedded instanceof Follow && embedded.actorId) {
      const byActor = pending.find((r) => r.uri === embedded.actorId?.href);
      if (byActor) return byActor.account_id;
      return localAccountByUri(db, embedded.actorId.href);
    }
    return pending.find((r) => uris.follow(r.username, r.id) === objectUri)?.account_id;
  }

  async function onAccept(accept: Accept, actorId: string): Promise<void> {
    const followerId = await answeredFollower(accept, actorId);
    if (followerId) await relationships.authorize(actorId, followerId);
  }

  async function onReject(reject: Reject, actorId: string): Promise<void> {
    const followerId = await answeredFollower(reject, actorId);
    if (!followerId) return;
    const rejected = await relationships.reject(actorId, followerId);
    // A Reject of a follow already accepted ends it (Mastodon's "remove follower").
    if (!rejected.ok) await relationships.unfollow(followerId, actorId);
  }

  async function onUndoFollow(follow: Follow, actorId: string): Promise<void> {
    const targetId = follow.objectId
      ? await localAccountByUri(db, follow.objectId.href)
      : undefined;
    if (targetId) await relationships.unfollow(actorId, targetId);
  }

  async function onBlock(block: Block, actorId: string, undo: boolean): Promise<void> {
    const targetId = block.objectId ? await localAccountByUri(db, block.objectId.href) : undefined;
    if (!targetId) return;
    if (undo) await relationships.unblock(actorId, targetId);
    else await relationships.block(actorId, targetId);
  }

  return { onFollow, onAccept, onReject, onUndoFollow, onBlock };
}
