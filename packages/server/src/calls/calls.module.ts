import type { Hono } from 'hono';
import type { AppDeps } from '../app.ts';
import { createOutboundRecorder } from '../federation/outbound-events.ts';
import type { AppEnv } from '../http/auth.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { PostsService } from '../posts/posts.service.ts';
import { mountSkillRoutes } from '../skills/skills.routes.ts';
import { registerDelivery } from './calls.delivery.ts';
import { mountCallRoutes } from './calls.routes.ts';
import { createCallsService } from './calls.service.ts';

/** Calls to action and profile skills: the service, its fan-out jobs and the routes. */
export function mountCallsDomain(
  app: Hono<AppEnv>,
  deps: AppDeps & { openapi: OpenApiRegistry; jobs: JobQueue; posts: PostsService },
) {
  const db = deps.database.db;
  const calls = createCallsService({
    db,
    clock: deps.clock,
    ids: deps.ids,
    jobs: deps.jobs,
    posts: deps.posts,
    outbound: createOutboundRecorder(deps),
  });
  registerDelivery(deps.jobs, { db, clock: deps.clock, ids: deps.ids });
  mountCallRoutes(app, { db, calls, publicUrl: deps.config.publicUrl, openapi: deps.openapi });
  mountSkillRoutes(app, { db, openapi: deps.openapi });
  return { calls };
}
