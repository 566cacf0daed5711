import type { Hono } from 'hono';
import type { SerializerContext } from '../api/mastodon/account.serializer.ts';
import type { AppEnv } from '../http/auth.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { Db } from '../posts/posts.repository.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { mountFeaturedTagRoutes } from './featured-tags.routes.ts';
import { createFeaturedTagsService } from './featured-tags.service.ts';
import { createFollowedTagsService } from './followed-tags.service.ts';
import { tagsRepository } from './tags.repository.ts';
import { mountFollowedTagRoutes } from './tags.routes.ts';

/** Followed hashtags (their public posts reach the home, `tag-fanout.ts`) and featured ones. */
export function mountTagsDomain(
  app: Hono<AppEnv>,
  deps: {
    db: Db;
    clock: Clock;
    ids: IdGenerator;
    ctx: SerializerContext;
    openapi: OpenApiRegistry;
  },
) {
  const repo = tagsRepository(deps.db);
  const followed = createFollowedTagsService({ repo, clock: deps.clock, ids: deps.ids });
  const featured = createFeaturedTagsService({ repo, clock: deps.clock, ids: deps.ids });
  mountFollowedTagRoutes(app, { tags: followed, ctx: deps.ctx, openapi: deps.openapi });
  mountFeaturedTagRoutes(app, {
    db: deps.db,
    featured,
    followed,
    ctx: deps.ctx,
    openapi: deps.openapi,
  });
  return { followedTags: followed };
}
