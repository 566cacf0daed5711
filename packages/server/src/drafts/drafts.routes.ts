import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { parseBody, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { DraftRow } from './drafts.repository.ts';
import type { DraftError, DraftInput, DraftsService } from './drafts.service.ts';

const ID = ':id{[0-9]{1,20}}';

const draftSchema = z.object({
  // The length limit is the instance's, checked by the service; this only stops absurd bodies.
  text: z.string().max(100_000).default(''),
  spoiler_text: z.string().max(100_000).default(''),
  visibility: z.enum(['public', 'unlisted', 'private', 'direct']).default('public'),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .nullable()
    .optional(),
  in_reply_to_id: z
    .string()
    .regex(/^\d{1,20}$/)
    .nullable()
    .optional(),
});

const draftJsonSchema = z.object({
  id: z.string(),
  text: z.string(),
  spoiler_text: z.string(),
  visibility: z.string(),
  language: z.string().nullable(),
  in_reply_to_id: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

function toInput(body: z.infer<typeof draftSchema>): DraftInput {
  return {
    text: body.text,
    spoilerText: body.spoiler_text,
    visibility: body.visibility,
    language: body.language ?? null,
    inReplyToId: body.in_reply_to_id ?? null,
  };
}

export function serializeDraft(row: DraftRow): z.infer<typeof draftJsonSchema> {
  return {
    id: row.id,
    text: row.text,
    spoiler_text: row.spoiler_text,
    visibility: row.visibility,
    language: row.language,
    in_reply_to_id: row.in_reply_to_id,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

function draftError(c: Context, error: DraftError): Response {
  switch (error.kind) {
    case 'not_found':
      return apiError(c, 'not_found');
    case 'empty':
      return apiError(
        c,
        'validation_failed',
        {
          fr: 'Le brouillon est vide : écrivez quelque chose avant de l’enregistrer.',
          en: 'The draft is empty: write something before saving it.',
        },
        { field: 'text' },
      );
    case 'too_long':
      return apiError(
        c,
        'validation_failed',
        {
          fr: `Le brouillon est trop long (${error.max} caractères au plus, il en compte ${error.length}).`,
          en: `The draft is too long (at most ${error.max} characters; it has ${error.length}).`,
        },
        { field: 'text', max: error.max, length: error.length },
      );
  }
}

/** Saved drafts: the owner's only; anyone else's draft answers 404 like a missing one. */
export function mountDraftRoutes(
  app: Hono<AppEnv>,
  drafts: DraftsService,
  openapi: OpenApiRegistry,
): void {
  const base = '/api/empathie/v1/drafts';
  const listQuery = pageSchema();

  app.get(base, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, listQuery);
    if (!parsed.ok) return parsed.response;
    const rows = await drafts.list(viewer.accountId, toPageParams(parsed.value));
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(rows.map(serializeDraft));
  });

  app.post(base, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, draftSchema);
    if (!parsed.ok) return parsed.response;
    const result = await drafts.create(viewer.accountId, toInput(parsed.value));
    return result.ok ? c.json(serializeDraft(result.value), 201) : draftError(c, result.error);
  });

  app.get(`${base}/${ID}`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const result = await drafts.get(viewer.accountId, c.req.param('id'));
    return result.ok ? c.json(serializeDraft(result.value)) : draftError(c, result.error);
  });

  app.put(`${base}/${ID}`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, draftSchema);
    if (!parsed.ok) return parsed.response;
    const result = await drafts.replace(viewer.accountId, c.req.param('id'), toInput(parsed.value));
    return result.ok ? c.json(serializeDraft(result.value)) : draftError(c, result.error);
  });

  app.delete(`${base}/${ID}`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const result = await drafts.remove(viewer.accountId, c.req.param('id'));
    return result.ok ? c.json({}) : draftError(c, result.error);
  });

  const tag = 'drafts';
  const response = draftJsonSchema;
  openapi.register({
    method: 'get',
    path: base,
    summary: 'My saved drafts',
    tag,
    query: listQuery,
    response: z.array(response),
  });
  openapi.register({
    method: 'post',
    path: base,
    summary: 'Save a draft',
    tag,
    body: draftSchema,
    response,
  });
  openapi.register({
    method: 'get',
    path: `${base}/${ID}`,
    summary: 'One of my drafts',
    tag,
    response,
  });
  openapi.register({
    method: 'put',
    path: `${base}/${ID}`,
    summary: 'Replace one of my drafts',
    tag,
    body: draftSchema,
    response,
  });
  openapi.register({ method: 'delete', path: `${base}/${ID}`, summary: 'Delete a draft', tag });
}
