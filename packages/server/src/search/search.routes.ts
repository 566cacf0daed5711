import type { Hono } from 'hono';
import { z } from 'zod';
import { serializeAccount } from '../api/mastodon/account.serializer.ts';
import type { MastodonSearch } from '../api/mastodon/search.serializer.ts';
import { serializeTag } from '../api/mastodon/tag.serializer.ts';
import type { DatabaseHandle } from '../db/database.ts';
import type { AppEnv } from '../http/auth.ts';
import { formBoolean, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import { tagsRepository } from '../tags/tags.repository.ts';
import { searchAccounts, searchPosts, searchTags } from './search.repository.ts';
import { queryGroups, type Stemmers } from './stemming.ts';

const searchSchema = z.object({
  q: z.string().trim().min(1).max(500),
  type: z.enum(['accounts', 'hashtags', 'statuses']).optional(),
  // Remote lookups come with federation; accepted and ignored until then.
  resolve: formBoolean.optional(),
  following: formBoolean.optional(),
  account_id: z.string().optional(),
  limit: z.coerce
    .number()
    .int()
    .optional()
    .transform((n) => Math.min(Math.max(n ?? 20, 1), 40)),
  offset: z.coerce.number().int().min(0).max(10_000).optional().default(0),
});

/**
 * `GET /api/v2/search`: accounts by username or display-name prefix, hashtags by prefix, posts by
 * full text (French and English stems), every post through the shared visibility rule.
 */
export function mountSearchRoutes(
  app: Hono<AppEnv>,
  deps: {
    database: DatabaseHandle;
    stemmers: Stemmers;
    present: StatusPresenter;
    publicUrl: string;
    openapi: OpenApiRegistry;
  },
): void {
  const { database, stemmers, present, openapi } = deps;
  const db = database.db;
  const ctx = { publicUrl: deps.publicUrl };
  openapi.register({
    method: 'get',
    path: '/api/v2/search',
    summary: 'Search accounts, hashtags and posts',
    tag: 'search',
    auth: false,
    query: searchSchema,
  });
  app.get('/api/v2/search', async (c) => {
    const parsed = parseQuery(c, searchSchema);
    if (!parsed.ok) return parsed.response;
    const { q, type, limit, offset } = parsed.value;
    const viewerId = c.get('viewer')?.accountId ?? null;
    const wants = (t: string) => type === undefined || type === t;
    const bare = q.replace(/^[@#]/, '').split('@')[0] ?? '';
    const [accounts, tags, posts] = await Promise.all([
      wants('accounts') && bare !== '' ? searchAccounts(db, bare, viewerId, limit, offset) : [],
      wants('hashtags') && bare !== '' && !q.startsWith('@')
        ? searchTags(db, bare, viewerId, limit, offset)
        : [],
      wants('statuses')
        ? searchPosts(db, database.dialect, queryGroups(q, stemmers), viewerId, limit, offset)
        : [],
    ]);
    // `following` is the viewer's: one query for the page's tags.
    const followed =
      viewerId === null
        ? new Set<string>()
        : await tagsRepository(db).followedAmong(
            viewerId,
            tags.map((t) => t.name),
          );
    const body: MastodonSearch = {
      accounts: accounts.map((a) => serializeAccount(a, ctx)),
      statuses: await present(posts, viewerId),
      hashtags: tags.map((t) => ({
        ...serializeTag(t.name, ctx),
        following: followed.has(t.name),
      })),
    };
    return c.json(body);
  });
}
