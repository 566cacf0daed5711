import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { createCoalescingRecorder, createOutboundRecorder } from '../federation/outbound-events.ts';
import type { AppEnv } from '../http/auth.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { pollsRepository } from './polls.repository.ts';
import { mountPollsRoutes } from './polls.routes.ts';
import { createPollsService } from './polls.service.ts';
import { remotePollsRepository } from './remote-polls.repository.ts';
import { createRemotePollsService } from './remote-polls.service.ts';

/**
 * Polls on posts: the posts service stores them through `forPosts` (inside its transactions),
 * a durable job closes each one at its time and tells the voters and the author.
 */
export function mountPollsDomain(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    clock: Clock;
    ids: IdGenerator;
    jobs: JobQueue;
    notifications: Pick<NotificationsService, 'notify'>;
    openapi: OpenApiRegistry;
  },
) {
  const polls = createPollsService({
    ...deps,
    repo: pollsRepository(deps.db),
    federation: remotePollsFor(deps),
  });
  mountPollsRoutes(app, { polls, openapi: deps.openapi });
  return polls;
}

/**
 * Polls across servers (ADR 0019): Questions in and out, votes as Notes, coalesced Updates. It
 * holds no state, so the inbox (app.ts) and the polls service each take one.
 */
export function remotePollsFor(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  jobs: JobQueue;
}) {
  return createRemotePollsService({
    ...deps,
    repo: pollsRepository(deps.db),
    remote: remotePollsRepository(deps.db),
    outbound: createOutboundRecorder(deps),
    coalesce: createCoalescingRecorder(deps),
  });
}
