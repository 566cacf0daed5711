import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { serializeAccount } from '../api/mastodon/account.serializer.ts';
import { serializeStatusEdit, serializeStatusSource } from '../api/mastodon/status.serializer.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { formBoolean, parseBody, parseQuery } from '../http/params.ts';
import { descriptionParam, focusParam } from '../media/media.routes.ts';
import { mediaErrorResponse } from '../media/media-errors.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { visibleTo } from '../policy/visibility.ts';
import { pollProblemMessage } from '../polls/poll.text.ts';
import { pollParam, toPollInput } from '../polls/poll-rules.ts';
import { heldPostParams, isHeld } from '../scheduled/held-params.ts';
import type { InteractionError, InteractionsService } from './interactions.service.ts';
import { isLanguageCode } from './languages.ts';
import { type Db, findAccountsByIds, findVisiblePost, type PostRow } from './posts.repository.ts';
import type { PostError, PostsService } from './posts.service.ts';
import { replyRefusedMessage } from './reply-policy.text.ts';
import type { StatusPresenter } from './status-presenter.ts';
import { favouritedBy, rebloggedBy, threadOf } from './thread.repository.ts';

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
const optionalId = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^\d{1,20}$/)
    .optional(),
);
const language = z.preprocess(
  blankToUndefined,
  z.string().toLowerCase().refine(isLanguageCode, { message: 'ISO 639-1' }).optional(),
);
const visibility = z.enum(['public', 'unlisted', 'private', 'direct']);
/** Who may reply: `everyone`, `following` (people the author follows), `mentioned`, `nobody`. */
export const replyPolicyParam = z.preprocess(
  blankToUndefined,
  z.enum(['everyone', 'following', 'mentioned', 'nobody']).optional(),
);

/** `media_ids[]=1&media_ids[]=2` or a JSON array; ids only, at most 4 (Mastodon's limit). */
const mediaIdsParam = z.preprocess(
  (v) => (v === undefined || v === '' ? undefined : Array.isArray(v) ? v : [v]),
  z
    .array(z.string().regex(/^\d{1,20}$/))
    .max(4)
    .refine((ids) => new Set(ids).size === ids.length, 'each image once')
    .optional(),
);

export const createStatusSchema = z.object({
  status: z.string().max(100_000).optional(),
  in_reply_to_id: optionalId,
  sensitive: formBoolean.optional(),
  spoiler_text: z.string().max(1000).optional(),
  visibility: z.preprocess(blankToUndefined, visibility.optional()),
  language,
  reply_policy: replyPolicyParam,
  // The author's uploads (POST /api/v2/media), at most 4, in the order given.
  media_ids: mediaIdsParam,
  // `poll[options][]`, `poll[expires_in]`, `poll[multiple]`, `poll[hide_totals]` (`polls/`).
  poll: pollParam,
  // Scheduling and the undo window hold the post: see `src/scheduled/`.
  ...heldPostParams,
});

export const editStatusSchema = z.object({
  status: z.string().max(100_000).optional(),
  spoiler_text: z.string().max(1000).optional(),
  sensitive: formBoolean.optional(),
  language,
  reply_policy: replyPolicyParam,
  media_ids: mediaIdsParam,
  // New descriptions or focal points of the post's images, as Mastodon's edit takes them.
  media_attributes: z
    .array(
      z.object({
        id: z.string().regex(/^\d{1,20}$/),
        description: descriptionParam.optional(),
        focus: focusParam.optional(),
      }),
    )
    .max(4)
    .optional(),
  // Changed options reset the poll's votes, as on Mastodon; left out, the poll stays as it is.
  poll: pollParam,
});

const reblogSchema = z.object({
  visibility: z.preprocess(blankToUndefined, z.enum(['public', 'unlisted', 'private']).optional()),
});

/** As on Mastodon, a post carries images or a poll, never both. */
function pollWithMedia(c: Context): Response {
  return apiError(
    c,
    'validation_failed',
    {
      fr: 'Un message porte des images ou un sondage, pas les deux : retirez l’un ou l’autre.',
      en: 'A post carries images or a poll, not both: remove one or the other.',
    },
    { field: 'poll' },
  );
}

export function postErrorResponse(c: Context, error: PostError | InteractionError): Response {
  switch (error.kind) {
    case 'not_found':
      return apiError(c, 'not_found');
    case 'empty':
      return apiError(c, 'validation_failed', {
        fr: 'Le message est vide : écrivez quelque chose avant de publier.',
        en: 'The post is empty: write something before publishing.',
      });
    case 'too_long': {
      const max = error.max;
      return apiError(
        c,
        'validation_failed',
        {
          fr: `Le message est trop long (${max.toLocaleString('fr-FR')} caractères au plus, il en compte ${error.length}).`,
          en: `The post is too long (at most ${max.toLocaleString('en-US')} characters; it has ${error.length}).`,
        },
        { field: 'status', max, length: error.length },
      );
    }
    case 'reply_refused':
      return apiError(c, 'forbidden', replyRefusedMessage(error), {
        reason: 'reply_policy',
        reply_policy: error.policy,
        account_id: error.author.id,
      });
    case 'poll_invalid':
      return apiError(c, 'validation_failed', pollProblemMessage(error.problem), {
        field: 'poll',
        reason: error.problem.reason,
      });
    case 'media_invalid':
      return mediaErrorResponse(c, error.problem);
    case 'not_shareable':
      return apiError(c, 'forbidden', {
        fr: 'Seuls les messages publics ou non listés peuvent être partagés.',
        en: 'Only public or unlisted posts can be shared.',
      });
  }
}

