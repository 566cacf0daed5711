import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { parseBody, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { Clock } from '../shared/clock.ts';

const TIMELINES = ['home', 'notifications'] as const;
type Timeline = (typeof TIMELINES)[number];

const getSchema = z.object({
  timeline: z.preprocess(
    (v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]),
    z.array(z.enum(TIMELINES)).optional(),
  ),
});
const position = z.object({ last_read_id: z.string().regex(/^\d{1,20}$/) });
const postSchema = z
  .object({ home: position.optional(), notifications: position.optional() })
  .refine((b) => b.home || b.notifications, { message: 'home or notifications' });

/**
 * Mastodon's markers: the read position in the home timeline and in notifications ("mark as
 * read"), shared by every client of the account. `version` grows on each save.
 */
export function mountMarkerRoutes(
  app: Hono<AppEnv>,
  deps: { db: Kysely<Database>; clock: Clock; openapi: OpenApiRegistry },
): void {
  const { db, clock, openapi } = deps;

  async function read(accountId: string, timelines: readonly Timeline[]) {
    const rows = await db
      .selectFrom('markers')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('timeline', 'in', [...timelines])
      .execute();
    return Object.fromEntries(
      rows.map((r) => [
        r.timeline,
        { last_read_id: r.last_read_id, version: Number(r.version), updated_at: r.updated_at },
      ]),
    );
  }

  openapi.register({
    method: 'get',
    path: '/api/v1/markers',
    summary: 'Read positions',
    tag: 'markers',
    query: getSchema,
  });
  app.get('/api/v1/markers', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, getSchema);
    if (!parsed.ok) return parsed.response;
    return c.json(await read(viewer.accountId, parsed.value.timeline ?? TIMELINES));
  });

  openapi.register({
    method: 'post',
    path: '/api/v1/markers',
    summary: 'Save read positions',
    tag: 'markers',
    body: postSchema,
  });
  app.post('/api/v1/markers', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, postSchema);
    if (!parsed.ok) return parsed.response;
    const now = clock.now().toISOString();
    const saved: Timeline[] = [];
    for (const timeline of TIMELINES) {
      const p = parsed.value[timeline];
      if (!p) continue;
      saved.push(timeline);
      await db
        .insertInto('markers')
        .values({
          account_id: viewer.accountId,
          timeline,
          last_read_id: p.last_read_id,
          version: 1,
          updated_at: now,
        })
        .onConflict((oc) =>
          oc.columns(['account_id', 'timeline']).doUpdateSet((eb) => ({
            last_read_id: p.last_read_id,
            version: eb('markers.version', '+', 1),
            updated_at: now,
          })),
        )
        .execute();
    }
    return c.json(await read(viewer.accountId, saved));
  });
}
