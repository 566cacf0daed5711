import type { Hono } from 'hono';
import type { AppDeps } from '../app.ts';
import type { AppEnv } from '../http/auth.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { PostsService } from '../posts/posts.service.ts';
import { mountSpotlightRoutes } from './spotlights.routes.ts';
import { createSpotlightsService } from './spotlights.service.ts';

/** Spotlights and what people gave: the service and its routes. */
export function mountSpotlightsDomain(
  app: Hono<AppEnv>,
  deps: AppDeps & { openapi: OpenApiRegistry; posts: PostsService },
) {
  const db = deps.database.db;
  const spotlights = createSpotlightsService({
    db,
    clock: deps.clock,
    ids: deps.ids,
    posts: deps.posts,
  });
  mountSpotlightRoutes(app, {
    db,
    clock: deps.clock,
    spotlights,
    publicUrl: deps.config.publicUrl,
    openapi: deps.openapi,
  });
  return { spotlights };
}
