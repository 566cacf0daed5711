import type { Hono } from 'hono';
import { mountAlliesRoutes } from '../allies/allies.routes.ts';
import { createAlliesService } from '../allies/allies.service.ts';
import type { AppDeps } from '../app.ts';
import type { NotificationType } from '../db/schema.ts';
import type { AppEnv } from '../http/auth.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import type { EventBus } from '../shared/events.ts';
import { createHeldFolderService } from './held-folder.service.ts';
import { mountShieldRoutes } from './shield.routes.ts';
import { createShieldService, type Incoming, QUIET_QUEUE } from './shield.service.ts';
import { mountShieldDefaultsRoutes, readShieldDefaults } from './shield-defaults.ts';

/**
 * The shield's place in the policy, created before the policy and connected once the shield
 * exists (the shield itself needs the notifications the policy serves). Until connected,
 * nothing is held.
 */
export function createShieldGate() {
  let screen: ((input: Incoming) => Promise<boolean>) | null = null;
  return {
    isHeld: (input: {
      recipientId: string;
      senderId: string;
      type: NotificationType;
      postId: string | null;
    }) => (screen ? screen(input) : Promise.resolve(false)),
    connect(to: (input: Incoming) => Promise<boolean>) {
      screen = to;
    },
  };
}
export type ShieldGateSlot = ReturnType<typeof createShieldGate>;

/**
 * The defence of a person under a pile-on: the shield (detection, held folder, notices, quiet
 * switch-off) and allies (invitations, permissions, the log). Mounted after the posts domain:
 * it reads the tone the coach domain stores for each post, and delivers approved messages
 * through the notifications service.
 */
export function mountShieldDomain(
  app: Hono<AppEnv>,
  deps: AppDeps & {
    events: EventBus;
    openapi: OpenApiRegistry;
    jobs: JobQueue;
    present: StatusPresenter;
    gate: ShieldGateSlot;
    notifications: {
      notify: (
        to: string,
        from: string,
        type: NotificationType,
        postId: string | null,
      ) => Promise<boolean>;
      withdraw: (
        to: string,
        from: string,
        type: NotificationType,
        postId: string | null,
      ) => Promise<void>;
    };
    relationships: { block: (viewerId: string, targetId: string) => Promise<unknown> };
  },
) {
  const { database, clock, ids, events, openapi, jobs, config } = deps;
  const db = database.db;
  const allies = createAlliesService({ db, clock, ids });
  const shield = createShieldService({
    db,
    clock,
    ids,
    jobs,
    allies,
    withdraw: deps.notifications.withdraw,
    defaults: () => readShieldDefaults(db),
    events: deps.events,
  });
  const folder = createHeldFolderService({
    db,
    clock,
    ids,
    allies,
    notify: deps.notifications.notify,
    block: deps.relationships.block,
  });
  deps.gate.connect(shield.isHeld);
  // After the coach domain's subscriber (mounted earlier), so the post's tone is stored.
  events.subscribe('post.created', (e) => shield.postAnalysed(e.postId));
  jobs.register(QUIET_QUEUE, shield.quietCheck);

  const publicUrl = config.publicUrl;
  mountShieldRoutes(app, { db, shield, folder, present: deps.present, publicUrl, openapi });
  mountShieldDefaultsRoutes(app, { db, openapi });
  mountAlliesRoutes(app, { db, allies, publicUrl, openapi });
  return { shield, allies, heldFolder: folder };
}
