import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { serializeAccount } from '../api/mastodon/account.serializer.ts';
import type { PageParams } from '../db/pagination.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { parseBody, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { findAccountsByIds } from '../posts/posts.repository.ts';
import {
  type BlockListRow,
  countEntries,
  type Db,
  entriesPage,
  listSubscribedBy,
} from './block-lists.repository.ts';
import {
  type BlockListError,
  type BlockListsService,
  MAX_PER_REQUEST,
} from './block-lists.service.ts';

const id = z.string().regex(/^\d{1,20}$/);
const idArray = z.preprocess(
  (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]),
  z.array(id).min(1).max(MAX_PER_REQUEST),
);
const createSchema = z.object({
  title: z.string().trim().min(1).max(100),
  description: z.string().trim().max(1000).optional(),
  visibility: z.enum(['public', 'private']).optional(),
});
const updateSchema = z.object({
  title: z.string().trim().min(1).max(100).optional(),
  description: z.string().trim().max(1000).optional(),
});
const addSchema = z.object({
  account_ids: idArray,
  /** One reason per account, in the same order; `reason` for all of them otherwise. */
  reasons: z.array(z.string().max(500)).max(MAX_PER_REQUEST).optional(),
  reason: z.string().max(500).optional(),
});
const removeSchema = z.object({ account_ids: idArray });
const subscribeSchema = z.object({ action: z.enum(['block', 'mute']).default('block') });
const importSchema = z.object({ csv: z.string().max(900_000) });

function errorResponse(c: Context, error: BlockListError): Response {
  switch (error.kind) {
    case 'not_found':
      return apiError(c, 'not_found');
    case 'forbidden':
      return apiError(c, 'forbidden', {
        fr: 'Seule la personne qui tient cette liste peut la modifier.',
        en: 'Only the person who keeps this list can change it.',
      });
    case 'unknown_accounts':
      return apiError(
        c,
        'validation_failed',
        {
          fr: 'Certains comptes n’existent pas : rien n’a été ajouté.',
          en: 'Some accounts do not exist: nothing was added.',
        },
        { account_ids: error.ids },
      );
    case 'too_many':
      return apiError(c, 'validation_failed', {
        fr: `Une liste compte au plus ${error.max} comptes.`,
        en: `A list holds at most ${error.max} accounts.`,
      });
  }
}

/**
 * Shared block lists under `/api/empathie/v1/block_lists`. Lists are public by default (anyone
 * signed in may read and subscribe), or private (their keeper only). Changes go through
 * `mayManageBlockLists`, the one authorisation rule.
 */
