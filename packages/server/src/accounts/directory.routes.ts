import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { type SerializerContext, serializeAccount } from '../api/mastodon/account.serializer.ts';
import type { Database } from '../db/schema.ts';
import type { AppEnv } from '../http/auth.ts';
import { formBoolean, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { listDirectory } from './directory.repository.ts';

const directorySchema = z.object({
  offset: z.coerce.number().int().min(0).max(10_000).optional(),
  limit: z.coerce
    .number()
    .int()
    .optional()
    .transform((n) => Math.min(Math.max(n ?? 40, 1), 80)),
  order: z.enum(['active', 'new']).optional(),
  local: formBoolean.optional(),
});

/** `GET /api/v1/directory`: people who asked to be found, by a rule anyone can read. */
export function mountDirectoryRoute(
  app: Hono<AppEnv>,
  deps: { db: Kysely<Database>; ctx: SerializerContext; openapi: OpenApiRegistry },
): void {
  app.get('/api/v1/directory', async (c) => {
    const parsed = parseQuery(c, directorySchema);
    if (!parsed.ok) return parsed.response;
    const q = parsed.value;
    const rows = await listDirectory(deps.db, c.get('viewer')?.accountId ?? null, {
      order: q.order ?? 'active',
      localOnly: q.local ?? false,
      offset: q.offset ?? 0,
      limit: q.limit,
    });
    return c.json(rows.map((a) => serializeAccount(a, deps.ctx)));
  });
  deps.openapi.register({
    method: 'get',
    path: '/api/v1/directory',
    summary:
      'Discoverable people: by last post (order=active, people who posted) or arrival (order=new)',
    tag: 'accounts',
    auth: false,
    query: directorySchema,
  });
}
