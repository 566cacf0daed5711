import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AppEnv } from '../http/auth.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { Clock } from '../shared/clock.ts';
import { trendsRepository } from './trends.repository.ts';
import { mountTrendsRoutes } from './trends.routes.ts';

/** Trends that fit Empathie's principles: people, not engagement (docs/api.md, "Trends"). */
export function mountTrendsDomain(
  app: Hono<AppEnv>,
  deps: { db: Kysely<Database>; clock: Clock; publicUrl: string; openapi: OpenApiRegistry },
): void {
  mountTrendsRoutes(app, { ...deps, repo: trendsRepository(deps.db) });
}
