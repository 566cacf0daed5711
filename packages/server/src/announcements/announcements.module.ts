import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AppEnv } from '../http/auth.ts';
import { appendAudit } from '../moderation/audit.repository.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { announcementsRepository } from './announcements.repository.ts';
import { mountAnnouncementsRoutes } from './announcements.routes.ts';
import { createAnnouncementsService } from './announcements.service.ts';

/** Instance announcements: written by admins (audited), read and dismissed by members. */
export function mountAnnouncementsDomain(
  app: Hono<AppEnv>,
  deps: { db: Kysely<Database>; clock: Clock; ids: IdGenerator; openapi: OpenApiRegistry },
) {
  const announcements = createAnnouncementsService({
    repo: announcementsRepository(deps.db),
    clock: deps.clock,
    ids: deps.ids,
  });
  mountAnnouncementsRoutes(app, {
    announcements,
    audit: (entry) => appendAudit(deps.db, deps.ids, deps.clock.now().toISOString(), entry),
    openapi: deps.openapi,
  });
  return { announcements };
}
