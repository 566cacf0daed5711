import {
  Accept,
  type Activity,
  Announce,
  Block,
  type Context,
  Create,
  Delete,
  Flag,
  Follow,
  type InboxListenerSetters,
  Like,
  Reject,
  Undo,
  Update,
} from '@fedify/fedify';
import { signedDocumentFetcher } from '../empathie-objects/remote-empathie-objects.ts';
import type { FederationDeps } from '../federation.deps.ts';
import { flagHandlers } from './flags.handlers.ts';
import { followHandlers } from './follows.handlers.ts';
import type { IncomingDeps } from './incoming-note.ts';
import { postHandlers } from './posts.handlers.ts';

/** Never fetch while reading what an Undo embeds: only what it carries counts. */
const embeddedOnly = { documentLoader: () => Promise.reject(new Error('not fetched')) };

/**
 * Registers the handlers of incoming activities on the inboxes federation.module.ts set up once.
 * Fedify has verified the HTTP signature and that the signer is the activity's actor; each
 * handler then resolves the actor to its stored remote account and hands the activity to the
 * service our own API uses (follows.handlers.ts, posts.handlers.ts). Activities from one of our
 * own actors (a loop) and from actors that cannot be resolved are ignored.
 */
export function registerInboxHandlers(
  listeners: InboxListenerSetters<void>,
  deps: FederationDeps,
): void {
  const conversation = deps.conversation;
  if (!conversation) return;
  const incoming: IncomingDeps = {
    db: deps.database.db,
    logger: deps.logger,
    conversation,
    now: () => deps.clock.now(),
    fetchEmpathieDocument: signedDocumentFetcher({
      allowPrivateAddress: deps.config.allowPrivateAddress,
      userAgent: `Empathie (+${deps.config.publicUrl})`,
    }),
  };
  const follows = followHandlers(incoming, deps.uris);
  const posts = postHandlers(incoming);
  const flags = flagHandlers({ ...deps, db: deps.database.db });

  /** The stored remote account of the activity's actor, or null to ignore the activity. */
  async function sender(activity: Activity): Promise<{ id: string; uri: string } | null> {
    const uri = activity.actorId?.href;
    if (!uri || deps.uris.isLocal(uri)) return null;
    const account = await conversation?.resolveActor(uri);
    return account ? { id: account.id, uri } : null;
  }

  /** Runs a handler for a resolved sender; failures are logged, never answered as a 500 loop. */
  function on<T extends Activity>(
    run: (ctx: Context<void>, activity: T, actor: { id: string; uri: string }) => Promise<void>,
  ) {
    return async (ctx: Context<void>, activity: T) => {
      const actor = await sender(activity);
      if (actor) await run(ctx, activity, actor);
    };
  }

  listeners
    .on(
      Follow,
      on((_ctx, follow: Follow, actor) => follows.onFollow(follow, actor.id)),
    )
    .on(
      Accept,
      on((_ctx, accept: Accept, actor) => follows.onAccept(accept, actor.id)),
    )
    .on(
      Reject,
      on((_ctx, reject: Reject, actor) => follows.onReject(reject, actor.id)),
    )
    .on(
      Create,
      on((ctx, create: Create, actor) => posts.onCreate(ctx, create, actor.uri)),
    )
    .on(
      Update,
      on((ctx, update: Update, actor) => posts.onUpdate(ctx, update, actor.id, actor.uri)),
    )
    .on(
      Delete,
      on((_ctx, del: Delete, actor) => posts.onDelete(del, actor.id, actor.uri)),
    )
    .on(
      Announce,
      on((ctx, announce: Announce, actor) => posts.onAnnounce(ctx, announce, actor.id)),
    )
    .on(
      Like,
      on((_ctx, like: Like, actor) => posts.onLike(like, actor.id, false)),
    )
    .on(
      Block,
      on((_ctx, block: Block, actor) => follows.onBlock(block, actor.id, false)),
    )
    .on(
      Flag,
      on(async (_ctx, flag: Flag, actor) => {
        await flags.onFlag(flag, actor.id, actor.uri);
      }),
    )
    .on(
      Undo,
      on(async (_ctx, undo: Undo, actor) => {
        const object = await undo.getObject(embeddedOnly).catch(() => null);
        const undone =
          object instanceof Follow ||
          object instanceof Like ||
          object instanceof Announce ||
          object instanceof Block
            ? object
            : null;
        // What is undone must be the sender's own act.
        if (!undone || undone.actorId?.href !== actor.uri) return;
        if (object instanceof Follow) await follows.onUndoFollow(object, actor.id);
        else if (object instanceof Like) await posts.onLike(object, actor.id, true);
        else if (object instanceof Announce) await posts.onUndoAnnounce(object, actor.id);
        else if (object instanceof Block) await follows.onBlock(object, actor.id, true);
      }),
    )
    .onError((_ctx, error) => {
      deps.logger.warn('inbox activity failed', { error: String(error) });
    });
}
