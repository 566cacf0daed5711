import type { FilterContext } from '../api/mastodon/filter.serializer.ts';
import type { MastodonStatus } from '../api/mastodon/status.serializer.ts';
import type { MastodonConversation } from '../conversations/conversations.service.ts';
import type { NotificationPresenter } from '../notifications/notification-presenter.ts';
import type { PostRow } from '../posts/posts.repository.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import type { StreamingRepository } from './streaming.repository.ts';
import { type Stream, streamKey } from './streams.ts';

export type StreamPresenter = ReturnType<typeof createStreamPresenter>;

/** The filter context of each stream, as the REST timeline it mirrors uses. */
function contextOf(stream: Stream): FilterContext {
  switch (stream.kind) {
    case 'user':
    case 'list':
      return 'home';
    case 'direct':
      return 'thread';
    default:
      return 'public';
  }
}

/**
 * Presents one event for each viewer exactly as the REST API would show it to them: the post
 * must come back from the query of the timeline the stream mirrors (see streaming.repository.ts),
 * then goes through the one status presenter (filters, gentle reading, can_reply…). A session
 * covers one signal: a viewer with several connections, or several streams asking the same
 * thing, costs one query and one presentation.
 */
export function createStreamPresenter(deps: {
  repo: StreamingRepository;
  present: StatusPresenter;
  presentNotifications: NotificationPresenter;
  /** The viewer's conversation holding a direct post, as the conversations API presents it. */
  conversationOf: (viewerId: string, postId: string) => Promise<MastodonConversation | null>;
}) {
  const { repo, present, presentNotifications, conversationOf } = deps;

  function match(stream: Stream, viewerId: string | null, postId: string) {
    switch (stream.kind) {
      case 'user':
        return viewerId ? repo.inHome(viewerId, postId) : Promise.resolve(undefined);
      case 'user:notification':
        return Promise.resolve(undefined);
      case 'public':
      case 'public:local':
        return repo.inPublic(viewerId, postId, stream.local);
      case 'hashtag':
      case 'hashtag:local':
        return repo.inTag(viewerId, postId, stream.tag, stream.local);
      case 'list':
        return viewerId ? repo.inList(viewerId, stream.listId, postId) : Promise.resolve(undefined);
      case 'direct':
        return viewerId ? repo.direct(viewerId, postId) : Promise.resolve(undefined);
      default: {
        const unexpected: never = stream;
        throw new Error(`unknown stream ${JSON.stringify(unexpected)}`);
      }
    }
  }

  function session() {
    const matches = new Map<string, Promise<PostRow | undefined>>();
    const statuses = new Map<string, Promise<MastodonStatus | null>>();
    const notifications = new Map<string, Promise<string | null>>();
    const once = <T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>) => {
      const hit = cache.get(key);
      if (hit) return hit;
      const made = make();
      cache.set(key, made);
      return made;
    };

    async function statusOf(stream: Stream, viewerId: string | null, postId: string) {
      const row = await once(matches, `${streamKey(stream)}\u0001${viewerId}`, () =>
        match(stream, viewerId, postId),
      );
      if (!row) return null;
      const context = contextOf(stream);
      return once(statuses, `${context}\u0001${viewerId}`, async () => {
        const [status] = await present([row], viewerId, { dropMutedShares: true, context });
        return status ?? null;
      });
    }

    return {
      /** The status as `viewerId` sees it on `stream`, as a JSON string; null: not for them. */
      async status(stream: Stream, viewerId: string | null, postId: string) {
        const status = await statusOf(stream, viewerId, postId);
        return status ? JSON.stringify(status) : null;
      },

      /**
       * The viewer's conversation holding a direct post, exactly as `GET /api/v1/conversations`
       * lists it (the fan-out files the post into each participant's conversation first).
       */
      async conversation(viewerId: string | null, postId: string) {
        if (viewerId === null) return null;
        const conversation = await conversationOf(viewerId, postId);
        return conversation ? JSON.stringify(conversation) : null;
      },

      /** The notification as its recipient's list shows it; null if it is no longer there. */
      notification(recipientId: string, notificationId: string) {
        return once(notifications, recipientId, async () => {
          const row = await repo.notification(recipientId, notificationId);
          if (!row) return null;
          const [presented] = await presentNotifications([row], recipientId);
          return presented ? JSON.stringify(presented) : null;
        });
      },
    };
  }

  return { session };
}
