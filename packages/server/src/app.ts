import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Engine } from '@empathie/engine';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono } from 'hono';
import { mountAccountDataDomain } from './accounts/account-data.module.ts';
import { mountAccountsDomain } from './accounts/accounts.module.ts';
import { tokenResolver } from './accounts/tokens.repository.ts';
import { mountAnnouncementsDomain } from './announcements/announcements.module.ts';
import { mountBlockListsDomain } from './block-lists/block-lists.module.ts';
import { mountCallsDomain } from './calls/calls.module.ts';
import { callStatusExtension } from './calls/calls.present.ts';
import { mountCirclesDomain } from './circles/circles.module.ts';
import { mountCoachDomain } from './coach/coach.module.ts';
import type { Config } from './config/config.ts';
import { mountCoordinationDomain } from './coordination/coordination.module.ts';
import type { DatabaseHandle } from './db/database.ts';
import { mountDomainBlocksDomain } from './domain-blocks/domain-blocks.module.ts';
import { mountDossiersDomain } from './dossiers/dossiers.module.ts';
import { mountEndorsementsDomain } from './endorsements/endorsements.module.ts';
import { wireOutboundBridge } from './federation/conversation.wiring.ts';
import { refuseSuspendedSenders } from './federation/domain-gate.ts';
import { remoteEmpathieStatusExtension } from './federation/empathie-objects/remote-empathie-objects.present.ts';
import { createFederationModule, mountFederation } from './federation/federation.module.ts';
import { registerKvPurge } from './federation/kv-maintenance.ts';
import { createOutboundRecorder } from './federation/outbound-events.ts';
import {
  createRemoteResolverGate,
  mountRemoteLookupRoutes,
} from './federation/remote-lookup.routes.ts';
import { localUris } from './federation/uri.ts';
import { type AppEnv, authentication, hashToken } from './http/auth.ts';
import { limitBody } from './http/body-limit.ts';
import { isClientAbort } from './http/client-abort.ts';
import { mountCors } from './http/cors.ts';
import { apiError, unexpectedFailureMessage } from './http/errors.ts';
import { publicUrlMiddleware } from './http/public-url.ts';
import { securityHeaders } from './http/security-headers.ts';
import { refuseSourceMaps } from './http/source-maps.ts';
import { webSessionRoutes } from './http/web-session.ts';
import { isMediaUpload, MEDIA_UPLOAD_BODY_LIMIT, mediaFileHeaders } from './media/media.routes.ts';
import { mountModerationDomain } from './moderation/moderation.module.ts';
import { oauthRepository } from './oauth/oauth.repository.ts';
import { createOpenApiRegistry } from './openapi/openapi.registry.ts';
import { apiKeysRepository } from './perspective/api-keys.repository.ts';
import { apiKeysService } from './perspective/api-keys.service.ts';
import { perspectiveRoutes } from './perspective/perspective.routes.ts';
import { createPolicy } from './policy/policy.service.ts';
import { remotePollsFor } from './polls/polls.module.ts';
import { mountPostsDomain } from './posts/posts.module.ts';
import { mountPushDomain } from './push/push.module.ts';
import { mountScheduledDomain } from './scheduled/scheduled.module.ts';
import type { Clock } from './shared/clock.ts';
import { createEventBus } from './shared/events.ts';
import type { IdGenerator } from './shared/ids.ts';
import type { Logger } from './shared/logger.ts';
import { bothExtensions, heldReplyCounts } from './shield/held-reply-counts.ts';
import { createShieldGate, mountShieldDomain } from './shield/shield.module.ts';
import { mountSpotlightsDomain } from './spotlights/spotlights.module.ts';
import { spotlightStatusExtension } from './spotlights/spotlights.routes.ts';
import { mountStreamingDomain } from './streaming/streaming.module.ts';
import { mountSuggestionsDomain } from './suggestions/suggestions.module.ts';
import { mountTrendsDomain } from './trends/trends.module.ts';

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  /** The empathy engine, loaded once at start (its model takes a moment to decode). */
  engine: Engine;
}

