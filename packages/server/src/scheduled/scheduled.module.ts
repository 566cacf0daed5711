import type { Hono } from 'hono';
import type { CoachSettingsService } from '../coach/coach-settings.service.ts';
import type { Config } from '../config/config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import type { AppEnv } from '../http/auth.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { PostsService } from '../posts/posts.service.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { Logger } from '../shared/logger.ts';
import { mountScheduledRoutes } from './scheduled.routes.ts';
import { createScheduledService, PUBLISH_QUEUE } from './scheduled.service.ts';

/**
 * Posts held for later ("send later", the undo window). Mount it after the posts domain: the
 * posts route hands held posts on to this one.
 */
export function mountScheduledDomain(
  app: Hono<AppEnv>,
  deps: {
    config: Config;
    database: DatabaseHandle;
    clock: Clock;
    ids: IdGenerator;
    logger: Logger;
    openapi: OpenApiRegistry;
    jobs: JobQueue;
    posts: PostsService;
    present: StatusPresenter;
    coachSettings: CoachSettingsService;
  },
) {
  const { database, clock, ids, logger, jobs, posts, coachSettings } = deps;
  const scheduled = createScheduledService({
    db: database.db,
    clock,
    ids,
    logger,
    jobs,
    posts,
    undoSecondsOf: async (accountId) => (await coachSettings.forPerson(accountId)).undoSeconds,
  });
  // Registered by every app built, so held posts are published after a restart too.
  jobs.register(PUBLISH_QUEUE, scheduled.publishDue);
  mountScheduledRoutes(app, { scheduled, present: deps.present, openapi: deps.openapi });
  return { scheduled };
}
