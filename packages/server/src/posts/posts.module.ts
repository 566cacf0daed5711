import type { Hono } from 'hono';
import type { AppDeps } from '../app.ts';
import { mountSavedPostsDomain } from '../bookmarks/saved-posts.module.ts';
import { mountConversationsDomain } from '../conversations/conversations.module.ts';
import { createOutboundRecorder } from '../federation/outbound-events.ts';
import { localUris } from '../federation/uri.ts';
import { createStatusFilter } from '../filters/filters.apply.ts';
import { mountFilterRoutes } from '../filters/filters.routes.ts';
import type { StatusExtension } from '../gentle/status-extension.ts';
import type { AppEnv } from '../http/auth.ts';
import { createJobQueue } from '../jobs/job-queue.ts';
import { mountListsDomain } from '../lists/lists.module.ts';
import { mountMediaDomain } from '../media/media.module.ts';
import { mountGroupedNotificationsRoute } from '../notifications/grouped-notifications.routes.ts';
import { mountMarkerRoutes } from '../notifications/markers.routes.ts';
import { mountNotificationGroupRoutes } from '../notifications/notification-group.routes.ts';
import { mountNotificationPolicyRoutes } from '../notifications/notification-policy.routes.ts';
import { mountNotificationRoutes } from '../notifications/notifications.routes.ts';
import { createNotificationsService } from '../notifications/notifications.service.ts';
import { mountUnreadCountRoute } from '../notifications/unread-count.routes.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { createPolicy } from '../policy/policy.service.ts';
import type { ShieldGate } from '../policy/policy.types.ts';
import { pollStatusExtension } from '../polls/poll-status.extension.ts';
import { mountPollsDomain } from '../polls/polls.module.ts';
import { pollsRepository } from '../polls/polls.repository.ts';
import { mountSearchRoutes } from '../search/search.routes.ts';
import { createStemmers } from '../search/stemming.ts';
import type { EventBus } from '../shared/events.ts';
import { bothExtensions } from '../shield/held-reply-counts.ts';
import { mountTagsDomain } from '../tags/tags.module.ts';
import { createHomeFeedService } from '../timelines/home-feed.service.ts';
import { mountTimelineRoutes } from '../timelines/timelines.routes.ts';
import { createInteractionsService } from './interactions.service.ts';
import { mountStatusRoutes } from './posts.routes.ts';
import { createPostsService } from './posts.service.ts';
import { mountReplyPolicyRoutes } from './reply-policy.routes.ts';
import { createStatusPresenter } from './status-presenter.ts';

/**
 * Builds the conversation side of the instance (posts, shares, favourites, home feeds, timelines,
 * notifications, search, and the job queue they run on) and mounts its routes. Returns the
 * services other domains use; `jobs.start()` / `jobs.stop()` belong to the server process.
 */
export function mountPostsDomain(
  app: Hono<AppEnv>,
  deps: AppDeps & {
    events: EventBus;
    openapi: OpenApiRegistry;
    /** The instance's current limit (an admin setting), read at each post. */
    maxPostChars: () => Promise<number>;
    /** Adds Empathie's per-viewer extension (tone, gentle reading) to every status served. */
    statusExtension?: StatusExtension;
    /** The shield's say in who reaches whom (see `policy/policy.types.ts`); none: nothing held. */
    shield?: ShieldGate;
  },
) {
  const { config, database, clock, ids, logger, events, openapi } = deps;
  const db = database.db;
  const jobs = createJobQueue({ database, clock, ids, logger });
  const stemmers = createStemmers();
  // The one policy every path asks: blocks, mutes, visibility, reply controls, the shield.
  const policy = createPolicy({ db, clock, ...(deps.shield ? { shield: deps.shield } : {}) });
  // Every status carries its poll, with the viewer's own votes.
  const withPolls = bothExtensions(
    deps.statusExtension,
    pollStatusExtension(pollsRepository(db), clock),
  );
  // Images: their rows are attached by the posts service, their files served or in a bucket.
  const { media, mediaStore, remoteMedia } = mountMediaDomain(app, {
    db,
    storage: config.media,
    allowPrivateAddress: config.allowPrivateAddress,
    publicUrl: config.publicUrl,
    jobs,
    clock,
    ids,
    logger,
    openapi,
  });
  const mediaCtx = { publicUrl: config.publicUrl, mediaUrl: mediaStore.urlOf };
  const present = createStatusPresenter(db, mediaCtx, withPolls, {
    policy,
    filter: createStatusFilter({ db, clock }),
  });
  const feed = createHomeFeedService({ db, jobs, events });
  const notifications = createNotificationsService({ db, clock, ids, events, policy });
  const polls = mountPollsDomain(app, { db, clock, ids, jobs, notifications, openapi });
  // Changes other servers must hear of are recorded in their own transaction (ADR 0019).
  const outbound = createOutboundRecorder({ clock, ids });
  const posts = createPostsService({
    outbound,
    db,
    clock,
    ids,
    stemmers,
    feed,
    notifications,
    events,
    policy,
    publicUrl: config.publicUrl,
    domain: config.domain,
    maxPostChars: deps.maxPostChars,
    media: media.postMedia,
    polls: polls.forPosts,
  });
  const interactions = createInteractionsService({
    db,
    clock,
    ids,
    feed,
    notifications,
    posts,
    uris: localUris(config.publicUrl),
    outbound,
    events,
  });

  const publicUrl = config.publicUrl;
  mountStatusRoutes(app, { db, posts, interactions, present, publicUrl, openapi });
  mountTimelineRoutes(app, { db, present, openapi, publicUrl });
  // Bookmarks, pins and the favourites list: each read through the visibility rule.
  mountSavedPostsDomain(app, { db, clock, ids, present, openapi });
  mountListsDomain(app, {
    db,
    clock,
    ids,
    present,
    publicUrl: config.publicUrl,
    openapi,
    events,
  });
  // Direct conversations, and hashtags one follows (to one's home) or features (on one's profile).
  mountConversationsDomain(app, { db, present, ctx: { publicUrl }, openapi });
  mountTagsDomain(app, { db, clock, ids, ctx: { publicUrl }, openapi });
  mountNotificationRoutes(app, { db, present, publicUrl, openapi });
  mountUnreadCountRoute(app, { db, openapi });
  mountGroupedNotificationsRoute(app, {
    db,
    present,
    ctx: { publicUrl: config.publicUrl },
    openapi,
  });
  mountNotificationGroupRoutes(app, { db, present, ctx: { publicUrl }, openapi });
  mountNotificationPolicyRoutes(app, { db, clock, present, publicUrl, openapi });
  mountFilterRoutes(app, { db, clock, ids, openapi });
  mountReplyPolicyRoutes(app, { db, openapi });
  mountMarkerRoutes(app, { db, clock, openapi });
  mountSearchRoutes(app, { database, stemmers, present, publicUrl, openapi });
  return { jobs, feed, notifications, posts, interactions, present, policy, media, remoteMedia };
}