export function mountBlockListRoutes(
  app: Hono<AppEnv>,
  deps: { db: Db; lists: BlockListsService; publicUrl: string; openapi: OpenApiRegistry },
): void {
  const { db, lists, openapi } = deps;
  const ctx = { publicUrl: deps.publicUrl };
  const base = '/api/empathie/v1/block_lists';
  const doc = (
    method: 'get' | 'post' | 'put' | 'delete',
    path: string,
    summary: string,
    extra = {},
  ) => openapi.register({ method, path: `${base}${path}`, summary, tag: 'block_lists', ...extra });

  async function serialize(rows: BlockListRow[], viewerId: string) {
    const [owners, counts, subs] = await Promise.all([
      findAccountsByIds(db, [...new Set(rows.map((r) => r.account_id))]),
      countEntries(
        db,
        rows.map((r) => r.id),
      ),
      listSubscribedBy(db, viewerId),
    ]);
    const ownerById = new Map(owners.map((a) => [a.id, a]));
    const subByList = new Map(subs.map((s) => [s.id, s.subscription_action]));
    return rows.flatMap((r) => {
      const owner = ownerById.get(r.account_id);
      if (!owner) return [];
      const action = subByList.get(r.id);
      return [
        {
          id: r.id,
          title: r.title,
          description: r.description,
          visibility: r.visibility,
          owner: serializeAccount(owner, ctx),
          accounts_count: counts.get(r.id) ?? 0,
          subscription: action ? { action } : null,
          created_at: r.created_at,
          updated_at: r.updated_at,
        },
      ];
    });
  }

  const one = async (c: Context<AppEnv>, row: BlockListRow, viewerId: string) => {
    const [out] = await serialize([row], viewerId);
    return out ? c.json(out) : apiError(c, 'not_found');
  };

  const listQuery = pageSchema(40, 80);
  doc('get', '', 'Your block lists', { query: listQuery });
  app.get(base, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, listQuery);
    if (!parsed.ok) return parsed.response;
    const rows = await lists.mine(viewer.accountId, toPageParams(parsed.value) as PageParams);
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(await serialize(rows, viewer.accountId));
  });

  doc('get', '/subscriptions', 'The block lists you subscribe to');
  app.get(`${base}/subscriptions`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const rows = await listSubscribedBy(db, viewer.accountId);
    const visible = rows.filter(
      (r) => r.visibility === 'public' || r.account_id === viewer.accountId,
    );
    return c.json(
      await serialize(
        visible.map(({ subscription_action: _a, subscription_id: _i, ...list }) => list),
        viewer.accountId,
      ),
    );
  });

  doc('post', '', 'Create a block list', { body: createSchema });
  app.post(base, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, createSchema);
    if (!parsed.ok) return parsed.response;
    return one(c, await lists.create(viewer.accountId, parsed.value), viewer.accountId);
  });

  doc('get', '/:id', 'A block list (yours, or a public one)');
  app.get(`${base}/:id{[0-9]+}`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const found = await lists.readable(viewer.accountId, c.req.param('id'));
    return found.ok ? one(c, found.value, viewer.accountId) : errorResponse(c, found.error);
  });

  doc('put', '/:id', 'Rename or describe a block list', { body: updateSchema });
  app.put(`${base}/:id{[0-9]+}`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, updateSchema);
    if (!parsed.ok) return parsed.response;
    const done = await lists.update(viewer.accountId, c.req.param('id'), parsed.value);
    return done.ok ? one(c, done.value, viewer.accountId) : errorResponse(c, done.error);
  });

  doc('delete', '/:id', 'Delete a block list (its subscriptions end, undoing what they made)');
  app.delete(`${base}/:id{[0-9]+}`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const done = await lists.remove(viewer.accountId, c.req.param('id'));
    return done.ok ? c.json({}) : errorResponse(c, done.error);
  });

  doc('get', '/:id/accounts', 'The accounts on a block list, with their reasons', {
    query: listQuery,
  });
  app.get(`${base}/:id{[0-9]+}/accounts`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, listQuery);
    if (!parsed.ok) return parsed.response;
    const found = await lists.readable(viewer.accountId, c.req.param('id'));
    if (!found.ok) return errorResponse(c, found.error);
    const rows = await entriesPage(db, found.value.id, toPageParams(parsed.value));
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(
      rows.map(({ reason, added_at, ...account }) => ({
        account: serializeAccount(account, ctx),
        reason,
        added_at,
      })),
    );
  });

  doc('post', '/:id/accounts', 'Add accounts to a block list, each with a reason', {
    body: addSchema,
  });
  app.post(`${base}/:id{[0-9]+}/accounts`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, addSchema);
    if (!parsed.ok) return parsed.response;
    const b = parsed.value;
    const entries = b.account_ids.map((accountId, i) => ({
      accountId,
      reason: b.reasons?.[i] ?? b.reason ?? '',
    }));
    const done = await lists.addEntries(viewer.accountId, c.req.param('id'), entries);
    return done.ok ? one(c, done.value, viewer.accountId) : errorResponse(c, done.error);
  });

  doc('delete', '/:id/accounts', 'Remove accounts from a block list', { body: removeSchema });
  app.delete(`${base}/:id{[0-9]+}/accounts`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, removeSchema);
    if (!parsed.ok) return parsed.response;
    const done = await lists.removeEntries(
      viewer.accountId,
      c.req.param('id'),
      parsed.value.account_ids,
    );
    return done.ok ? one(c, done.value, viewer.accountId) : errorResponse(c, done.error);
  });

  doc('post', '/:id/subscribe', 'Block (or mute) everyone on the list, and follow its changes', {
    body: subscribeSchema,
  });
  app.post(`${base}/:id{[0-9]+}/subscribe`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, subscribeSchema);
    if (!parsed.ok) return parsed.response;
    const done = await lists.subscribe(viewer.accountId, c.req.param('id'), parsed.value.action);
    if (!done.ok) return errorResponse(c, done.error);
    const found = await lists.readable(viewer.accountId, c.req.param('id'));
    return found.ok ? one(c, found.value, viewer.accountId) : errorResponse(c, found.error);
  });

  doc('post', '/:id/unsubscribe', 'Stop subscribing: undo exactly what the subscription made');
  app.post(`${base}/:id{[0-9]+}/unsubscribe`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const done = await lists.unsubscribe(viewer.accountId, c.req.param('id'));
    if (!done.ok) return errorResponse(c, done.error);
    const found = await lists.readable(viewer.accountId, c.req.param('id'));
    return found.ok ? one(c, found.value, viewer.accountId) : errorResponse(c, found.error);
  });

  doc('get', '/:id/export', "The list as Mastodon's CSV (account_address,reason)");
  app.get(`${base}/:id{[0-9]+}/export`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const done = await lists.exportCsv(viewer.accountId, c.req.param('id'));
    if (!done.ok) return errorResponse(c, done.error);
    return c.body(done.value, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="block-list-${c.req.param('id')}.csv"`,
    });
  });

  doc('post', '/:id/import', 'Add the accounts of a Mastodon CSV (JSON `{ csv }` or text/csv)', {
    body: importSchema,
  });
  app.post(`${base}/:id{[0-9]+}/import`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    let csv: string;
    if ((c.req.header('content-type') ?? '').startsWith('text/csv')) {
      csv = await c.req.text();
    } else {
      const parsed = await parseBody(c, importSchema);
      if (!parsed.ok) return parsed.response;
      csv = parsed.value.csv;
    }
    const done = await lists.importCsv(viewer.accountId, c.req.param('id'), csv);
    return done.ok ? c.json(done.value) : errorResponse(c, done.error);
  });
}
