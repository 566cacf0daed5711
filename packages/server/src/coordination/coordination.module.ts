import type { Hono } from 'hono';
import type { AppDeps } from '../app.ts';
import type { AppEnv } from '../http/auth.ts';
import type { InstanceSettingsStore } from '../instance/instance-settings.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { EventBus } from '../shared/events.ts';
import { mountAlertRoutes } from './alerts.routes.ts';
import { createCoordinationDetector, type DetectorThresholds } from './detector.service.ts';

export const COORDINATION_POST_QUEUE = 'coordination.post';
export const COORDINATION_SIGNUP_QUEUE = 'coordination.signup';

/**
 * Bots and coordination (ADR 0015-bots-and-coordination): each new post and each sign-up
 * becomes a durable job, and the job runs the detector over a short window, so reading the
 * network never pays for it and a restart loses no evidence.
 */
export function mountCoordinationDomain(
  app: Hono<AppEnv>,
  deps: AppDeps & {
    events: EventBus;
    openapi: OpenApiRegistry;
    jobs: JobQueue;
    settings: InstanceSettingsStore;
    thresholds?: Partial<DetectorThresholds>;
  },
) {
  const { config, database, clock, ids, events, openapi, jobs, settings } = deps;
  const db = database.db;
  const detector = createCoordinationDetector({
    db,
    clock,
    ids,
    botsMustDeclare: async () => (await settings.get()).botsMustDeclare,
    ...(deps.thresholds ? { thresholds: deps.thresholds } : {}),
  });
  jobs.register(COORDINATION_POST_QUEUE, (payload) =>
    detector.postCreated(String((payload as { postId: unknown }).postId)),
  );
  jobs.register(COORDINATION_SIGNUP_QUEUE, (payload) =>
    detector.accountCreated(String((payload as { accountId: unknown }).accountId)),
  );
  events.subscribe('post.created', async (e) => {
    await jobs.enqueue(COORDINATION_POST_QUEUE, { postId: e.postId });
  });
  events.subscribe('account.created', async (e) => {
    await jobs.enqueue(COORDINATION_SIGNUP_QUEUE, { accountId: e.accountId });
  });
  mountAlertRoutes(app, { db, clock, ids, ctx: { publicUrl: config.publicUrl }, openapi });
  return { coordination: detector };
}
