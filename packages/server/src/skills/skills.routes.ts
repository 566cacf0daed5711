import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { parseBody } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { replaceSkills, skillsOf } from './skills.repository.ts';

const putSchema = z.object({
  skills: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(60),
        public: z.boolean().default(true),
      }),
    )
    .max(30)
    .refine(
      (list) => new Set(list.map((s) => s.name.toLowerCase())).size === list.length,
      'each skill once',
    ),
});

/**
 * Skills people list on their profile: public ones are shown to everyone, private ones only
 * serve to match calls to action for their owner and never leave this route for anyone else.
 */
export function mountSkillRoutes(
  app: Hono<AppEnv>,
  deps: { db: Kysely<Database>; openapi: OpenApiRegistry },
): void {
  const { db, openapi } = deps;
  const serialize = (rows: Array<{ name: string; public: number }>) =>
    rows.map((r) => ({ name: r.name, public: r.public === 1 }));

  openapi.register({
    method: 'get',
    path: '/api/empathie/v1/profile/skills',
    summary: 'Your skills, public and private',
    tag: 'skills',
  });
  app.get('/api/empathie/v1/profile/skills', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    return c.json(serialize(await skillsOf(db, viewer.accountId, true)));
  });

  openapi.register({
    method: 'put',
    path: '/api/empathie/v1/profile/skills',
    summary: 'Replace your skills (private ones only match calls for you)',
    tag: 'skills',
    body: putSchema,
  });
  app.put('/api/empathie/v1/profile/skills', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, putSchema);
    if (!parsed.ok) return parsed.response;
    await replaceSkills(db, viewer.accountId, parsed.value.skills);
    return c.json(serialize(await skillsOf(db, viewer.accountId, true)));
  });

  openapi.register({
    method: 'get',
    path: '/api/empathie/v1/accounts/:id/skills',
    summary: "A person's public skills",
    tag: 'skills',
  });
  app.get('/api/empathie/v1/accounts/:id{[0-9]+}/skills', async (c) => {
    const id = c.req.param('id');
    const account = await db
      .selectFrom('accounts')
      .select('id')
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!account) return apiError(c, 'not_found');
    const own = c.get('viewer')?.accountId === id;
    return c.json(serialize(await skillsOf(db, id, own)));
  });
}
