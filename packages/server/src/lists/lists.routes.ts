import type { Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { type SerializerContext, serializeAccount } from '../api/mastodon/account.serializer.ts';
import type { Database } from '../db/schema.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { parseBody, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import type { Result } from '../shared/result.ts';
import type { ListRow, ListsRepository } from './lists.repository.ts';
import type { ListError, ListsService } from './lists.service.ts';

const policy = z.enum(['followed', 'list', 'none']);
const bool = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean());
const createSchema = z.object({
  title: z.string().trim().min(1).max(100),
  replies_policy: policy.default('list'),
  exclusive: bool.default(false),
});
const updateSchema = z.object({
  title: z.string().trim().min(1).max(100).optional(),
  replies_policy: policy.optional(),
  exclusive: bool.optional(),
});
const idList = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().regex(/^\d{1,20}$/)).max(100),
);
const accountsSchema = z.object({ account_ids: idList });
// `limit=0` lists every member, as Mastodon allows.
const membersSchema = pageSchema(40, 80).extend({
  limit: z.coerce
    .number()
    .int()
    .optional()
    .transform((n) => (n === 0 ? 0 : Math.min(Math.max(n ?? 40, 1), 80))),
});

/** Mastodon's List entity. */
function listJson(list: ListRow) {
  return {
    id: list.id,
    title: list.title,
    replies_policy: list.replies_policy,
    exclusive: false,
  };
}

/** Lists, their members and their timeline, as Mastodon apps call them. */
export function mountListsRoutes(
  app: Hono<AppEnv>,
  deps: {
    lists: ListsService;
    repo: ListsRepository;
    db: Kysely<Database>;
    present: StatusPresenter;
    ctx: SerializerContext;
    openapi: OpenApiRegistry;
  },
): void {
  const { lists, repo, present, ctx, openapi } = deps;

  function failure(c: Context<AppEnv>, error: ListError): Response {
    switch (error.kind) {
      case 'not_found':
        return apiError(c, 'not_found');
      case 'invalid':
        return apiError(c, 'validation_failed', error.message, {
          fields: [{ field: error.field }],
        });
      default: {
        const unexpected: never = error;
        throw new Error(`unexpected list error ${String(unexpected)}`);
      }
    }
  }
  const answer = <T>(c: Context<AppEnv>, r: Result<T, ListError>, body: (v: T) => unknown) =>
    r.ok ? c.json(body(r.value)) : failure(c, r.error);

  const doc = (
    method: 'get' | 'post' | 'put' | 'delete',
    path: string,
    summary: string,
    extra = {},
  ) => openapi.register({ method, path, summary, tag: 'lists', ...extra });

  doc('get', '/api/v1/lists', 'Your lists');
  app.get('/api/v1/lists', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    return c.json((await lists.list(viewer.accountId)).map(listJson));
  });

  doc('post', '/api/v1/lists', 'Create a list', { body: createSchema });
  app.post('/api/v1/lists', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, createSchema);
    if (!parsed.ok) return parsed.response;
    const { title, replies_policy, exclusive } = parsed.value;
    return answer(
      c,
      await lists.create(viewer.accountId, { title, repliesPolicy: replies_policy, exclusive }),
      listJson,
    );
  });

  doc('get', '/api/v1/lists/:id', 'One of your lists');
  app.get('/api/v1/lists/:id{[0-9]+}', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    return answer(c, await lists.find(viewer.accountId, c.req.param('id')), listJson);
  });

  doc('put', '/api/v1/lists/:id', 'Rename a list or change which replies it shows', {
    body: updateSchema,
  });
  app.put('/api/v1/lists/:id{[0-9]+}', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, updateSchema);
    if (!parsed.ok) return parsed.response;
    const { title, replies_policy, exclusive } = parsed.value;
    return answer(
      c,
      await lists.update(viewer.accountId, c.req.param('id'), {
        title,
        repliesPolicy: replies_policy,
        exclusive,
      }),
      listJson,
    );
  });

  doc('delete', '/api/v1/lists/:id', 'Delete a list');
  app.delete('/api/v1/lists/:id{[0-9]+}', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    return answer(c, await lists.remove(viewer.accountId, c.req.param('id')), () => ({}));
  });

  doc('get', '/api/v1/lists/:id/accounts', 'The accounts in a list (limit=0: all)', {
    query: membersSchema,
  });
  app.get('/api/v1/lists/:id{[0-9]+}/accounts', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, membersSchema);
    if (!parsed.ok) return parsed.response;
    const found = await lists.find(viewer.accountId, c.req.param('id'));
    if (!found.ok) return failure(c, found.error);
    const page = toPageParams(parsed.value);
    const rows = await repo.members(found.value.id, {
      ...page,
      limit: page.limit === 0 ? 10_000 : page.limit,
    });
    if (page.limit !== 0) setLinkHeader(c, rows[0]?.cursor, rows.at(-1)?.cursor);
    return c.json(rows.map(({ cursor: _cursor, ...a }) => serializeAccount(a, ctx)));
  });

  doc('post', '/api/v1/lists/:id/accounts', 'Add accounts you follow to a list', {
    body: accountsSchema,
  });
  app.post('/api/v1/lists/:id{[0-9]+}/accounts', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, accountsSchema);
    if (!parsed.ok) return parsed.response;
    const ids = [...new Set(parsed.value.account_ids)];
    return answer(c, await lists.addAccounts(viewer.accountId, c.req.param('id'), ids), () => ({}));
  });

  doc('delete', '/api/v1/lists/:id/accounts', 'Remove accounts from a list', {
    body: accountsSchema,
  });
  app.delete('/api/v1/lists/:id{[0-9]+}/accounts', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    // Mastodon apps send the ids in the body or the query of a DELETE.
    const parsed =
      c.req.query('account_ids[]') !== undefined || c.req.query('account_ids') !== undefined
        ? parseQuery(c, accountsSchema)
        : await parseBody(c, accountsSchema);
    if (!parsed.ok) return parsed.response;
    const ids = [...new Set(parsed.value.account_ids)];
    return answer(
      c,
      await lists.removeAccounts(viewer.accountId, c.req.param('id'), ids),
      () => ({}),
    );
  });

  const timelineQuery = pageSchema(20, 40);
  doc(
    'get',
    '/api/v1/timelines/list/:list_id',
    'A list’s timeline (its members’ posts you may see)',
    {
      query: timelineQuery,
    },
  );
  app.get('/api/v1/timelines/list/:list_id{[0-9]+}', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, timelineQuery);
    if (!parsed.ok) return parsed.response;
    const found = await lists.find(viewer.accountId, c.req.param('list_id'));
    if (!found.ok) return failure(c, found.error);
    const rows = await repo.timeline(found.value, toPageParams(parsed.value));
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(
      await present(rows, viewer.accountId, { dropMutedShares: true, context: 'home' }),
    );
  });

  doc('get', '/api/v1/accounts/:id/lists', 'Which of your lists hold this account');
  app.get('/api/v1/accounts/:id{[0-9]+}/lists', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    return c.json((await repo.holding(viewer.accountId, c.req.param('id'))).map(listJson));
  });
}
