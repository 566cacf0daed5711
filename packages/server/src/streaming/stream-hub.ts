import type { Visibility } from '../db/schema.ts';
import type { Viewer } from '../http/auth.ts';
import type { Logger } from '../shared/logger.ts';
import type { StreamPresenter } from './stream-presenter.ts';
import type { StreamingRepository } from './streaming.repository.ts';
import { type Stream, streamLabel } from './streams.ts';

/**
 * What a process hears about, as ids only: on PostgreSQL these travel through NOTIFY to every
 * server process, and each one re-reads and presents them for its own connections. Nothing a
 * reader may not see ever goes over the wire between processes.
 */
export type StreamSignal =
  | { kind: 'created'; postId: string; authorId: string }
  | { kind: 'delivered'; postId: string }
  | { kind: 'edited'; postId: string }
  | { kind: 'deleted'; postId: string; authorId: string; visibility: Visibility }
  | { kind: 'notification'; notificationId: string; accountId: string };

/** One live connection, whatever carries it (a WebSocket in production, an array in tests). */
export interface StreamClient {
  viewer: Viewer | null;
  /** Whether the token may read notifications (they then come on `user` too, as in Mastodon). */
  readsNotifications: boolean;
  /** Subscriptions, by `streamKey`. */
  streams: Map<string, Stream>;
  /** Posts recently sent to this connection, so it hears of their deletion (bounded). */
  seen: Set<string>;
  send(message: string): void;
}

const SEEN_LIMIT = 500;
// Enough to keep the database busy, few enough that one post to many readers does not starve
// requests (the PostgreSQL pool holds ten connections).
const PARALLEL = 8;

export type StreamHub = ReturnType<typeof createStreamHub>;

