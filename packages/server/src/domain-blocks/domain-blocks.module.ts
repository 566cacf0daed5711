import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { OutboundRecorder } from '../federation/outbound-events.ts';
import type { AppEnv } from '../http/auth.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { createDomainPolicy } from '../policy/domain-policy.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { mountDomainBlocksRoutes } from './domain-blocks.routes.ts';
import { createDomainBlocksService } from './domain-blocks.service.ts';

/** Instance and personal domain blocks; returns the policy federation asks (delivery, arrival). */
export function mountDomainBlocksDomain(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    clock: Clock;
    ids: IdGenerator;
    openapi: OpenApiRegistry;
    ownDomain: string;
    /** A person's block cuts their follows with that domain, and tells its servers. */
    outbound?: OutboundRecorder;
    events?: EventBus;
  },
) {
  const blocks = createDomainBlocksService(deps);
  mountDomainBlocksRoutes(app, { blocks, openapi: deps.openapi });
  return { domainBlocks: blocks, domainPolicy: createDomainPolicy(deps.db) };
}
