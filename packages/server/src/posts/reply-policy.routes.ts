import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { parseBody } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { isReplyPolicy } from '../policy/policy.types.ts';

const schema = z.object({ reply_policy: z.enum(['everyone', 'following', 'mentioned', 'nobody']) });

/**
 * A person's default reply policy: what the composer starts with, and what a post gets when the
 * client says nothing (Mastodon apps never do).
 */
export function mountReplyPolicyRoutes(
  app: Hono<AppEnv>,
  deps: { db: Kysely<Database>; openapi: OpenApiRegistry },
): void {
  const { db, openapi } = deps;
  const path = '/api/empathie/v1/reply_policy/default';

  const read = async (accountId: string) => {
    const row = await db
      .selectFrom('users')
      .select('default_reply_policy')
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    return {
      reply_policy: isReplyPolicy(row?.default_reply_policy)
        ? row.default_reply_policy
        : 'everyone',
    };
  };

  openapi.register({
    method: 'get',
    path,
    summary: 'Who may reply to your posts unless you choose otherwise',
    tag: 'statuses',
  });
  app.get(path, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    return c.json(await read(viewer.accountId));
  });

  openapi.register({
    method: 'put',
    path,
    summary: 'Change who may reply to your posts by default',
    tag: 'statuses',
    body: schema,
  });
  app.put(path, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, schema);
    if (!parsed.ok) return parsed.response;
    await db
      .updateTable('users')
      .set({ default_reply_policy: parsed.value.reply_policy })
      .where('account_id', '=', viewer.accountId)
      .execute();
    return c.json(await read(viewer.accountId));
  });
}
