import type { Hono } from 'hono';
import type { AppDeps } from '../app.ts';
import { createOutboundRecorder } from '../federation/outbound-events.ts';
import type { AppEnv } from '../http/auth.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { MediaService } from '../media/media.service.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { PostsService } from '../posts/posts.service.ts';
import type { EventBus } from '../shared/events.ts';
import { mountAccountDataRoutes } from './account-data.routes.ts';
import { createAccountDeletionService, ERASE_ACCOUNT_QUEUE } from './account-deletion.service.ts';
import { createAccountExportService } from './account-export.service.ts';
import { createPasswordChangeService } from './password-change.service.ts';
import { createPasswordConfirmation } from './password-confirmation.ts';
import { createSessionsService } from './sessions.service.ts';

/**
 * A person's control over their own data (export, password, sessions, deletion). Mount it after
 * the posts domain: erasing an account removes posts the way the posts domain does, on its jobs.
 */
export function mountAccountDataDomain(
  app: Hono<AppEnv>,
  deps: AppDeps & {
    events: EventBus;
    openapi: OpenApiRegistry;
    jobs: JobQueue;
    posts: PostsService;
    /** The person's images, for their archive. */
    media?: MediaService;
  },
) {
  const { config, database, clock, logger, events, jobs, posts, openapi } = deps;
  const db = database.db;
  const confirmation = createPasswordConfirmation({ db, clock });
  const exporter = createAccountExportService({
    db,
    clock,
    publicUrl: config.publicUrl,
    domain: config.domain,
    ...(deps.media ? { media: deps.media } : {}),
  });
  const passwords = createPasswordChangeService({ db, clock, confirmation });
  const sessions = createSessionsService({ db, clock });
  const deletion = createAccountDeletionService({
    db,
    dialect: database.dialect,
    clock,
    jobs,
    events,
    logger,
    posts,
    confirmation,
    outbound: createOutboundRecorder({ clock, ids: deps.ids }),
  });
  // Registered by every app built, so an erasure due while the server was down runs at start.
  jobs.register(ERASE_ACCOUNT_QUEUE, deletion.eraseDue);
  mountAccountDataRoutes(app, { exporter, deletion, passwords, sessions, openapi });
  return { deletion, sessions };
}
