import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { SerializerContext } from '../api/mastodon/account.serializer.ts';
import type { Database } from '../db/schema.ts';
import type { AppEnv } from '../http/auth.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { Clock } from '../shared/clock.ts';
import { suggestionsRepository } from './suggestions.repository.ts';
import { mountSuggestionsRoutes } from './suggestions.routes.ts';

/** Follow suggestions from the people one follows (no service: reading and one dismissal). */
export function mountSuggestionsDomain(
  app: Hono<AppEnv>,
  deps: { db: Kysely<Database>; clock: Clock; ctx: SerializerContext; openapi: OpenApiRegistry },
): void {
  mountSuggestionsRoutes(app, { ...deps, repo: suggestionsRepository(deps.db) });
}
