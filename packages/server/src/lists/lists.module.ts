import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AppEnv } from '../http/auth.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { listsRepository } from './lists.repository.ts';
import { mountListsRoutes } from './lists.routes.ts';
import { createListsService } from './lists.service.ts';

/** Mastodon's lists: a person's own groupings of accounts they follow, with a timeline each. */
export function mountListsDomain(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    clock: Clock;
    ids: IdGenerator;
    present: StatusPresenter;
    publicUrl: string;
    openapi: OpenApiRegistry;
    events: EventBus;
  },
): void {
  const repo = listsRepository(deps.db);
  // Lists hold accounts one follows, as on Mastodon: an unfollow or a block takes them out.
  deps.events.subscribe('follow.removed', (e) =>
    repo.removeFromOwnerLists(e.followerId, e.targetId),
  );
  deps.events.subscribe('block.created', async (e) => {
    await repo.removeFromOwnerLists(e.accountId, e.targetId);
    await repo.removeFromOwnerLists(e.targetId, e.accountId);
  });
  const lists = createListsService({ repo, clock: deps.clock, ids: deps.ids });
  mountListsRoutes(app, {
    lists,
    repo,
    db: deps.db,
    present: deps.present,
    ctx: { publicUrl: deps.publicUrl },
    openapi: deps.openapi,
  });
}
