import type { Context, Hono } from 'hono';
import type { PostRow } from '../api/mastodon/status.serializer.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import type { Result } from '../shared/result.ts';
import type { SavedPostsRepository } from './saved-posts.repository.ts';
import { MAX_PINS, type SavedPostsService, type SaveError } from './saved-posts.service.ts';

/** Bookmarks, pins and the favourites list, as Mastodon's routes answer them. */
export function mountSavedPostsRoutes(
  app: Hono<AppEnv>,
  deps: {
    saved: SavedPostsService;
    repo: SavedPostsRepository;
    present: StatusPresenter;
    openapi: OpenApiRegistry;
  },
): void {
  const { saved, repo, present, openapi } = deps;

  async function answer(c: Context<AppEnv>, viewerId: string, result: Result<PostRow, SaveError>) {
    if (!result.ok) {
      const error = result.error;
      switch (error.kind) {
        case 'not_found':
          return apiError(c, 'not_found');
        case 'not_pinnable':
          return apiError(c, 'validation_failed', error.message);
        default: {
          const unexpected: never = error;
          throw new Error(`unexpected save error ${String(unexpected)}`);
        }
      }
    }
    const [status] = await present([result.value], viewerId);
    return status ? c.json(status) : apiError(c, 'not_found');
  }

  const actions = [
    [
      'bookmark',
      'Bookmark a post you can see (a share bookmarks what it shares)',
      (v: string, id: string) => saved.bookmark(v, id, true),
    ],
    ['unbookmark', 'Remove a bookmark', (v: string, id: string) => saved.bookmark(v, id, false)],
    [
      'pin',
      `Pin one of your posts to your profile (not direct, ${MAX_PINS} at most)`,
      (v: string, id: string) => saved.pin(v, id),
    ],
    ['unpin', 'Unpin one of your posts', (v: string, id: string) => saved.unpin(v, id)],
  ] as const;
  for (const [name, summary, act] of actions) {
    openapi.register({
      method: 'post',
      path: `/api/v1/statuses/:id/${name}`,
      summary,
      tag: 'statuses',
    });
    app.post(`/api/v1/statuses/:id{[0-9]+}/${name}`, async (c) => {
      const viewer = requireViewer(c);
      if (viewer instanceof Response) return viewer;
      return answer(c, viewer.accountId, await act(viewer.accountId, c.req.param('id')));
    });
  }

  const lists = [
    [
      '/api/v1/bookmarks',
      'bookmarks',
      'Posts you bookmarked that you can still see, newest bookmark first',
    ],
    [
      '/api/v1/favourites',
      'favourites',
      'Posts you favourited that you can still see, newest first',
    ],
  ] as const;
  for (const [path, list, summary] of lists) {
    const query = pageSchema(20, 40);
    openapi.register({ method: 'get', path, summary, tag: 'statuses', query });
    app.get(path, async (c) => {
      const viewer = requireViewer(c);
      if (viewer instanceof Response) return viewer;
      const parsed = parseQuery(c, query);
      if (!parsed.ok) return parsed.response;
      const rows = await repo.page(list, viewer.accountId, toPageParams(parsed.value));
      // Paged by the list's own ids, as Mastodon does (its Link header carries them).
      setLinkHeader(c, rows[0]?.cursor, rows.at(-1)?.cursor);
      const posts = rows.map(({ cursor: _cursor, ...post }) => post);
      return c.json(await present(posts, viewer.accountId, { dropMutedShares: true }));
    });
  }
}
