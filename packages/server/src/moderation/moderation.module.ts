import type { Hono } from 'hono';
import { clientIpReader } from '../accounts/client-ip.ts';
import type { AppDeps } from '../app.ts';
import type { AppEnv } from '../http/auth.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import { mountReportRoutes } from '../reports/reports.routes.ts';
import { createReportsService } from '../reports/reports.service.ts';
import type { EventBus } from '../shared/events.ts';
import { createRateLimiter } from '../shared/rate-limiter.ts';
import { mountModerationAdminRoutes } from './admin.routes.ts';
import { mountModerationAccountRoutes } from './admin-accounts.routes.ts';
import { createModerationService } from './moderation.service.ts';
import { createNoticesService } from './notices.service.ts';
import { mountModerationPublicRoutes } from './public.routes.ts';
import { createQueueService } from './queue.service.ts';
import { mountRuleRoutes } from './rules.routes.ts';

/** Notices are open to anyone: a few per hour and address is plenty for a person, not a flood. */
const NOTICES_PER_HOUR = 10;

/**
 * Moderation under the EU DSA (ADR 0014): reports, notices from anyone, the queue, restrictions
 * with statements of reasons, appeals, the audit log, the instance's rules and the transparency
 * report. Mounted after the posts domain: the queue shows posts as statuses.
 */
export function mountModerationDomain(
  app: Hono<AppEnv>,
  deps: AppDeps & { events: EventBus; openapi: OpenApiRegistry; present: StatusPresenter },
) {
  const { config, database, clock, ids, events, openapi, present } = deps;
  const db = database.db;
  const ctx = { publicUrl: config.publicUrl };
  const moderation = createModerationService({ db, clock, ids, events });
  const audit = moderation.audit;
  const reports = createReportsService({ db, clock, ids });
  const notices = createNoticesService({ db, clock, ids, publicUrl: config.publicUrl, audit });
  const queue = createQueueService({ db, clock, ctx, present, audit });
  mountReportRoutes(app, { db, reports, ctx, openapi });
  mountModerationPublicRoutes(app, {
    db,
    notices,
    moderation,
    noticeLimiter: createRateLimiter({ max: NOTICES_PER_HOUR, windowMs: 3_600_000 }, clock),
    clientIp: clientIpReader(config.trustedProxies),
    now: () => clock.now(),
    openapi,
  });
  mountModerationAdminRoutes(app, { db, clock, ctx, moderation, queue, openapi });
  mountModerationAccountRoutes(app, { db, clock, ctx, moderation, openapi });
  mountRuleRoutes(app, { db, clock, ids, audit, openapi });
  return { reports, moderation, notices, moderationQueue: queue };
}
