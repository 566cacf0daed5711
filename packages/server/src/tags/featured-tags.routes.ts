import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { SerializerContext } from '../api/mastodon/account.serializer.ts';
import { serializeTag } from '../api/mastodon/tag.serializer.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { parseBody } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { isBlockedBy } from '../policy/relations.sql.ts';
import type { Db } from '../posts/posts.repository.ts';
import {
  type FeaturedTag,
  type FeaturedTagError,
  type FeaturedTagsService,
  MAX_FEATURED_TAGS,
} from './featured-tags.service.ts';
import type { FollowedTagsService } from './followed-tags.service.ts';
import { invalidTagMessage } from './tags.routes.ts';

const featureSchema = z.object({ name: z.string().max(200) });

/** Mastodon's FeaturedTag entity; `url` is the profile filtered by the tag. */
function featuredJson(tag: FeaturedTag, profileUrl: string) {
  return {
    id: tag.id,
    name: tag.name,
    url: `${profileUrl}/tagged/${encodeURIComponent(tag.name)}`,
    statuses_count: tag.statusesCount,
    last_status_at: tag.lastStatusAt,
  };
}

/** Featured hashtags: one's own (read, add, remove, suggestions) and anyone's profile's. */
export function mountFeaturedTagRoutes(
  app: Hono<AppEnv>,
  deps: {
    db: Db;
    featured: FeaturedTagsService;
    followed: FollowedTagsService;
    ctx: SerializerContext;
    openapi: OpenApiRegistry;
  },
): void {
  const { db, featured, followed, ctx, openapi } = deps;
  const profileUrl = async (accountId: string) =>
    (
      await db
        .selectFrom('accounts')
        .select('url')
        .where('id', '=', accountId)
        .where('deleted_at', 'is', null)
        .executeTakeFirst()
    )?.url;

  function failure(c: Context<AppEnv>, error: FeaturedTagError): Response {
    switch (error.kind) {
      case 'invalid_name':
        return apiError(c, 'validation_failed', invalidTagMessage, { field: 'name' });
      case 'too_many':
        return apiError(c, 'validation_failed', {
          fr: `Votre profil met déjà en avant ${MAX_FEATURED_TAGS} mots-dièses : retirez-en un d’abord.`,
          en: `Your profile already features ${MAX_FEATURED_TAGS} hashtags: remove one first.`,
        });
      case 'already_featured':
        return apiError(c, 'validation_failed', {
          fr: 'Ce mot-dièse est déjà mis en avant sur votre profil.',
          en: 'This hashtag is already featured on your profile.',
        });
      case 'not_found':
        return apiError(c, 'not_found');
      default: {
        const unexpected: never = error;
        throw new Error(`unexpected featured tag error ${String(unexpected)}`);
      }
    }
  }

  const doc = (method: 'get' | 'post' | 'delete', path: string, summary: string, extra = {}) =>
    openapi.register({ method, path, summary, tag: 'tags', ...extra });

  doc('get', '/api/v1/featured_tags', 'The hashtags your profile features');
  app.get('/api/v1/featured_tags', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const url = (await profileUrl(viewer.accountId)) ?? '';
    return c.json((await featured.list(viewer.accountId)).map((t) => featuredJson(t, url)));
  });

  doc('post', '/api/v1/featured_tags', 'Feature a hashtag on your profile', {
    body: featureSchema,
  });
  app.post('/api/v1/featured_tags', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, featureSchema);
    if (!parsed.ok) return parsed.response;
    const result = await featured.feature(viewer.accountId, parsed.value.name);
    if (!result.ok) return failure(c, result.error);
    return c.json(featuredJson(result.value, (await profileUrl(viewer.accountId)) ?? ''));
  });

  doc('get', '/api/v1/featured_tags/suggestions', 'Hashtags you use most, not featured yet');
  app.get('/api/v1/featured_tags/suggestions', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const names = await featured.suggestions(viewer.accountId);
    const following = await Promise.all(
      names.map((n) => followed.isFollowing(viewer.accountId, n)),
    );
    return c.json(names.map((n, i) => ({ ...serializeTag(n, ctx), following: following[i] })));
  });

  doc('delete', '/api/v1/featured_tags/:id', 'Stop featuring a hashtag');
  app.delete('/api/v1/featured_tags/:id{[0-9]+}', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const result = await featured.unfeature(viewer.accountId, c.req.param('id'));
    return result.ok ? c.json({}) : failure(c, result.error);
  });

  doc('get', '/api/v1/accounts/:id/featured_tags', 'The hashtags a profile features', {
    auth: false,
  });
  app.get('/api/v1/accounts/:id{[0-9]+}/featured_tags', async (c) => {
    const id = c.req.param('id');
    const url = await profileUrl(id);
    if (!url) return apiError(c, 'not_found');
    // A profile that blocks the viewer shows them nothing of itself.
    if (await isBlockedBy(db, c.get('viewer')?.accountId ?? null, id)) return c.json([]);
    return c.json((await featured.list(id)).map((t) => featuredJson(t, url)));
  });
}
