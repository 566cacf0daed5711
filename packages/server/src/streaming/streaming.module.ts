import type { IncomingMessage } from 'node:http';
import type { Context, Hono } from 'hono';
import { clientIpReader } from '../accounts/client-ip.ts';
import type { Config } from '../config/config.ts';
import { conversationsRepository } from '../conversations/conversations.repository.ts';
import { createConversationsService } from '../conversations/conversations.service.ts';
import type { DatabaseHandle } from '../db/database.ts';
import type { AppEnv, TokenResolver } from '../http/auth.ts';
import { createNotificationPresenter } from '../notifications/notification-presenter.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import type { EventBus } from '../shared/events.ts';
import type { Logger } from '../shared/logger.ts';
import { createStreamHub } from './stream-hub.ts';
import { createStreamPresenter } from './stream-presenter.ts';
import { localRelay, postgresRelay, type StreamRelay } from './stream-relay.ts';
import { authenticateUpgrade } from './streaming.auth.ts';
import { streamingRepository } from './streaming.repository.ts';
import { mountStreamingRoutes } from './streaming.routes.ts';
import {
  createStreamingServer,
  type StreamingLimits,
  type UpgradeSource,
} from './streaming.server.ts';

export interface Streaming {
  /** Serves `/api/v1/streaming` WebSockets on the Node server that answers HTTP. */
  attach(server: UpgradeSource): void;
  /** Starts listening for other processes' events (PostgreSQL); a no-op on one process. */
  start(): Promise<void>;
  /** Closes every connection (1001) and stops listening: call before closing the server. */
  close(): Promise<void>;
  /** Resolves once the deliveries under way have been sent. */
  settled(): Promise<void>;
  /** Runs one heartbeat now (pings, and closes connections whose token was revoked). */
  heartbeat(): Promise<void>;
  readonly connections: number;
}

/**
 * The Mastodon streaming API (ADR 0020). Domain events become id-only signals; the relay carries
 * them to every server process (NOTIFY on PostgreSQL with DATABASE_URL, in process otherwise);
 * each process re-reads and presents them for its own connections, per viewer.
 */
export function mountStreamingDomain(
  app: Hono<AppEnv>,
  deps: {
    config: Config;
    database: DatabaseHandle;
    logger: Logger;
    events: EventBus;
    openapi: OpenApiRegistry;
    present: StatusPresenter;
    resolveToken: TokenResolver;
    isAppToken: (hash: string) => Promise<boolean>;
    limits?: Partial<StreamingLimits>;
  },
): { streaming: Streaming } {
  const { config, database, logger, events } = deps;
  const db = database.db;
  const repo = streamingRepository(db);
  const conversations = createConversationsService({
    db,
    repo: conversationsRepository(db),
    present: deps.present,
    ctx: { publicUrl: config.publicUrl },
  });
  const presenter = createStreamPresenter({
    repo,
    present: deps.present,
    presentNotifications: createNotificationPresenter({
      db,
      present: deps.present,
      publicUrl: config.publicUrl,
    }),
    conversationOf: (viewerId, postId) => conversations.ofPost(viewerId, postId),
  });
  const clientIp = clientIpReader(config.trustedProxies);
  const hub = createStreamHub({ repo, present: presenter, logger });
  const relay: StreamRelay =
    config.databaseUrl && database.dialect === 'postgres'
      ? postgresRelay({ connectionString: config.databaseUrl, db, deliver: hub.dispatch, logger })
      : localRelay(hub.dispatch);

  // A signal that cannot be relayed is lost to live readers only: they still see it on reload.
  const relayed = (signal: Parameters<StreamRelay['publish']>[0]) =>
    relay
      .publish(signal)
      .catch((error) => logger.warn('streaming: signal not relayed', { error: String(error) }));
  events.subscribe('post.created', (e) =>
    relayed({ kind: 'created', postId: e.postId, authorId: e.authorId }),
  );
  events.subscribe('home_feed.delivered', (e) => relayed({ kind: 'delivered', postId: e.postId }));
  events.subscribe('post.edited', (e) => relayed({ kind: 'edited', postId: e.postId }));
  events.subscribe('post.deleted', (e) =>
    relayed({ kind: 'deleted', postId: e.postId, authorId: e.authorId, visibility: e.visibility }),
  );
  events.subscribe('notification.created', (e) =>
    relayed({ kind: 'notification', notificationId: e.notificationId, accountId: e.accountId }),
  );

  mountStreamingRoutes(app, { openapi: deps.openapi });
  const server = createStreamingServer({
    hub,
    repo,
    logger,
    authenticate: (request) =>
      authenticateUpgrade(request, {
        resolve: deps.resolveToken,
        isAppToken: deps.isAppToken,
        publicUrl: config.publicUrl,
      }),
    addressOf: (request) => clientIp(upgradeContext(request)),
    stillValid: async (hash) => (await deps.resolveToken(hash)) !== null,
    ...(deps.limits ? { limits: deps.limits } : {}),
  });

  return {
    streaming: {
      attach: (http) => server.attach(http),
      start: () => relay.start(),
      async close() {
        await server.close();
        await relay.close();
      },
      settled: () => relay.settled(),
      heartbeat: () => server.heartbeat(),
      get connections() {
        return server.connections;
      },
    },
  };
}

/** The little of a Hono context the client-address reader needs, for an upgrade request. */
function upgradeContext(request: IncomingMessage): Context {
  const header = (name: string) => {
    // lookup-safe: the names are the address reader's own (`x-forwarded-for`), never a request's
    const value = request.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  return { env: { incoming: request }, req: { header } } as unknown as Context;
}
