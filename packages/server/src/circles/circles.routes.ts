import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { serializeAccount } from '../api/mastodon/account.serializer.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader } from '../http/pagination.ts';
import { parseBody, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { findAccountsByIds } from '../posts/posts.repository.ts';
import {
  type CircleMessageRow,
  type CircleRow,
  circleOf,
  type Db,
  findCircle,
  messagesPage,
  supportCounts,
} from './circles.repository.ts';
import type { CircleError, CirclesService } from './circles.service.ts';

const accountId = z.string().regex(/^\d{1,20}$/);
const openSchema = z.object({ for_account_id: accountId });
const findSchema = z.object({ for_account_id: accountId });
const messageSchema = z.object({ text: z.string().trim().min(1).max(2800) });
const memberSchema = z.object({ account_id: accountId });
const pageQuery = pageSchema(40, 80);

function errorResponse(c: Context, error: CircleError): Response {
  switch (error.kind) {
    case 'not_found':
      return apiError(c, 'not_found');
    case 'forbidden':
      return apiError(c, 'forbidden', {
        fr: 'Seule la personne soutenue, ou un·e allié·e qu’elle a choisi·e, peut faire cela.',
        en: 'Only the person supported, or an ally they chose, can do that.',
      });
    case 'closed':
      return apiError(c, 'conflict', {
        fr: 'Ce cercle de soutien est fermé.',
        en: 'This support circle is closed.',
      });
    case 'unknown_account':
      return apiError(c, 'validation_failed', {
        fr: 'Ce compte n’existe pas sur cette instance.',
        en: 'This account does not exist on this instance.',
      });
    case 'hurtful':
      return apiError(
        c,
        'validation_failed',
        {
          fr: 'Ce message pourrait blesser la personne que vous voulez soutenir : il ne lui a pas été envoyé. Le coach vous propose une autre façon de le dire.',
          en: 'This message may hurt the person you want to support: it was not sent to them. The coach offers another way to say it.',
        },
        { coach: error.findings },
      );
  }
}

/**
 * Support circles under `/api/empathie/v1/circles`. The person sees the whole circle; a writer
 * (a follower, or a volunteer the person accepted) sees the circle and their own messages only;
 * everyone else gets 404. Nothing of the attackers ever appears here.
 */
export function mountCircleRoutes(
  app: Hono<AppEnv>,
  deps: { db: Db; circles: CirclesService; publicUrl: string; openapi: OpenApiRegistry },
): void {
  const { db, circles, openapi } = deps;
  const ctx = { publicUrl: deps.publicUrl };
  const base = '/api/empathie/v1/circles';
  const doc = (method: 'get' | 'post', path: string, summary: string, extra = {}) =>
    openapi.register({ method, path: `${base}${path}`, summary, tag: 'circles', ...extra });

  async function present(circle: CircleRow, viewerId: string) {
    const [person] = await findAccountsByIds(db, [circle.account_id]);
    const mine = circle.account_id === viewerId;
    const counts = mine ? await supportCounts(db, circle.id) : null;
    return {
      id: circle.id,
      account: person ? serializeAccount(person, ctx) : null,
      state: circle.state,
      created_at: circle.created_at,
      closed_at: circle.closed_at,
      is_mine: mine,
      can_write: circle.state === 'open' && (await circles.mayWrite(circle, viewerId)),
      // What the person sees: how many stand with them, never how many attack them.
      supporters_count: counts?.people ?? null,
      messages_count: counts?.messages ?? null,
    };
  }

  async function presentMessages(rows: CircleMessageRow[]) {
    const authors = await findAccountsByIds(db, [...new Set(rows.map((r) => r.author_id))]);
    const byId = new Map(authors.map((a) => [a.id, a]));
    return rows.flatMap((r) => {
      const author = byId.get(r.author_id);
      return author
        ? [
            {
              id: r.id,
              text: r.text,
              created_at: r.created_at,
              thanked: r.thanked_at !== null,
              account: serializeAccount(author, ctx),
            },
          ]
        : [];
    });
  }

  doc('post', '', 'Open a support circle for oneself, or for a person one is an ally of', {
    body: openSchema,
  });
  app.post(base, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, openSchema);
    if (!parsed.ok) return parsed.response;
    const done = await circles.open(viewer.accountId, parsed.value.for_account_id);
    return done.ok
      ? c.json(await present(done.value, viewer.accountId))
      : errorResponse(c, done.error);
  });

  doc('get', '', "A person's support circle (for them, and for those who may write)", {
    query: findSchema,
  });
  app.get(base, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, findSchema);
    if (!parsed.ok) return parsed.response;
    const found = await circles.readable(
      viewer.accountId,
      await circleOf(db, parsed.value.for_account_id),
    );
    return found.ok
      ? c.json(await present(found.value, viewer.accountId))
      : errorResponse(c, found.error);
  });

  doc('get', '/:id', 'A support circle');
  app.get(`${base}/:id{[0-9]+}`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const found = await circles.readable(viewer.accountId, await findCircle(db, c.req.param('id')));
    return found.ok
      ? c.json(await present(found.value, viewer.accountId))
      : errorResponse(c, found.error);
  });

  doc(
    'post',
    '/:id/messages',
    'Write a kind message (422 with the coach’s findings if it may hurt)',
    {
      body: messageSchema,
    },
  );
  app.post(`${base}/:id{[0-9]+}/messages`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, messageSchema);
    if (!parsed.ok) return parsed.response;
    const done = await circles.write(viewer.accountId, c.req.param('id'), parsed.value.text);
    if (!done.ok) return errorResponse(c, done.error);
    const [message] = await presentMessages([done.value]);
    return c.json(message);
  });

  doc('get', '/:id/messages', 'The messages: all for the person, one’s own for a writer', {
    query: pageQuery,
  });
  app.get(`${base}/:id{[0-9]+}/messages`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, pageQuery);
    if (!parsed.ok) return parsed.response;
    const found = await circles.readable(viewer.accountId, await findCircle(db, c.req.param('id')));
    if (!found.ok) return errorResponse(c, found.error);
    const mine = found.value.account_id === viewer.accountId;
    const rows = await messagesPage(db, found.value.id, {
      maxId: parsed.value.max_id,
      limit: parsed.value.limit,
      ...(mine ? {} : { authorId: viewer.accountId }),
    });
    if (rows.length === parsed.value.limit) setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(await presentMessages(rows));
  });

  doc('post', '/:id/messages/:mid/thank', 'Thank the writer of a message (the person)');
  app.post(`${base}/:id{[0-9]+}/messages/:mid{[0-9]+}/thank`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const done = await circles.thank(viewer.accountId, c.req.param('id'), c.req.param('mid'));
    if (!done.ok) return errorResponse(c, done.error);
    const [message] = await presentMessages([done.value]);
    return c.json(message);
  });

  doc('post', '/:id/members', 'Accept a volunteer who does not follow the person (the person)', {
    body: memberSchema,
  });
  app.post(`${base}/:id{[0-9]+}/members`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, memberSchema);
    if (!parsed.ok) return parsed.response;
    const done = await circles.accept(viewer.accountId, c.req.param('id'), parsed.value.account_id);
    return done.ok
      ? c.json(await present(done.value, viewer.accountId))
      : errorResponse(c, done.error);
  });

  doc('post', '/:id/close', 'Close the circle (the person)');
  app.post(`${base}/:id{[0-9]+}/close`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const done = await circles.close(viewer.accountId, c.req.param('id'));
    return done.ok
      ? c.json(await present(done.value, viewer.accountId))
      : errorResponse(c, done.error);
  });
}
