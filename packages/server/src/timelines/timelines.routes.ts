import type { Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { FilterContext } from '../api/mastodon/filter.serializer.ts';
import type { MastodonStatus } from '../api/mastodon/status.serializer.ts';
import { serializeTag } from '../api/mastodon/tag.serializer.ts';
import { savedPostsRepository } from '../bookmarks/saved-posts.repository.ts';
import type { Database } from '../db/schema.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { formBoolean, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { PostRow } from '../posts/posts.repository.ts';
import { normaliseTag } from '../posts/render.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import { findPublicTag } from '../search/search.repository.ts';
import { tagsRepository } from '../tags/tags.repository.ts';
import { accountPage, homePage, publicPage, tagPage } from './timelines.repository.ts';

const flag = formBoolean.optional().default(false);
const publicSchema = pageSchema().extend({ local: flag, remote: flag, only_media: flag });
const accountSchema = pageSchema().extend({
  exclude_replies: flag,
  exclude_reblogs: flag,
  only_media: flag,
  pinned: flag,
  tagged: z.string().max(100).optional(),
});

export function mountTimelineRoutes(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    present: StatusPresenter;
    openapi: OpenApiRegistry;
    publicUrl: string;
  },
): void {
  const { db, present, openapi, publicUrl } = deps;
  const viewerIdOf = (c: Context<AppEnv>) => c.get('viewer')?.accountId ?? null;

  /**
   * Answers a page. The Link cursors come from the rows fetched, not the statuses kept: a share
   * dropped after loading must not make the next page skip or repeat posts.
   */
  async function answer(
    c: Context<AppEnv>,
    rows: PostRow[],
    viewerId: string | null,
    context: FilterContext,
  ) {
    const statuses: MastodonStatus[] = await present(rows, viewerId, {
      dropMutedShares: true,
      context,
    });
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(statuses);
  }

  openapi.register({
    method: 'get',
    path: '/api/v1/timelines/home',
    summary: 'Home timeline: your posts and those of people you follow, newest first',
    tag: 'timelines',
    query: pageSchema(),
  });
  app.get('/api/v1/timelines/home', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, pageSchema());
    if (!parsed.ok) return parsed.response;
    const rows = await homePage(db, viewer.accountId, toPageParams(parsed.value));
    return answer(c, rows, viewer.accountId, 'home');
  });

  openapi.register({
    method: 'get',
    path: '/api/v1/timelines/public',
    summary: 'Public posts (`local=true`: of this instance only)',
    tag: 'timelines',
    auth: false,
    query: publicSchema,
  });
  app.get('/api/v1/timelines/public', async (c) => {
    const parsed = parseQuery(c, publicSchema);
    if (!parsed.ok) return parsed.response;
    const q = parsed.value;
    const viewerId = viewerIdOf(c);
    const rows = await publicPage(
      db,
      viewerId,
      { local: q.local, remote: q.remote, onlyMedia: q.only_media },
      toPageParams(q),
    );
    return answer(c, rows, viewerId, 'public');
  });

  openapi.register({
    method: 'get',
    path: '/api/v1/timelines/tag/:tag',
    summary: 'Public posts with a hashtag',
    tag: 'timelines',
    auth: false,
    query: publicSchema,
  });
  app.get('/api/v1/timelines/tag/:tag', async (c) => {
    const parsed = parseQuery(c, publicSchema);
    if (!parsed.ok) return parsed.response;
    const q = parsed.value;
    const viewerId = viewerIdOf(c);
    // Hono has already decoded the parameter; decoding again would choke on a literal `%`.
    const tag = c.req.param('tag').replace(/^#/, '');
    const rows = await tagPage(
      db,
      viewerId,
      tag,
      { local: q.local, remote: q.remote, onlyMedia: q.only_media },
      toPageParams(q),
    );
    return answer(c, rows, viewerId, 'public');
  });

  openapi.register({
    method: 'get',
    path: '/api/v1/tags/:name',
    summary: 'A hashtag (404 unless a public post you may see uses it)',
    tag: 'timelines',
    auth: false,
  });
  app.get('/api/v1/tags/:name', async (c) => {
    const name = normaliseTag(c.req.param('name').replace(/^#/, ''));
    const viewerId = viewerIdOf(c);
    const found = await findPublicTag(db, name, viewerId);
    // A tag one follows is shown even before a public post uses it; `following` is the viewer's.
    const following =
      viewerId !== null && (await tagsRepository(db).followedAmong(viewerId, [name])).has(name);
    if (!found && !following) return apiError(c, 'not_found');
    return c.json({ ...serializeTag(found?.name ?? name, { publicUrl }), following });
  });

  openapi.register({
    method: 'get',
    path: '/api/v1/accounts/:id/statuses',
    summary: "An account's posts that you may see",
    tag: 'accounts',
    auth: false,
    query: accountSchema,
  });
  app.get('/api/v1/accounts/:id{[0-9]+}/statuses', async (c) => {
    const parsed = parseQuery(c, accountSchema);
    if (!parsed.ok) return parsed.response;
    const q = parsed.value;
    const account = await db
      .selectFrom('accounts')
      .select('id')
      .where('id', '=', c.req.param('id'))
      .executeTakeFirst();
    if (!account) return apiError(c, 'not_found');
    const viewerId = viewerIdOf(c);
    // Pinned posts: a handful at most, each shown only to who may see it.
    if (q.pinned) {
      const pinned = await savedPostsRepository(db).pinnedBy(account.id, viewerId);
      return c.json(await present(pinned, viewerId, { context: 'account' }));
    }
    const rows = await accountPage(
      db,
      viewerId,
      account.id,
      {
        excludeReplies: q.exclude_replies,
        excludeReblogs: q.exclude_reblogs,
        tagged: q.tagged,
        onlyMedia: q.only_media,
      },
      toPageParams(q),
    );
    return answer(c, rows, viewerId, 'account');
  });
}