export function createStreamHub(deps: {
  repo: StreamingRepository;
  present: StreamPresenter;
  logger: Logger;
}) {
  const { repo, present, logger } = deps;
  const clients = new Set<StreamClient>();

  function send(client: StreamClient, stream: Stream, event: string, payload: string) {
    client.send(JSON.stringify({ stream: streamLabel(stream), event, payload }));
  }

  function remember(client: StreamClient, postId: string) {
    client.seen.add(postId);
    if (client.seen.size > SEEN_LIMIT) {
      const oldest = client.seen.values().next().value;
      if (oldest !== undefined) client.seen.delete(oldest);
    }
  }

  /** Every (client, stream) pair of the given kinds. */
  function pairs(kinds: ReadonlySet<Stream['kind']>): Array<[StreamClient, Stream]> {
    const out: Array<[StreamClient, Stream]> = [];
    for (const client of clients) {
      for (const stream of client.streams.values()) {
        if (kinds.has(stream.kind)) out.push([client, stream]);
      }
    }
    return out;
  }

  /** Runs `work` over `items`, a few at a time. */
  async function each<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
    let next = 0;
    const runner = async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await work(item);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, runner));
  }

  // Direct messages come with the fan-out, which files them into each participant's conversation.
  const TIMELINES = new Set<Stream['kind']>([
    'public',
    'public:local',
    'hashtag',
    'hashtag:local',
    'list',
  ]);

  /** Sends the post on each of `targets` where it belongs, presented to that stream's viewer. */
  async function postToStreams(
    postId: string,
    event: 'update' | 'status.update',
    targets: Array<[StreamClient, Stream]>,
  ) {
    const session = present.session();
    await each(targets, async ([client, stream]) => {
      const viewerId = client.viewer?.accountId ?? null;
      const payload = await session.status(stream, viewerId, postId);
      if (payload === null) return;
      remember(client, postId);
      if (stream.kind === 'direct') {
        const conversation = await session.conversation(viewerId, postId);
        if (conversation !== null) send(client, stream, 'conversation', conversation);
        return;
      }
      send(client, stream, event, payload);
    });
  }

  /** `user` streams of the given readers, for those whose home feed holds the post. */
  async function homeTargets(readers: (ids: string[]) => Promise<Set<string>>) {
    const user = pairs(new Set(['user']));
    const ids = [...new Set(user.flatMap(([c]) => (c.viewer ? [c.viewer.accountId] : [])))];
    if (ids.length === 0) return [];
    const chosen = await readers(ids);
    return user.filter(([c]) => c.viewer && chosen.has(c.viewer.accountId));
  }

  async function dispatch(signal: StreamSignal): Promise<void> {
    if (clients.size === 0) return;
    switch (signal.kind) {
      case 'created': {
        // The author's own home row is written with the post; the readers' come with the fan-out.
        const own = await homeTargets(async (ids) =>
          ids.includes(signal.authorId) ? new Set([signal.authorId]) : new Set(),
        );
        return postToStreams(signal.postId, 'update', [...pairs(TIMELINES), ...own]);
      }
      case 'delivered': {
        const post = await repo.post(signal.postId);
        if (!post) return;
        // A share has no `created` signal: its author's row and its list readers come now.
        const share = post.reblog_of_id !== null;
        const readers = await homeTargets(async (ids) => {
          const found = await repo.homeReaders(signal.postId, ids);
          if (!share) found.delete(post.account_id);
          return found;
        });
        const lists = share ? pairs(new Set(['list'])) : [];
        const direct = post.visibility === 'direct' ? pairs(new Set(['direct'])) : [];
        return postToStreams(signal.postId, 'update', [...readers, ...lists, ...direct]);
      }
      case 'edited': {
        const readers = await homeTargets((ids) => repo.homeReaders(signal.postId, ids));
        const direct = pairs(new Set(['direct']));
        return postToStreams(signal.postId, 'status.update', [
          ...pairs(TIMELINES),
          ...readers,
          ...direct,
        ]);
      }
      case 'deleted':
        return deleted(signal);
      case 'notification':
        return notification(signal);
      default: {
        const unexpected: never = signal;
        throw new Error(`unknown stream signal ${JSON.stringify(unexpected)}`);
      }
    }
  }

  /**
   * A deletion goes to whoever may hold the post in view: everyone for a public or unlisted post
   * (as Mastodon does); otherwise its author, the author's followers and whoever this connection
   * was sent it. The payload is the id alone, which reveals nothing about the post.
   */
  async function deleted(signal: Extract<StreamSignal, { kind: 'deleted' }>) {
    const open = signal.visibility === 'public' || signal.visibility === 'unlisted';
    let followers = new Set<string>();
    if (!open && signal.visibility === 'private') {
      const ids = [...new Set([...clients].flatMap((c) => (c.viewer ? [c.viewer.accountId] : [])))];
      followers = await repo.followersAmong(signal.authorId, ids);
    }
    for (const client of clients) {
      const viewerId = client.viewer?.accountId;
      const concerned =
        open ||
        client.seen.has(signal.postId) ||
        viewerId === signal.authorId ||
        (viewerId !== undefined && followers.has(viewerId));
      if (!concerned) continue;
      client.seen.delete(signal.postId);
      const first = client.streams.values().next().value;
      if (first) send(client, first, 'delete', signal.postId);
    }
  }

  async function notification(signal: Extract<StreamSignal, { kind: 'notification' }>) {
    const session = present.session();
    const targets = pairs(new Set(['user', 'user:notification'])).filter(
      ([c, s]) =>
        c.viewer?.accountId === signal.accountId &&
        (s.kind === 'user:notification' || c.readsNotifications),
    );
    await each(targets, async ([client, stream]) => {
      const payload = await session.notification(signal.accountId, signal.notificationId);
      if (payload !== null) send(client, stream, 'notification', payload);
    });
  }

  return {
    add(client: StreamClient) {
      clients.add(client);
    },
    remove(client: StreamClient) {
      clients.delete(client);
    },
    get size() {
      return clients.size;
    },
    /** Delivers a signal to this process's connections; a failure is logged, never thrown. */
    async dispatch(signal: StreamSignal): Promise<void> {
      try {
        await dispatch(signal);
      } catch (error) {
        logger.error('streaming delivery failed', { signal: signal.kind, error: String(error) });
      }
    },
  };
}
