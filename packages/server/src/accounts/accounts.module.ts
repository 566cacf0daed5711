import type { Hono } from 'hono';
import { mountAdminRoutes } from '../admin/admin.routes.ts';
import { createAdminService } from '../admin/admin.service.ts';
import type { AppDeps } from '../app.ts';
import { createOutboundRecorder } from '../federation/outbound-events.ts';
import type { AppEnv } from '../http/auth.ts';
import { mountInstanceRoutes } from '../instance/instance.routes.ts';
import { instanceSettingsStore } from '../instance/instance-settings.ts';
import { oauthGrants } from '../oauth/oauth.grants.ts';
import { oauthRepository } from '../oauth/oauth.repository.ts';
import { mountOAuthRoutes } from '../oauth/oauth.routes.ts';
import { createOAuthService } from '../oauth/oauth.service.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { vapidPublicKey } from '../push/push.repository.ts';
import { generateVapidKeys } from '../push/web-push.crypto.ts';
import { mountRelationshipRoutes } from '../relationships/relationships.routes.ts';
import { createRelationshipsService } from '../relationships/relationships.service.ts';
import type { EventBus } from '../shared/events.ts';
import { mountAccountRoutes } from './accounts.routes.ts';
import { createAccountsService } from './accounts.service.ts';
import { mountAppRoutes } from './apps.routes.ts';
import { mountAuthRoutes } from './auth.routes.ts';
import { mountAvatarRoutes } from './avatar.routes.ts';
import { clientIpReader } from './client-ip.ts';
import { mountDirectoryRoute } from './directory.routes.ts';
import { oauthAppStore } from './oauth-apps.repository.ts';
import { createProfileService } from './profile.service.ts';

/**
 * Builds the people side of the instance (accounts, authentication, profiles, relationships,
 * instance information, administration) and mounts its routes. Returns the services other
 * domains use.
 */
export function mountAccountsDomain(
  app: Hono<AppEnv>,
  deps: AppDeps & { events: EventBus; openapi: OpenApiRegistry },
) {
  const { config, database, clock, ids, events, openapi } = deps;
  const db = database.db;
  const ctx = { publicUrl: config.publicUrl };
  const settings = instanceSettingsStore(db, config);
  const apps = oauthAppStore(db, clock);
  const accounts = createAccountsService({
    db,
    clock,
    ids,
    events,
    config,
    settings,
    appNameOf: apps.nameOf,
  });
  // Changes other servers must hear of are recorded in their own transaction (ADR 0019).
  const outbound = createOutboundRecorder({ clock, ids });
  const profiles = createProfileService({
    db,
    clock,
    events,
    localDomain: config.domain,
    outbound,
  });
  const relationships = createRelationshipsService({ db, clock, ids, events, outbound });
  const admin = createAdminService({ db, clock, ids, events, settings });

  mountAvatarRoutes(app);
  // OAuth's authorization-code flow and app tokens, beside the password grant.
  const oauth = createOAuthService({ db, repo: oauthRepository(db), clock, ids });
  mountAuthRoutes(
    app,
    accounts,
    openapi,
    clientIpReader(config.trustedProxies),
    oauthGrants(oauth),
  );
  const vapidKey = () => vapidPublicKey(db, generateVapidKeys);
  mountAppRoutes(app, openapi, oauth, vapidKey);
  mountOAuthRoutes(app, {
    oauth,
    openapi,
    webDistDir: config.webDistDir,
    publicUrl: config.publicUrl,
  });
  mountRelationshipRoutes(app, { db, relationships, profiles, ctx, openapi });
  mountAccountRoutes(app, profiles, ctx, openapi);
  mountDirectoryRoute(app, { db, ctx, openapi });
  mountAdminRoutes(app, admin, ctx, openapi);
  mountInstanceRoutes(app, { db, clock, config, settings, ctx, openapi, vapidKey });
  return { settings, accounts, profiles, relationships };
}
