import type { Hono } from 'hono';
import type { AppDeps } from '../app.ts';
import type { AppEnv } from '../http/auth.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { Policy } from '../policy/policy.service.ts';
import type { EventBus } from '../shared/events.ts';
import { mountCircleRoutes } from './circles.routes.ts';
import { createCirclesService } from './circles.service.ts';

/** Support circles: the service (the engine judges every message) and its routes. */
export function mountCirclesDomain(
  app: Hono<AppEnv>,
  deps: AppDeps & {
    events: EventBus;
    openapi: OpenApiRegistry;
    jobs: JobQueue;
    policy: Pick<Policy, 'blockedEitherWay'>;
  },
) {
  const db = deps.database.db;
  const circles = createCirclesService({
    db,
    clock: deps.clock,
    ids: deps.ids,
    jobs: deps.jobs,
    engine: deps.engine,
    events: deps.events,
    policy: deps.policy,
  });
  mountCircleRoutes(app, { db, circles, publicUrl: deps.config.publicUrl, openapi: deps.openapi });
  return { circles };
}
