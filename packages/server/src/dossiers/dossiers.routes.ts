import type { Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { parseBody, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { type DossierActor, dossierActor } from './dossier-access.ts';
import { DOSSIER_KEY_PATH, type DossierKeyService } from './dossier-key.service.ts';
import { isTimeZone } from './dossier-time.ts';
import type { DossierWithCount } from './dossiers.repository.ts';
import type { DossierItem, DossiersService } from './dossiers.service.ts';

const BASE = '/api/empathie/v1/dossiers';
const ID = '{[0-9]+}';

const accountId = z.string().regex(/^\d{1,20}$/, 'an account id');
const forSchema = z.object({ for: accountId.optional() });
const listSchema = pageSchema(20, 40).extend({ for: accountId.optional() });
const exportSchema = forSchema.extend({
  tz: z.string().max(64).refine(isTimeZone, 'an IANA time zone such as Europe/Paris').optional(),
});
const createSchema = z.object({ title: z.string().trim().min(1).max(200) });
const collectSchema = z.object({ status_id: z.string().regex(/^\d{1,20}$/, 'a status id') });

const dossierJson = z.object({
  id: z.string(),
  owner_id: z.string(),
  title: z.string(),
  item_count: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
});
const itemJson = z.object({
  id: z.string(),
  status_id: z.string(),
  visibility: z.string(),
  collected_at: z.string(),
  collected_by: z.string(),
  sha256: z.string(),
  snapshot: z.record(z.string(), z.unknown()),
});

function serializeDossier(d: DossierWithCount): z.infer<typeof dossierJson> {
  return {
    id: d.id,
    owner_id: d.account_id,
    title: d.title,
    item_count: d.item_count,
    created_at: d.created_at,
    updated_at: d.updated_at,
  };
}

function serializeItem(item: DossierItem) {
  return {
    id: item.row.id,
    status_id: item.row.status_id,
    visibility: item.row.visibility,
    collected_at: item.row.collected_at,
    collected_by: item.row.collected_by,
    sha256: item.row.sha256,
    snapshot: item.snapshot,
  };
}

const STATUS_NOT_FOUND = {
  fr: 'Cette publication n’existe pas ou n’est pas visible pour la personne dont c’est le dossier : elle ne peut pas y être ajoutée.',
  en: 'This post does not exist or is not visible to the person the dossier belongs to: it cannot be added.',
};
const DOSSIER_FULL = {
  fr: 'Ce dossier contient déjà le nombre maximal d’éléments : créez-en un autre.',
  en: 'This dossier already holds the most items it can: create another one.',
};
const ONLY_OWNER = {
  fr: 'Seule la personne à qui appartient ce dossier peut le supprimer, ou retirer ce qu’un·e autre y a mis.',
  en: 'Only the person the dossier belongs to can delete it, or remove what someone else put in it.',
};

/**
 * Evidence dossiers under /api/empathie/v1/dossiers (docs/api.md, "Evidence dossiers"), and the
 * instance's public signing key. `?for=ACCOUNT_ID` lets an ally with the "dossier" permission
 * act for that person; without it, the answer is 404, as for a dossier that does not exist.
 */
export function mountDossierRoutes(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    dossiers: DossiersService;
    keys: DossierKeyService;
    openapi: OpenApiRegistry;
  },
): void {
  const { db, dossiers, keys, openapi } = deps;

  /** The viewer and who they act for, or the response that refuses them. */
  async function actorOf(
    c: Context<AppEnv>,
    forId: string | undefined,
  ): Promise<DossierActor | Response> {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    return (await dossierActor(db, viewer.accountId, forId)) ?? apiError(c, 'not_found');
  }

  app.post(BASE, async (c) => {
    const query = parseQuery(c, forSchema);
    if (!query.ok) return query.response;
    const actor = await actorOf(c, query.value.for);
    if (actor instanceof Response) return actor;
    const body = await parseBody(c, createSchema);
    if (!body.ok) return body.response;
    return c.json(serializeDossier(await dossiers.create(actor, body.value.title)), 201);
  });

  app.get(BASE, async (c) => {
    const query = parseQuery(c, listSchema);
    if (!query.ok) return query.response;
    const actor = await actorOf(c, query.value.for);
    if (actor instanceof Response) return actor;
    const rows = await dossiers.list(actor, toPageParams(query.value));
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(rows.map(serializeDossier));
  });

  app.get(`${BASE}/:id${ID}`, async (c) => {
    const query = parseQuery(c, forSchema);
    if (!query.ok) return query.response;
    const actor = await actorOf(c, query.value.for);
    if (actor instanceof Response) return actor;
    const found = await dossiers.show(actor, c.req.param('id'));
    if (!found) return apiError(c, 'not_found');
    return c.json({ ...serializeDossier(found.dossier), items: found.items.map(serializeItem) });
  });

  app.delete(`${BASE}/:id${ID}`, async (c) => {
    const query = parseQuery(c, forSchema);
    if (!query.ok) return query.response;
    const actor = await actorOf(c, query.value.for);
    if (actor instanceof Response) return actor;
    const outcome = await dossiers.remove(actor, c.req.param('id'));
    return removal(c, outcome.kind);
  });

  app.post(`${BASE}/:id${ID}/items`, async (c) => {
    const query = parseQuery(c, forSchema);
    if (!query.ok) return query.response;
    const actor = await actorOf(c, query.value.for);
    if (actor instanceof Response) return actor;
    const body = await parseBody(c, collectSchema);
    if (!body.ok) return body.response;
    const outcome = await dossiers.collect(actor, c.req.param('id'), body.value.status_id);
    switch (outcome.kind) {
      case 'collected':
        return c.json(serializeItem(outcome.item), outcome.created ? 201 : 200);
      case 'dossier_not_found':
        return apiError(c, 'not_found');
      case 'status_not_found':
        return apiError(c, 'not_found', STATUS_NOT_FOUND, { field: 'status_id' });
      case 'dossier_full':
        return apiError(c, 'conflict', DOSSIER_FULL);
      default: {
        const unexpected: never = outcome;
        throw new Error(`unexpected collect outcome ${String(unexpected)}`);
      }
    }
  });

  app.delete(`${BASE}/:id${ID}/items/:item_id${ID}`, async (c) => {
    const query = parseQuery(c, forSchema);
    if (!query.ok) return query.response;
    const actor = await actorOf(c, query.value.for);
    if (actor instanceof Response) return actor;
    const outcome = await dossiers.removeItem(actor, c.req.param('id'), c.req.param('item_id'));
    return removal(c, outcome.kind);
  });

  app.get(`${BASE}/:id${ID}/export`, async (c) => {
    const query = parseQuery(c, exportSchema);
    if (!query.ok) return query.response;
    const actor = await actorOf(c, query.value.for);
    if (actor instanceof Response) return actor;
    const outcome = await dossiers.export(actor, c.req.param('id'), query.value.tz ?? 'UTC');
    if (outcome.kind === 'not_found') return apiError(c, 'not_found');
    return new Response(outcome.zip, {
      headers: {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="${outcome.fileName}"`,
        'cache-control': 'no-store',
      },
    });
  });

  app.get(DOSSIER_KEY_PATH, async (c) => {
    c.header('cache-control', 'public, max-age=3600');
    return c.json(await keys.published());
  });

  function removal(c: Context<AppEnv>, kind: 'removed' | 'not_found' | 'forbidden'): Response {
    switch (kind) {
      case 'removed':
        return c.json({});
      case 'not_found':
        return apiError(c, 'not_found');
      case 'forbidden':
        return apiError(c, 'forbidden', ONLY_OWNER);
      default: {
        const unexpected: never = kind;
        throw new Error(`unexpected removal outcome ${String(unexpected)}`);
      }
    }
  }

  const tag = 'dossiers';
  const forQuery = forSchema;
  openapi.register({
    method: 'post',
    path: BASE,
    summary: 'Create an evidence dossier (?for: as an ally)',
    tag,
    query: forQuery,
    body: createSchema,
    response: dossierJson,
  });
  openapi.register({
    method: 'get',
    path: BASE,
    summary: 'My evidence dossiers, newest first (Link pagination)',
    tag,
    query: listSchema,
    response: z.array(dossierJson),
  });
  openapi.register({
    method: 'get',
    path: `${BASE}/:id`,
    summary: 'One dossier with its items (snapshots)',
    tag,
    query: forQuery,
    response: dossierJson.extend({ items: z.array(itemJson) }),
  });
  openapi.register({
    method: 'delete',
    path: `${BASE}/:id`,
    summary: 'Delete a dossier (its owner only)',
    tag,
    query: forQuery,
  });
  openapi.register({
    method: 'post',
    path: `${BASE}/:id/items`,
    summary: 'Collect a post I may see into a dossier (a snapshot)',
    tag,
    query: forQuery,
    body: collectSchema,
    response: itemJson,
  });
  openapi.register({
    method: 'delete',
    path: `${BASE}/:id/items/:item_id`,
    summary: 'Remove an item from a dossier',
    tag,
    query: forQuery,
  });
  openapi.register({
    method: 'get',
    path: `${BASE}/:id/export`,
    summary: 'Export a dossier as a signed ZIP (dossier.json, dossier.html, manifest.json)',
    tag,
    query: exportSchema,
  });
  openapi.register({
    method: 'get',
    path: DOSSIER_KEY_PATH,
    summary: 'The instance public key that signs dossiers (JWK and PEM)',
    tag: 'instance',
    auth: false,
  });
}
