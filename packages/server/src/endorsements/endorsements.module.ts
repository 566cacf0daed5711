import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { SerializerContext } from '../api/mastodon/account.serializer.ts';
import type { Database } from '../db/schema.ts';
import type { AppEnv } from '../http/auth.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { RelationshipsService } from '../relationships/relationships.service.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { endorsementsRepository } from './endorsements.repository.ts';
import { mountEndorsementsRoutes } from './endorsements.routes.ts';
import { createEndorsementsService } from './endorsements.service.ts';

/** Featuring people one follows on one's profile (Mastodon's endorsements). */
export function mountEndorsementsDomain(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    clock: Clock;
    ids: IdGenerator;
    events: EventBus;
    relationships: Pick<RelationshipsService, 'relationships'>;
    ctx: SerializerContext;
    openapi: OpenApiRegistry;
  },
) {
  const repo = endorsementsRepository(deps.db);
  // Featuring someone one no longer follows, or across a block, would say what is no longer true.
  deps.events.subscribe('follow.removed', (e) => repo.remove(e.followerId, e.targetId));
  deps.events.subscribe('block.created', async (e) => {
    await repo.remove(e.accountId, e.targetId);
    await repo.remove(e.targetId, e.accountId);
  });
  const endorsements = createEndorsementsService({ repo, clock: deps.clock, ids: deps.ids });
  mountEndorsementsRoutes(app, { ...deps, endorsements, repo });
  return { endorsements };
}
