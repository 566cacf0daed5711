import type { Hono } from 'hono';
import type { SerializerContext } from '../api/mastodon/account.serializer.ts';
import type { AppEnv } from '../http/auth.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { Db } from '../posts/posts.repository.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import { conversationsRepository } from './conversations.repository.ts';
import { mountConversationRoutes } from './conversations.routes.ts';
import { createConversationsService } from './conversations.service.ts';

/** Direct conversations; rows are written by the home-feed fan-out (`recordDirectPost`). */
export function mountConversationsDomain(
  app: Hono<AppEnv>,
  deps: { db: Db; present: StatusPresenter; ctx: SerializerContext; openapi: OpenApiRegistry },
): void {
  const conversations = createConversationsService({
    db: deps.db,
    repo: conversationsRepository(deps.db),
    present: deps.present,
    ctx: deps.ctx,
  });
  mountConversationRoutes(app, { conversations, openapi: deps.openapi });
}