/**
 * The composition root: builds every service from its dependencies and mounts the routes.
 * Nothing is a module-level singleton, so tests build as many independent apps as they like.
 */
export function createApp(deps: AppDeps) {
  const { config, database, logger } = deps;
  const app = new Hono<AppEnv>();
  // Domain events: services publish, other domains (feeds, notifications, federation) subscribe.
  const events = createEventBus((event, error) =>
    logger.error('event handler failed', { event: event.type, error: String(error) }),
  );
  // Each route module registers its routes here; served at GET /api/openapi.json.
  const openapi = createOpenApiRegistry();

  app.onError((error, c) => {
    // A client hanging up mid-body is no bug: one quiet line, not a stack trace per request.
    if (isClientAbort(error, c.req.raw)) {
      logger.debug('request aborted by the client', { method: c.req.method, path: c.req.path });
      return apiError(c, 'malformed_request');
    }
    logger.error('unhandled error', { path: c.req.path, error: String(error?.stack ?? error) });
    return apiError(c, 'internal_error', unexpectedFailureMessage(c.req.method));
  });

  // Before the app-wide headers, so that a served image's stricter CSP is the one that stays.
  app.use('/media/*', mediaFileHeaders);
  // First, so that every answer (errors and static files too) carries them.
  app.use('*', securityHeaders(config.publicUrl));
  app.use('*', publicUrlMiddleware(config.publicUrl));
  // Before authentication: a preflight carries no token and must not need one.
  mountCors(app);
  const tooLarge = (c: Context) => apiError(c, 'payload_too_large');
  const smallBodies = limitBody(1024 * 1024, tooLarge);
  // Only the two image upload routes take more than 1 MiB.
  const uploadBodies = limitBody(MEDIA_UPLOAD_BODY_LIMIT, tooLarge);
  app.use('*', (c, next) =>
    isMediaUpload(c.req.method, c.req.path) ? uploadBodies(c, next) : smallBodies(c, next),
  );
  const resolveToken = tokenResolver(database.db, () => deps.clock.now());
  // A token an app holds for itself (`client_credentials`) passes as an anonymous request.
  const appTokens = oauthRepository(database.db);
  const isAppToken = async (hash: string) => (await appTokens.findAppToken(hash)) !== null;
  app.use('/api/*', authentication(resolveToken, isAppToken));
  app.use('/oauth/*', authentication(resolveToken, isAppToken));

  // --- routes of each domain are mounted here ---
  // Remote people found by name (search with resolve, lookup): answered before the search and
  // accounts routes, through federation connected below.
  const remoteLookup = createRemoteResolverGate();
  mountRemoteLookupRoutes(app, {
    gate: remoteLookup,
    localDomain: config.domain,
    publicUrl: config.publicUrl,
    blockedEitherWay: createPolicy({ db: database.db, clock: deps.clock }).blockedEitherWay,
  });
  const people = mountAccountsDomain(app, { ...deps, events, openapi });
  const maxPostChars = async () => (await people.settings.get()).maxPostChars;
  // Before the posts domain: its status presenter calls the coach's extension (tone, folding).
  const coach = mountCoachDomain(app, { ...deps, db: database.db, events, openapi, maxPostChars });
  // The shield's say in the policy, connected once the shield domain is mounted below.
  const shieldGate = createShieldGate();
  const conversations = mountPostsDomain(app, {
    ...deps,
    events,
    openapi,
    maxPostChars,
    // The coach's tone and folding, the replies the shield holds left out of the counts,
    // and the call to action or spotlight a status carries.
    statusExtension: bothExtensions(
      bothExtensions(
        bothExtensions(coach.statusExtension, heldReplyCounts(database.db)),
        callStatusExtension(database.db, { publicUrl: config.publicUrl }),
      ),
      bothExtensions(
        spotlightStatusExtension(database.db, { publicUrl: config.publicUrl }),
        // Another Empathie's calls and spotlights, from their structured objects (ADR 0019).
        remoteEmpathieStatusExtension(database.db, { publicUrl: config.publicUrl }),
      ),
    ),
    shield: shieldGate,
  });
  // After the posts and coach domains: it weighs each post by the tone the coach stored.
  const defence = mountShieldDomain(app, {
    ...deps,
    events,
    openapi,
    jobs: conversations.jobs,
    present: conversations.present,
    gate: shieldGate,
    notifications: conversations.notifications,
    relationships: people.relationships,
  });
  // After the posts domain: its POST /api/v1/statuses hands held posts on to this domain.
  const held = mountScheduledDomain(app, {
    ...deps,
    openapi,
    jobs: conversations.jobs,
    posts: conversations.posts,
    present: conversations.present,
    coachSettings: coach.coachSettings,
  });
  mountAccountDataDomain(app, {
    ...deps,
    events,
    openapi,
    jobs: conversations.jobs,
    posts: conversations.posts,
    media: conversations.media,
  });
  // After the posts domain: the queue shows reported posts as statuses.
  const moderation = mountModerationDomain(app, {
    ...deps,
    events,
    openapi,
    present: conversations.present,
  });
  // Bots and coordination: the detector runs from jobs on new posts and sign-ups.
  const coordination = mountCoordinationDomain(app, {
    ...deps,
    events,
    openapi,
    jobs: conversations.jobs,
    settings: people.settings,
  });
  // Calls to action are statuses too, published through the posts service.
  const collective = mountCallsDomain(app, {
    ...deps,
    openapi,
    jobs: conversations.jobs,
    posts: conversations.posts,
  });
  // Support circles: kind messages for a person under attack, offered when the shield switches on.
  const support = mountCirclesDomain(app, {
    ...deps,
    events,
    openapi,
    jobs: conversations.jobs,
    policy: conversations.policy,
  });
  const spotlights = mountSpotlightsDomain(app, { ...deps, openapi, posts: conversations.posts });
  // Domain blocks: admins silence or suspend a server, people block one for themselves; the
  // policy they return also decides what federation delivers and accepts.
  const domains = mountDomainBlocksDomain(app, {
    ...deps,
    db: database.db,
    openapi,
    ownDomain: config.domain,
    events,
    outbound: createOutboundRecorder(deps),
  });
  // The streaming API: main.ts attaches its WebSocket side to the Node server (ADR 0020).
  const live = mountStreamingDomain(app, {
    ...deps,
    events,
    openapi,
    present: conversations.present,
    resolveToken,
    isAppToken,
  });
  // Featured accounts on a profile: relationships say `endorsed` from here too.
  mountEndorsementsDomain(app, {
    ...deps,
    db: database.db,
    events,
    openapi,
    relationships: people.relationships,
    ctx: { publicUrl: config.publicUrl },
  });
  // Discovery that shows its reasons: suggestions from people one follows, trends by people.
  mountSuggestionsDomain(app, {
    ...deps,
    db: database.db,
    openapi,
    ctx: { publicUrl: config.publicUrl },
  });
  mountTrendsDomain(app, { ...deps, db: database.db, openapi, publicUrl: config.publicUrl });
  // Instance announcements: admins write them in both languages, members may dismiss them.
  mountAnnouncementsDomain(app, { ...deps, db: database.db, openapi });
  // Web Push: a notification becomes one durable delivery job per subscription (ADR 0023).
  mountPushDomain(app, {
    ...deps,
    db: database.db,
    events,
    openapi,
    jobs: conversations.jobs,
    publicUrl: config.publicUrl,
    allowPrivateAddress: config.allowPrivateAddress,
    present: conversations.present,
  });
  const evidence = mountDossiersDomain(app, {
    ...deps,
    db: database.db,
    events,
    openapi,
    publicUrl: config.publicUrl,
    domain: config.domain,
  });
  // Shared block lists: a subscription blocks or mutes through the relationships service.
  const lists = mountBlockListsDomain(app, {
    ...deps,
    events,
    openapi,
    relationships: people.relationships,
  });
  app.route(
    '/',
    perspectiveRoutes({
      engine: deps.engine,
      publicUrl: config.publicUrl,
      keys: apiKeysService({
        repo: apiKeysRepository(database.db),
        clock: deps.clock,
        ids: deps.ids,
      }),
    }),
  );
  // The web app's log-in moves its token into an HttpOnly cookie (ADR 0009).
  app.route(
    '/',
    webSessionRoutes({
      revoke: (token) => people.accounts.revoke(token, hashToken(token)),
      openapi,
    }),
  );
  app.get('/api/openapi.json', (c) => c.json(openapi.document({ publicUrl: config.publicUrl })));

  // Unknown API paths answer in JSON, never with the web app's HTML.
  app.all('/api/*', (c) => apiError(c, 'not_found'));
  app.all('/oauth/*', (c) => apiError(c, 'not_found'));

  // ActivityPub (ADR 0019): actors, WebFinger, inboxes, collections. Before the web app's
  // catch-all, which still answers a browser asking for /users/name (content negotiation).
  const federation = createFederationModule(
    {
      ...deps,
      events,
      uris: localUris(config.publicUrl),
      // Incoming activities go through the services our own API uses (federation/inbox/).
      conversation: {
        posts: conversations.posts,
        interactions: conversations.interactions,
        relationships: people.relationships,
        outbound: createOutboundRecorder(deps),
        // Remote polls (Question) and the votes other servers send to ours.
        polls: remotePollsFor({ ...deps, db: database.db, jobs: conversations.jobs }),
        // A remote account's Delete also drops the images we cached of it.
        forgetRemoteMedia: conversations.remoteMedia.forgetAccount,
        // Stored and fresh, or fetched (signed by the instance actor) and stored; a refused or
        // suspended sender resolves to nothing, and its activity is ignored.
        resolveActor: async (uri, options) => {
          const found = await federation.remoteAccounts.resolveActor(uri, options);
          return found.ok ? { id: found.value.id } : null;
        },
      },
    },
    { mayDeliverTo: domains.domainPolicy.mayDeliverTo },
  );
  // Before Fedify: a suspended server's activities are refused at the door.
  app.use(refuseSuspendedSenders(domains.domainPolicy));
  mountFederation(app, federation, deps);
  remoteLookup.connect(federation.remoteAccounts);
  // The one outbound bridge: recorded changes become activities (ADR 0019).
  wireOutboundBridge({
    db: database.db,
    ids: deps.ids,
    logger,
    uris: localUris(config.publicUrl),
    localDomain: config.domain,
    jobs: conversations.jobs,
    federation: () => federation,
  });
  // Fedify's expired cache entries are purged hourly by a durable job (main.ts books the first).
  registerKvPurge({ db: database.db, jobs: conversations.jobs, clock: deps.clock, logger });

  mountWebApp(app, config.webDistDir);
  return {
    app,
    events,
    openapi,
    federation,
    ...people,
    ...conversations,
    ...coach,
    ...held,
    ...evidence,
    ...lists,
    ...defence,
    ...moderation,
    ...coordination,
    ...collective,
    ...support,
    ...spotlights,
    ...domains,
    ...live,
  };
}

/** Serves the built web app, with client-side routes falling back to `index.html`. */
function mountWebApp(app: Hono<AppEnv>, distDir: string): void {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.get('*', (c) =>
      c.text(
        'Empathie is running, but the web app is not built: run `npm run build -w @empathie/web`.\n' +
          "Empathie fonctionne, mais l'application web n'est pas construite : lancez `npm run build -w @empathie/web`.\n",
        503,
      ),
    );
    return;
  }
  app.use('/assets/*', refuseSourceMaps);
  app.use('/assets/*', serveStatic({ root: relative(process.cwd(), distDir) }));
  app.use('*', serveStatic({ root: relative(process.cwd(), distDir) }));
  app.get('*', async (c) => c.html(await readFile(indexFile, 'utf8')));
}
