import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { type SerializerContext, serializeAccount } from '../api/mastodon/account.serializer.ts';
import { callsJoinedBy } from '../calls/calls.repository.ts';
import { supportSentBy } from '../circles/circles.repository.ts';
import type { ExtensibleStatus, StatusExtension } from '../gentle/status-extension.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader } from '../http/pagination.ts';
import { parseBody, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { findAccountsByIds } from '../posts/posts.repository.ts';
import type { Clock } from '../shared/clock.ts';
import {
  type Db,
  findVisibleSpotlight,
  listSpotlights,
  type SpotlightRow,
  spotlightsByStatusIds,
  spotlightsGivenBy,
} from './spotlights.repository.ts';
import type { SpotlightError, SpotlightsService } from './spotlights.service.ts';

const accountId = z.string().regex(/^\d{1,20}$/);
const createSchema = z.object({
  account_id: accountId,
  text: z.string().trim().min(1).max(2800),
  visibility: z.enum(['public', 'unlisted', 'private']).default('public'),
});
const weekSchema = pageSchema(20, 40).extend({ period: z.enum(['week']).default('week') });
const pageQuery = pageSchema(20, 40);
const WEEK_MS = 7 * 24 * 3_600_000;

function errorResponse(c: Context, error: SpotlightError): Response {
  switch (error.kind) {
    case 'not_found':
      return apiError(c, 'not_found');
    case 'forbidden':
      return apiError(c, 'forbidden', {
        fr: 'Seule la personne mise en lumière peut l’accepter.',
        en: 'Only the person in the spotlight can accept it.',
      });
    case 'self':
      return apiError(c, 'validation_failed', {
        fr: 'Un coup de projecteur met en valeur quelqu’un d’autre que vous.',
        en: 'A spotlight values someone other than yourself.',
      });
    case 'unknown_account':
      return apiError(c, 'validation_failed', {
        fr: 'Ce compte n’existe pas.',
        en: 'This account does not exist.',
      });
    case 'post':
      return error.error.kind === 'too_long'
        ? apiError(c, 'validation_failed', {
            fr: `Le texte dépasse ${error.error.max} caractères.`,
            en: `The text is longer than ${error.error.max} characters.`,
          })
        : apiError(c, 'validation_failed');
  }
}

export async function presentSpotlights(db: Db, rows: SpotlightRow[], ctx: SerializerContext) {
  const people = await findAccountsByIds(db, [
    ...new Set(rows.flatMap((r) => [r.author_id, r.account_id])),
  ]);
  const byId = new Map(people.map((a) => [a.id, a]));
  return rows.flatMap((r) => {
    const author = byId.get(r.author_id);
    const subject = byId.get(r.account_id);
    if (!author || !subject) return [];
    return [
      {
        id: r.id,
        status_id: r.status_id,
        text: r.text,
        created_at: r.created_at,
        accepted: r.accepted_at !== null,
        author: serializeAccount(author, ctx),
        account: serializeAccount(subject, ctx),
      },
    ];
  });
}

/** Adds `empathie.spotlight` to every status of the page that carries one. */
export function spotlightStatusExtension(db: Db, ctx: SerializerContext): StatusExtension {
  return async (statuses) => {
    const all: ExtensibleStatus[] = statuses.flatMap((s) => (s.reblog ? [s, s.reblog] : [s]));
    const rows = await spotlightsByStatusIds(db, [...new Set(all.map((s) => s.id))]);
    if (rows.length === 0) return;
    const byStatus = new Map((await presentSpotlights(db, rows, ctx)).map((s) => [s.status_id, s]));
    for (const s of all) {
      const spotlight = byStatus.get(s.id);
      if (spotlight) s.empathie = { ...s.empathie, spotlight } as typeof s.empathie;
    }
  };
}

/**
 * Spotlights, a person's accepted spotlights, the instance's week of spotlights, and what a
 * person gave (spotlights given, calls joined, support sent) in place of vanity counts.
 */
export function mountSpotlightRoutes(
  app: Hono<AppEnv>,
  deps: {
    db: Db;
    clock: Clock;
    spotlights: SpotlightsService;
    publicUrl: string;
    openapi: OpenApiRegistry;
  },
): void {
  const { db, spotlights, openapi } = deps;
  const ctx = { publicUrl: deps.publicUrl };
  const one = async (c: Context, row: SpotlightRow) =>
    c.json((await presentSpotlights(db, [row], ctx))[0] ?? null);

  openapi.register({
    method: 'post',
    path: '/api/empathie/v1/spotlights',
    summary: 'Put someone in the spotlight (also a status)',
    tag: 'spotlights',
    body: createSchema,
  });
  app.post('/api/empathie/v1/spotlights', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, createSchema);
    if (!parsed.ok) return parsed.response;
    const done = await spotlights.create(viewer.accountId, {
      accountId: parsed.value.account_id,
      text: parsed.value.text,
      visibility: parsed.value.visibility,
    });
    return done.ok ? one(c, done.value) : errorResponse(c, done.error);
  });

  openapi.register({
    method: 'get',
    path: '/api/empathie/v1/spotlights',
    summary: "The week's spotlights on this instance",
    tag: 'spotlights',
    query: weekSchema,
  });
  app.get('/api/empathie/v1/spotlights', async (c) => {
    const parsed = parseQuery(c, weekSchema);
    if (!parsed.ok) return parsed.response;
    const since = new Date(deps.clock.now().getTime() - WEEK_MS).toISOString();
    const rows = await listSpotlights(db, {
      viewerId: c.get('viewer')?.accountId ?? null,
      since,
      maxId: parsed.value.max_id,
      limit: parsed.value.limit,
    });
    if (rows.length === parsed.value.limit) setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(await presentSpotlights(db, rows, ctx));
  });

  openapi.register({
    method: 'post',
    path: '/api/empathie/v1/spotlights/:id/accept',
    summary: 'Show a spotlight on one’s profile (the person in it)',
    tag: 'spotlights',
  });
  app.post('/api/empathie/v1/spotlights/:id{[0-9]+}/accept', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const done = await spotlights.accept(viewer.accountId, c.req.param('id'));
    return done.ok ? one(c, done.value) : errorResponse(c, done.error);
  });

  openapi.register({
    method: 'get',
    path: '/api/empathie/v1/accounts/:id/spotlights',
    summary: 'The spotlights a person accepted (all of them, for the person)',
    tag: 'spotlights',
    query: pageQuery,
  });
  app.get('/api/empathie/v1/accounts/:id{[0-9]+}/spotlights', async (c) => {
    const parsed = parseQuery(c, pageQuery);
    if (!parsed.ok) return parsed.response;
    const id = c.req.param('id');
    const viewerId = c.get('viewer')?.accountId ?? null;
    const rows = await listSpotlights(db, {
      viewerId,
      accountId: id,
      acceptedOnly: viewerId !== id,
      maxId: parsed.value.max_id,
      limit: parsed.value.limit,
    });
    if (rows.length === parsed.value.limit) setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(await presentSpotlights(db, rows, ctx));
  });

  // A spotlight's own URI (federation/uri.ts) answers other servers with its structured object
  // (federation/empathie-objects/); a browser asking it is sent to the post that carries it.
  app.get('/spotlights/:id{[0-9]+}', async (c, next) => {
    if (/activity\+json|ld\+json/.test(c.req.header('accept') ?? '')) return next();
    const row = await findVisibleSpotlight(
      db,
      c.req.param('id'),
      c.get('viewer')?.accountId ?? null,
    );
    if (!row) return next();
    return c.redirect(`/statuses/${encodeURIComponent(row.status_id)}`, 303);
  });

  openapi.register({
    method: 'get',
    path: '/api/empathie/v1/accounts/:id/giving',
    summary: 'What a person gave: spotlights given, calls joined, support sent',
    tag: 'spotlights',
  });
  app.get('/api/empathie/v1/accounts/:id{[0-9]+}/giving', async (c) => {
    const id = c.req.param('id');
    const account = await db
      .selectFrom('accounts')
      .select('id')
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!account) return apiError(c, 'not_found');
    const [given, joined, support] = await Promise.all([
      spotlightsGivenBy(db, id),
      callsJoinedBy(db, id),
      supportSentBy(db, id),
    ]);
    return c.json({ spotlights_given: given, calls_joined: joined, support_sent: support });
  });
}
