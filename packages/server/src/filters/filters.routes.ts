import type { Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  FILTER_CONTEXTS,
  serializeFilter,
  serializeFilterKeyword,
  serializeFilterStatus,
} from '../api/mastodon/filter.serializer.ts';
import type { Database } from '../db/schema.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { formBoolean, parseBody } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { findVisiblePost } from '../posts/posts.repository.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import {
  deleteFilter,
  deleteFilterStatus,
  deleteKeyword,
  findOwnFilter,
  findOwnFilterStatus,
  findOwnKeyword,
  insertFilter,
  insertFilterStatus,
  insertKeyword,
  listFilters,
  updateFilter,
  updateKeyword,
} from './filters.repository.ts';

/** A person keeps at most this many filters, each with at most this many keywords. */
export const MAX_FILTERS = 100;
export const MAX_KEYWORDS = 100;

const id = z.string().regex(/^\d{1,20}$/);
const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) =>
      v === undefined
        ? undefined
        : Array.isArray(v)
          ? v
          : typeof v === 'object' && v !== null
            ? Object.values(v)
            : [v],
    z.array(item).max(MAX_KEYWORDS).optional(),
  );
const keyword = z.string().trim().min(1).max(200);
const keywordAttributes = z.object({
  id: z.preprocess(blankToUndefined, id.optional()),
  keyword: keyword.optional(),
  whole_word: formBoolean.optional(),
  _destroy: formBoolean.optional(),
});
const filterFields = {
  title: z.string().trim().min(1).max(200),
  context: listOf(z.enum(FILTER_CONTEXTS)),
  // Mastodon's `blur` hides media only; posts here have none, so it reads as a warning.
  filter_action: z.preprocess(
    (v) => (v === 'blur' ? 'warn' : blankToUndefined(v)),
    z.enum(['warn', 'hide']).optional(),
  ),
  // Seconds from now; empty means "never expires".
  expires_in: z.union([
    z.literal(''),
    z.null(),
    z.coerce
      .number()
      .int()
      .min(1)
      .max(10 * 365 * 24 * 3600)
      .optional(),
  ]),
  keywords_attributes: listOf(keywordAttributes),
};
const createSchema = z.object(filterFields).refine((f) => (f.context?.length ?? 0) > 0, {
  message: 'context: at least one of home, notifications, public, thread, account',
  path: ['context'],
});
const updateSchema = z.object({ ...filterFields, title: filterFields.title.optional() });
const keywordSchema = z.object({ keyword, whole_word: formBoolean.optional() });
const keywordUpdateSchema = z.object({
  keyword: keyword.optional(),
  whole_word: formBoolean.optional(),
});
const statusSchema = z.object({ status_id: id });

const tooMany = (c: Context, what: 'filters' | 'keywords') =>
  apiError(c, 'validation_failed', {
    fr:
      what === 'filters'
        ? `Vous avez déjà ${MAX_FILTERS} filtres : supprimez-en un avant d'en créer un autre.`
        : `Un filtre compte au plus ${MAX_KEYWORDS} mots-clés.`,
    en:
      what === 'filters'
        ? `You already have ${MAX_FILTERS} filters: delete one before creating another.`
        : `A filter holds at most ${MAX_KEYWORDS} keywords.`,
  });

/**
 * Mastodon's v2 keyword filters: `/api/v2/filters` and their keywords and statuses. Every route
 * reads and writes the signed-in person's own filters only: someone else's answers 404.
 */
