import {
  type Announce,
  type Context,
  type Create,
  type Delete,
  type Like,
  Note,
  Question,
  type Update,
} from '@fedify/fedify';
import { receiveEmpathieObject } from '../empathie-objects/remote-empathie-objects.ts';
import { markRemoteAccountDeleted, postByUri } from './inbox.repository.ts';
import { type IncomingDeps, noteContent, storeNote } from './incoming-note.ts';
import { isPollVote, pollHandlers } from './polls.handlers.ts';

/** Never fetch while reading what an activity embeds: only what it carries counts. */
const embeddedOnly = { documentLoader: () => Promise.reject(new Error('not fetched')) };

/**
 * Posts, edits, deletions, likes and shares from other servers, each through the service our own
 * API uses, and only ever on the sender's own things: an Update or Delete names a post of the
 * actor that sent it, or nothing happens.
 */
export function postHandlers(deps: IncomingDeps) {
  const { db, conversation, logger } = deps;
  const { posts, interactions } = conversation;
  const polls = pollHandlers(deps);

  async function onCreate(ctx: Context<void>, create: Create, actorUri: string): Promise<void> {
    const object = await create.getObject({ documentLoader: ctx.documentLoader });
    // A poll (Mastodon's Question) is a post with its poll beside it (polls.handlers.ts).
    if (object instanceof Question) {
      await polls.onCreateQuestion(ctx, object, actorUri);
      return;
    }
    if (!(object instanceof Note)) return;
    // A vote in a poll is counted there, and never becomes a reply.
    if (isPollVote(object)) return polls.onVote(object, actorUri);
    const outcome = await storeNote(deps, ctx, object, actorUri, { depth: 0, ancestor: false });
    if (outcome.kind !== 'stored') {
      logger.info('remote post not stored', {
        uri: object.id?.href,
        outcome: outcome.kind,
        reason: outcome.reason,
      });
    }
  }

  async function onUpdate(
    ctx: Context<void>,
    update: Update,
    actorId: string,
    actorUri: string,
  ): Promise<void> {
    const object = await update.getObject(embeddedOnly).catch(() => null);
    if (object instanceof Question) return polls.onUpdateQuestion(ctx, object, actorId);
    if (object instanceof Note && object.id) {
      const post = await postByUri(db, object.id.href);
      if (!post || post.account_id !== actorId) return;
      const content = await noteContent(object, ctx, db);
      await posts.editRemote(actorId, post.id, content);
      await receiveEmpathieObject(deps, ctx, object, post.id);
      return;
    }
    // The actor's own profile changed: refresh what we keep of it.
    if (update.objectId?.href === actorUri) {
      await conversation.resolveActor(actorUri, { refresh: true });
    }
  }

  async function onDelete(del: Delete, actorId: string, actorUri: string): Promise<void> {
    const objectUri = del.objectId?.href;
    if (!objectUri) return;
    if (objectUri === actorUri) {
      await markRemoteAccountDeleted(db, actorId, deps.now().toISOString());
      await conversation.forgetRemoteMedia?.(actorId);
      return;
    }
    const post = await postByUri(db, objectUri);
    if (!post || post.account_id !== actorId || post.local === 1) return;
    // The same path as a local deletion: its shares go with it, counters stay right.
    if (post.reblog_of_id) await interactions.unreblog(actorId, post.id);
    else await posts.remove(actorId, post.id);
  }

  async function onAnnounce(ctx: Context<void>, announce: Announce, actorId: string) {
    const shareUri = announce.id?.href;
    const objectUri = announce.objectId?.href;
    if (!shareUri || !objectUri) return;
    let original = await postByUri(db, objectUri);
    if (!original) {
      // A share by someone followed here of a post we lack: fetch it once and store it.
      const object = await announce
        .getObject({ documentLoader: ctx.documentLoader })
        .catch(() => null);
      const author = object?.attributionId?.href;
      if (!author) return;
      // A shared poll is stored with its poll (polls.handlers.ts), any other post as a Note.
      const stored =
        object instanceof Question
          ? await polls.onCreateQuestion(ctx, object, author, { depth: 0, ancestor: true })
          : object instanceof Note
            ? await storeNote(deps, ctx, object, author, { depth: 0, ancestor: true })
            : null;
      if (stored?.kind !== 'stored') return;
      original = await postByUri(db, objectUri);
    }
    if (!original || original.reblog_of_id) return;
    const visibility = announce.toIds.some((u) => u.href.endsWith('#Public'))
      ? 'public'
      : 'unlisted';
    await interactions.reblog(actorId, original.id, visibility, { uri: shareUri });
  }

  async function onLike(like: Like, actorId: string, undo: boolean): Promise<void> {
    const objectUri = like.objectId?.href;
    const post = objectUri ? await postByUri(db, objectUri) : undefined;
    if (!post) return;
    if (undo) await interactions.unfavourite(actorId, post.id);
    else await interactions.favourite(actorId, post.id);
  }

  async function onUndoAnnounce(announce: Announce, actorId: string): Promise<void> {
    const share = announce.id ? await postByUri(db, announce.id.href) : undefined;
    if (share && share.account_id === actorId && share.reblog_of_id) {
      await interactions.unreblog(actorId, share.id);
    }
  }

  return { onCreate, onUpdate, onDelete, onAnnounce, onLike, onUndoAnnounce };
}
