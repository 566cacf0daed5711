import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AppEnv } from '../http/auth.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { Logger } from '../shared/logger.ts';
import { createPushDelivery } from './push.delivery.ts';
import { pushRepository } from './push.repository.ts';
import { mountPushRoutes } from './push.routes.ts';
import { createPushService, PUSH_QUEUE, type PushDeliveryJob } from './push.service.ts';

/** Web Push (ADR 0023): subscriptions per token, one durable delivery job per notification. */
export function mountPushDomain(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    clock: Clock;
    ids: IdGenerator;
    logger: Logger;
    jobs: JobQueue;
    events: EventBus;
    openapi: OpenApiRegistry;
    publicUrl: string;
    allowPrivateAddress: boolean;
    present: StatusPresenter;
  },
) {
  const repo = pushRepository(deps.db);
  const push = createPushService({
    repo,
    jobs: deps.jobs,
    clock: deps.clock,
    ids: deps.ids,
    allowPrivateAddress: deps.allowPrivateAddress,
  });
  const deliver = createPushDelivery({
    repo,
    push,
    clock: deps.clock,
    logger: deps.logger,
    publicUrl: deps.publicUrl,
    allowPrivateAddress: deps.allowPrivateAddress,
    present: deps.present,
  });
  deps.jobs.register(PUSH_QUEUE, async (payload) => {
    await deliver(payload as PushDeliveryJob);
  });
  deps.events.subscribe('notification.created', (e) =>
    push.onNotification(e.notificationId, e.accountId),
  );
  // A deleted account's tokens are revoked at once; the copies its subscriptions hold go too,
  // without waiting for the erasure at the end of the grace period.
  deps.events.subscribe('account.deleted', (e) => repo.removeOfAccount(e.accountId));
  mountPushRoutes(app, { push, openapi: deps.openapi });
  return { push };
}