export function mountStatusRoutes(
  app: Hono<AppEnv>,
  deps: {
    db: Db;
    posts: PostsService;
    interactions: InteractionsService;
    present: StatusPresenter;
    publicUrl: string;
    openapi: OpenApiRegistry;
  },
): void {
  const { db, posts, interactions, present, openapi } = deps;
  const ctx = { publicUrl: deps.publicUrl };
  const viewerIdOf = (c: Context<AppEnv>) => c.get('viewer')?.accountId ?? null;
  const doc = (
    method: 'get' | 'post' | 'put' | 'delete',
    path: string,
    summary: string,
    extra = {},
  ) =>
    openapi.register({
      method,
      path: `/api/v1/statuses${path}`,
      summary,
      tag: 'statuses',
      ...extra,
    });

  /** Answers with one status as the viewer sees it (404 if, after all, they may not). */
  async function one(c: Context<AppEnv>, row: PostRow, extra: Partial<{ text: string }> = {}) {
    const [status] = await present([row], viewerIdOf(c));
    return status ? c.json({ ...status, ...extra }) : apiError(c, 'not_found');
  }

  doc('post', '', 'Publish a post', { body: createStatusSchema });
  app.post('/api/v1/statuses', async (c, next) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, createStatusSchema);
    if (!parsed.ok) return parsed.response;
    const b = parsed.value;
    if (b.poll && b.media_ids?.length) return pollWithMedia(c);
    // A post held for later is answered by the scheduled domain's route, mounted after this one.
    if (isHeld(b)) {
      // Held posts store their text only: images are refused aloud rather than dropped.
      if (b.media_ids?.length) {
        return apiError(
          c,
          'validation_failed',
          {
            fr: 'Les images ne peuvent pas encore accompagner un message programmé ou retenu : publiez-le tout de suite.',
            en: 'Images cannot go with a scheduled or held post yet: publish it right away.',
          },
          { field: 'media_ids' },
        );
      }
      return next();
    }
    const key = c.req.header('idempotency-key')?.slice(0, 200) || undefined;
    const result = await posts.create(viewer.accountId, {
      status: b.status,
      spoilerText: b.spoiler_text,
      sensitive: b.sensitive,
      visibility: b.visibility,
      language: b.language,
      inReplyToId: b.in_reply_to_id,
      replyPolicy: b.reply_policy,
      idempotencyKey: key,
      poll: toPollInput(b.poll),
      mediaIds: b.media_ids,
    });
    if (!result.ok) return postErrorResponse(c, result.error);
    return one(c, result.value);
  });

  const manySchema = z.object({
    id: z.preprocess(
      (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]),
      z.array(z.string().regex(/^\d{1,20}$/)).max(40),
    ),
  });
  doc('get', '', 'Several posts at once (`id[]=`); hidden or unknown ones are left out', {
    auth: false,
    query: manySchema,
  });
  app.get('/api/v1/statuses', async (c) => {
    const parsed = parseQuery(c, manySchema);
    if (!parsed.ok) return parsed.response;
    const wanted = [...new Set(parsed.value.id)];
    if (wanted.length === 0) return c.json([]);
    const viewerId = viewerIdOf(c);
    const rows = await db
      .selectFrom('posts as p')
      .selectAll('p')
      .where('p.id', 'in', wanted)
      .where(visibleTo(viewerId, 'p'))
      .execute();
    const statuses = await present(rows, viewerId);
    const byId = new Map(statuses.map((s) => [s.id, s]));
    return c.json(wanted.flatMap((id) => byId.get(id) ?? []));
  });

  doc('get', '/:id', 'A post', { auth: false });
  app.get('/api/v1/statuses/:id{[0-9]+}', async (c) => {
    const post = await findVisiblePost(db, c.req.param('id'), viewerIdOf(c));
    return post ? one(c, post) : apiError(c, 'not_found');
  });

  doc('put', '/:id', 'Edit a post (the previous version is kept)', { body: editStatusSchema });
  app.put('/api/v1/statuses/:id{[0-9]+}', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, editStatusSchema);
    if (!parsed.ok) return parsed.response;
    const b = parsed.value;
    if (b.poll && b.media_ids?.length) return pollWithMedia(c);
    const result = await posts.edit(viewer.accountId, c.req.param('id'), {
      status: b.status,
      spoilerText: b.spoiler_text,
      sensitive: b.sensitive,
      language: b.language,
      replyPolicy: b.reply_policy,
      poll: toPollInput(b.poll),
      mediaIds: b.media_ids,
      mediaAttributes: b.media_attributes,
    });
    if (!result.ok) return postErrorResponse(c, result.error);
    return one(c, result.value);
  });

  doc('delete', '/:id', 'Delete a post (answers it with its source text, for redrafting)');
  app.delete('/api/v1/statuses/:id{[0-9]+}', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const own = await posts.findOwn(viewer.accountId, c.req.param('id'));
    if (!own) return apiError(c, 'not_found');
    // Serialised before deletion: mentions and tags go with the post.
    const [status] = await present([own], viewer.accountId);
    const result = await posts.remove(viewer.accountId, own.id);
    if (!result.ok || !status) return apiError(c, 'not_found');
    return c.json({ ...status, text: own.text });
  });

  doc('get', '/:id/context', 'Ancestors and descendants of a post', { auth: false });
  app.get('/api/v1/statuses/:id{[0-9]+}/context', async (c) => {
    const viewerId = viewerIdOf(c);
    const found = await findVisiblePost(db, c.req.param('id'), viewerId);
    // A share has no thread of its own: answer the shared post's.
    const post = found?.reblog_of_id
      ? await findVisiblePost(db, found.reblog_of_id, viewerId)
      : found;
    if (!post) return apiError(c, 'not_found');
    const { ancestors, descendants } = await threadOf(db, post, viewerId);
    const [a, d] = await Promise.all([
      present(ancestors, viewerId, { context: 'thread' }),
      present(descendants, viewerId, { context: 'thread' }),
    ]);
    return c.json({ ancestors: a, descendants: d });
  });

  doc('get', '/:id/history', 'Every version of a post, the current one last', { auth: false });
  app.get('/api/v1/statuses/:id{[0-9]+}/history', async (c) => {
    const result = await posts.history(viewerIdOf(c), c.req.param('id'));
    if (!result.ok) return apiError(c, 'not_found');
    const [author] = await findAccountsByIds(db, [result.value.post.account_id]);
    if (!author) return apiError(c, 'not_found');
    return c.json(result.value.versions.map((v) => serializeStatusEdit(v, author, ctx)));
  });

  doc('get', '/:id/source', 'The plain text of one of your posts, for editing');
  app.get('/api/v1/statuses/:id{[0-9]+}/source', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const own = await posts.findOwn(viewer.accountId, c.req.param('id'));
    return own ? c.json(serializeStatusSource(own)) : apiError(c, 'not_found');
  });

  const actions = {
    favourite: (v: string, id: string) => interactions.favourite(v, id),
    unfavourite: (v: string, id: string) => interactions.unfavourite(v, id),
    unreblog: (v: string, id: string) => interactions.unreblog(v, id),
  };
  for (const [name, act] of Object.entries(actions)) {
    doc('post', `/:id/${name}`, `${name} a post`);
    app.post(`/api/v1/statuses/:id{[0-9]+}/${name}`, async (c) => {
      const viewer = requireViewer(c);
      if (viewer instanceof Response) return viewer;
      const result = await act(viewer.accountId, c.req.param('id'));
      if (!result.ok) return postErrorResponse(c, result.error);
      const fresh = await findVisiblePost(db, result.value.id, viewer.accountId);
      return fresh ? one(c, fresh) : apiError(c, 'not_found');
    });
  }

  doc('post', '/:id/reblog', 'Share a post', { body: reblogSchema });
  app.post('/api/v1/statuses/:id{[0-9]+}/reblog', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, reblogSchema);
    if (!parsed.ok) return parsed.response;
    const result = await interactions.reblog(
      viewer.accountId,
      c.req.param('id'),
      parsed.value.visibility === 'unlisted' ? 'unlisted' : 'public',
    );
    if (!result.ok) return postErrorResponse(c, result.error);
    return one(c, result.value);
  });

  const accountLists = { favourited_by: favouritedBy, reblogged_by: rebloggedBy };
  for (const [name, list] of Object.entries(accountLists)) {
    const query = pageSchema(40, 80);
    doc('get', `/:id/${name}`, `Accounts that ${name.replace('_', ' ')} a post`, {
      auth: false,
      query,
    });
    app.get(`/api/v1/statuses/:id{[0-9]+}/${name}`, async (c) => {
      const viewerId = viewerIdOf(c);
      const parsed = parseQuery(c, query);
      if (!parsed.ok) return parsed.response;
      const post = await findVisiblePost(db, c.req.param('id'), viewerId);
      if (!post) return apiError(c, 'not_found');
      const page = toPageParams(parsed.value);
      const rows = await list(db, post.reblog_of_id ?? post.id, viewerId, page);
      setLinkHeader(c, rows[0]?.cursor, rows.at(-1)?.cursor);
      return c.json(rows.map(({ cursor: _cursor, ...row }) => serializeAccount(row, ctx)));
    });
  }
}
