import type { Context, Hono } from 'hono';
import type { SerializerContext } from '../api/mastodon/account.serializer.ts';
import { serializeTag } from '../api/mastodon/tag.serializer.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { FollowedTagsService, TagError } from './followed-tags.service.ts';

export const invalidTagMessage = {
  fr: 'Ce mot-dièse n’est pas valide : des lettres, des chiffres ou _, sans espace (100 caractères au plus).',
  en: 'This hashtag is not valid: letters, digits or _, without spaces (at most 100 characters).',
};

/** Following hashtags, as Mastodon apps call it. */
export function mountFollowedTagRoutes(
  app: Hono<AppEnv>,
  deps: { tags: FollowedTagsService; ctx: SerializerContext; openapi: OpenApiRegistry },
): void {
  const { tags, ctx, openapi } = deps;

  function failure(c: Context<AppEnv>, error: TagError): Response {
    switch (error.kind) {
      case 'invalid_name':
        return apiError(c, 'validation_failed', invalidTagMessage, { field: 'name' });
      case 'not_found':
        return apiError(c, 'not_found');
      default: {
        const unexpected: never = error;
        throw new Error(`unexpected tag error ${String(unexpected)}`);
      }
    }
  }

  for (const action of ['follow', 'unfollow'] as const) {
    openapi.register({
      method: 'post',
      path: `/api/v1/tags/:name/${action}`,
      summary:
        action === 'follow'
          ? 'Follow a hashtag: its public posts reach your home'
          : 'Stop following a hashtag',
      tag: 'tags',
    });
    app.post(`/api/v1/tags/:name/${action}`, async (c) => {
      const viewer = requireViewer(c);
      if (viewer instanceof Response) return viewer;
      const result = await tags[action](viewer.accountId, c.req.param('name'));
      if (!result.ok) return failure(c, result.error);
      return c.json({ ...serializeTag(result.value, ctx), following: action === 'follow' });
    });
  }

  const query = pageSchema(100, 200);
  openapi.register({
    method: 'get',
    path: '/api/v1/followed_tags',
    summary: 'The hashtags you follow',
    tag: 'tags',
    query,
  });
  app.get('/api/v1/followed_tags', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, query);
    if (!parsed.ok) return parsed.response;
    const rows = await tags.followed(viewer.accountId, toPageParams(parsed.value));
    setLinkHeader(c, rows[0]?.cursor, rows.at(-1)?.cursor);
    return c.json(rows.map((r) => ({ ...serializeTag(r.name, ctx), following: true })));
  });
}