export function mountFilterRoutes(
  app: Hono<AppEnv>,
  deps: { db: Kysely<Database>; clock: Clock; ids: IdGenerator; openapi: OpenApiRegistry },
): void {
  const { db, clock, ids, openapi } = deps;
  const doc = (
    method: 'get' | 'post' | 'put' | 'delete',
    path: string,
    summary: string,
    extra = {},
  ) => openapi.register({ method, path, summary, tag: 'filters', ...extra });
  const expiry = (seconds: number | '' | null | undefined) =>
    typeof seconds === 'number'
      ? new Date(clock.now().getTime() + seconds * 1000).toISOString()
      : null;

  doc('get', '/api/v2/filters', 'Your keyword filters');
  app.get('/api/v2/filters', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    return c.json((await listFilters(db, viewer.accountId)).map(serializeFilter));
  });

  doc('get', '/api/v2/filters/:id', 'One of your filters');
  app.get('/api/v2/filters/:id{[0-9]+}', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const found = await findOwnFilter(db, viewer.accountId, c.req.param('id'));
    return found ? c.json(serializeFilter(found)) : apiError(c, 'not_found');
  });

  doc('post', '/api/v2/filters', 'Create a filter', { body: createSchema });
  app.post('/api/v2/filters', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, createSchema);
    if (!parsed.ok) return parsed.response;
    const b = parsed.value;
    if ((await listFilters(db, viewer.accountId)).length >= MAX_FILTERS)
      return tooMany(c, 'filters');
    const filterId = ids();
    await db.transaction().execute(async (trx) => {
      await insertFilter(trx, {
        id: filterId,
        account_id: viewer.accountId,
        title: b.title,
        context: (b.context ?? []).join(','),
        action: b.filter_action ?? 'warn',
        expires_at: expiry(b.expires_in),
        created_at: clock.now().toISOString(),
      });
      for (const k of b.keywords_attributes ?? []) {
        if (!k.keyword || k._destroy) continue;
        await insertKeyword(trx, {
          id: ids(),
          filter_id: filterId,
          keyword: k.keyword,
          whole_word: k.whole_word === false ? 0 : 1,
        });
      }
    });
    const created = await findOwnFilter(db, viewer.accountId, filterId);
    return created ? c.json(serializeFilter(created)) : apiError(c, 'not_found');
  });

  doc('put', '/api/v2/filters/:id', 'Change a filter (and add, change or remove keywords)', {
    body: updateSchema,
  });
  app.put('/api/v2/filters/:id{[0-9]+}', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, updateSchema);
    if (!parsed.ok) return parsed.response;
    const b = parsed.value;
    const found = await findOwnFilter(db, viewer.accountId, c.req.param('id'));
    if (!found) return apiError(c, 'not_found');
    if (b.context !== undefined && b.context.length === 0)
      return apiError(c, 'validation_failed', {
        fr: 'Choisissez au moins un endroit où le filtre s’applique.',
        en: 'Choose at least one place where the filter applies.',
      });
    const ownKeywords = new Set(found.keywords.map((k) => k.id));
    const attrs = b.keywords_attributes ?? [];
    // An id that is not one of this filter's keywords is refused, never applied elsewhere.
    if (attrs.some((k) => k.id !== undefined && !ownKeywords.has(k.id)))
      return apiError(c, 'not_found');
    const added = attrs.filter((k) => k.id === undefined && k.keyword && !k._destroy).length;
    if (found.keywords.length + added > MAX_KEYWORDS) return tooMany(c, 'keywords');
    await db.transaction().execute(async (trx) => {
      await updateFilter(trx, found.filter.id, {
        ...(b.title !== undefined ? { title: b.title } : {}),
        ...(b.context !== undefined ? { context: b.context.join(',') } : {}),
        ...(b.filter_action !== undefined ? { action: b.filter_action } : {}),
        ...(b.expires_in !== undefined ? { expires_at: expiry(b.expires_in) } : {}),
      });
      for (const k of attrs) {
        if (k.id !== undefined && k._destroy) await deleteKeyword(trx, found.filter.id, k.id);
        else if (k.id !== undefined)
          await updateKeyword(trx, k.id, {
            ...(k.keyword !== undefined ? { keyword: k.keyword } : {}),
            ...(k.whole_word !== undefined ? { whole_word: k.whole_word ? 1 : 0 } : {}),
          });
        else if (k.keyword && !k._destroy)
          await insertKeyword(trx, {
            id: ids(),
            filter_id: found.filter.id,
            keyword: k.keyword,
            whole_word: k.whole_word === false ? 0 : 1,
          });
      }
    });
    const updated = await findOwnFilter(db, viewer.accountId, found.filter.id);
    return updated ? c.json(serializeFilter(updated)) : apiError(c, 'not_found');
  });

  doc('delete', '/api/v2/filters/:id', 'Delete a filter');
  app.delete('/api/v2/filters/:id{[0-9]+}', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const found = await findOwnFilter(db, viewer.accountId, c.req.param('id'));
    if (!found) return apiError(c, 'not_found');
    await db.transaction().execute((trx) => deleteFilter(trx, found.filter.id));
    return c.json({});
  });

  // Keywords of a filter.
  doc('get', '/api/v2/filters/:id/keywords', 'The keywords of one of your filters');
  app.get('/api/v2/filters/:id{[0-9]+}/keywords', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const found = await findOwnFilter(db, viewer.accountId, c.req.param('id'));
    return found ? c.json(found.keywords.map(serializeFilterKeyword)) : apiError(c, 'not_found');
  });

  doc('post', '/api/v2/filters/:id/keywords', 'Add a keyword to a filter', { body: keywordSchema });
  app.post('/api/v2/filters/:id{[0-9]+}/keywords', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, keywordSchema);
    if (!parsed.ok) return parsed.response;
    const found = await findOwnFilter(db, viewer.accountId, c.req.param('id'));
    if (!found) return apiError(c, 'not_found');
    if (found.keywords.length >= MAX_KEYWORDS) return tooMany(c, 'keywords');
    const row = {
      id: ids(),
      filter_id: found.filter.id,
      keyword: parsed.value.keyword,
      whole_word: parsed.value.whole_word === false ? 0 : 1,
    };
    await insertKeyword(db, row);
    return c.json(serializeFilterKeyword(row));
  });

  // One keyword: Mastodon's `/api/v2/filters/keywords/:id`, and `/api/v2/filter_keywords/:id`.
  for (const base of ['/api/v2/filters/keywords', '/api/v2/filter_keywords']) {
    doc('get', `${base}/:id`, 'One keyword of your filters');
    app.get(`${base}/:id{[0-9]+}`, async (c) => {
      const viewer = requireViewer(c);
      if (viewer instanceof Response) return viewer;
      const found = await findOwnKeyword(db, viewer.accountId, c.req.param('id'));
      return found ? c.json(serializeFilterKeyword(found)) : apiError(c, 'not_found');
    });

    doc('put', `${base}/:id`, 'Change a keyword', { body: keywordUpdateSchema });
    app.put(`${base}/:id{[0-9]+}`, async (c) => {
      const viewer = requireViewer(c);
      if (viewer instanceof Response) return viewer;
      const parsed = await parseBody(c, keywordUpdateSchema);
      if (!parsed.ok) return parsed.response;
      const found = await findOwnKeyword(db, viewer.accountId, c.req.param('id'));
      if (!found) return apiError(c, 'not_found');
      const b = parsed.value;
      const changes = {
        ...(b.keyword !== undefined ? { keyword: b.keyword } : {}),
        ...(b.whole_word !== undefined ? { whole_word: b.whole_word ? 1 : 0 } : {}),
      };
      await updateKeyword(db, found.id, changes);
      return c.json(serializeFilterKeyword({ ...found, ...changes }));
    });

    doc('delete', `${base}/:id`, 'Remove a keyword');
    app.delete(`${base}/:id{[0-9]+}`, async (c) => {
      const viewer = requireViewer(c);
      if (viewer instanceof Response) return viewer;
      const found = await findOwnKeyword(db, viewer.accountId, c.req.param('id'));
      if (!found) return apiError(c, 'not_found');
      await deleteKeyword(db, found.filter_id, found.id);
      return c.json({});
    });
  }

  // Statuses filtered one by one.
  doc('get', '/api/v2/filters/:id/statuses', 'The posts a filter names');
  app.get('/api/v2/filters/:id{[0-9]+}/statuses', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const found = await findOwnFilter(db, viewer.accountId, c.req.param('id'));
    return found ? c.json(found.statuses.map(serializeFilterStatus)) : apiError(c, 'not_found');
  });

  doc('post', '/api/v2/filters/:id/statuses', 'Add a post to a filter', { body: statusSchema });
  app.post('/api/v2/filters/:id{[0-9]+}/statuses', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, statusSchema);
    if (!parsed.ok) return parsed.response;
    const found = await findOwnFilter(db, viewer.accountId, c.req.param('id'));
    // Only a post the person may see can be named: ids of hidden posts stay unknowable.
    const post = found && (await findVisiblePost(db, parsed.value.status_id, viewer.accountId));
    if (!found || !post) return apiError(c, 'not_found');
    const row = { id: ids(), filter_id: found.filter.id, status_id: post.id };
    if (!(await insertFilterStatus(db, row)))
      return apiError(c, 'conflict', {
        fr: 'Ce message est déjà dans ce filtre.',
        en: 'This post is already in this filter.',
      });
    return c.json(serializeFilterStatus(row));
  });

  doc('get', '/api/v2/filters/statuses/:id', 'One post named by your filters');
  app.get('/api/v2/filters/statuses/:id{[0-9]+}', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const found = await findOwnFilterStatus(db, viewer.accountId, c.req.param('id'));
    return found ? c.json(serializeFilterStatus(found)) : apiError(c, 'not_found');
  });

  doc('delete', '/api/v2/filters/statuses/:id', 'Remove a post from a filter');
  app.delete('/api/v2/filters/statuses/:id{[0-9]+}', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const found = await findOwnFilterStatus(db, viewer.accountId, c.req.param('id'));
    if (!found) return apiError(c, 'not_found');
    await deleteFilterStatus(db, found.id);
    return c.json({});
  });
}
