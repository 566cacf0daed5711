import type { Hono } from 'hono';
import type { AppDeps } from '../app.ts';
import type { AppEnv } from '../http/auth.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { RelationshipsService } from '../relationships/relationships.service.ts';
import type { EventBus } from '../shared/events.ts';
import { mountBlockListRoutes } from './block-lists.routes.ts';
import { createBlockListsService } from './block-lists.service.ts';

/** Shared block lists: their service (subscriptions make real blocks and mutes) and routes. */
export function mountBlockListsDomain(
  app: Hono<AppEnv>,
  deps: AppDeps & {
    events: EventBus;
    openapi: OpenApiRegistry;
    relationships: RelationshipsService;
  },
) {
  const db = deps.database.db;
  const blockLists = createBlockListsService({
    db,
    clock: deps.clock,
    ids: deps.ids,
    events: deps.events,
    relationships: deps.relationships,
    domain: deps.config.domain,
  });
  mountBlockListRoutes(app, {
    db,
    lists: blockLists,
    publicUrl: deps.config.publicUrl,
    openapi: deps.openapi,
  });
  return { blockLists };
}
