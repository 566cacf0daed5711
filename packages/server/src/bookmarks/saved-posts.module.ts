import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AppEnv } from '../http/auth.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { savedPostsRepository } from './saved-posts.repository.ts';
import { mountSavedPostsRoutes } from './saved-posts.routes.ts';
import { createSavedPostsService } from './saved-posts.service.ts';

/** Bookmarks, pins and the favourites list; returns the repository for profile listings. */
export function mountSavedPostsDomain(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    clock: Clock;
    ids: IdGenerator;
    present: StatusPresenter;
    openapi: OpenApiRegistry;
  },
) {
  const repo = savedPostsRepository(deps.db);
  const saved = createSavedPostsService({ db: deps.db, repo, clock: deps.clock, ids: deps.ids });
  mountSavedPostsRoutes(app, { saved, repo, present: deps.present, openapi: deps.openapi });
  return { savedPosts: repo };
}
