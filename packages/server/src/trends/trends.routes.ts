import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../http/auth.ts';
import { parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { Clock } from '../shared/clock.ts';
import type { TrendingTag, TrendsRepository } from './trends.repository.ts';

const limitOffset = (byDefault: number, max: number) =>
  z.object({
    limit: z.coerce
      .number()
      .int()
      .optional()
      .transform((n) => Math.min(Math.max(n ?? byDefault, 1), max)),
    offset: z.coerce.number().int().min(0).max(1000).optional().default(0),
  });
const tagsQuery = limitOffset(10, 20);
const listQuery = limitOffset(20, 40);

/** Trends are the same for everyone and change slowly: computed at most every ten minutes. */
const CACHE_MS = 10 * 60 * 1000;
const COMPUTED = 40;

/** Mastodon's Tag entity with its history (days as Unix seconds at midnight UTC, as strings). */
function tagJson(tag: TrendingTag, publicUrl: string) {
  return {
    id: tag.id,
    name: tag.name,
    url: `${publicUrl}/tags/${encodeURIComponent(tag.name)}`,
    history: tag.history.map((h) => ({
      day: String(Date.parse(`${h.day}T00:00:00Z`) / 1000),
      uses: String(h.uses),
      accounts: String(h.accounts),
    })),
    // Why it is here, in numbers a person can check (docs/api.md, "Trends").
    empathie: { people_this_week: tag.accounts, uses_this_week: tag.uses },
  };
}

/**
 * Mastodon's trends, as our principles allow (docs/api.md): tags used by the most people in
 * public posts this week; no statuses and no links, since ranking them would reward engagement.
 */
export function mountTrendsRoutes(
  app: Hono<AppEnv>,
  deps: { repo: TrendsRepository; clock: Clock; publicUrl: string; openapi: OpenApiRegistry },
): void {
  const { repo, clock, publicUrl, openapi } = deps;
  let cache: { at: number; tags: TrendingTag[] } | null = null;

  async function trendingTags(): Promise<TrendingTag[]> {
    const now = clock.now();
    if (!cache || now.getTime() - cache.at >= CACHE_MS || now.getTime() < cache.at) {
      cache = { at: now.getTime(), tags: await repo.tags(now, COMPUTED) };
    }
    return cache.tags;
  }

  for (const path of ['/api/v1/trends/tags', '/api/v1/trends']) {
    openapi.register({
      method: 'get',
      path,
      summary: 'Tags used by the most people in public posts this week',
      tag: 'trends',
      auth: false,
      query: tagsQuery,
    });
    app.get(path, async (c) => {
      const parsed = parseQuery(c, tagsQuery);
      if (!parsed.ok) return parsed.response;
      const { limit, offset } = parsed.value;
      const tags = (await trendingTags()).slice(offset, offset + limit);
      return c.json(tags.map((t) => tagJson(t, publicUrl)));
    });
  }

  for (const [path, summary] of [
    ['/api/v1/trends/statuses', 'Always empty: Empathie does not rank posts by engagement'],
    ['/api/v1/trends/links', 'Always empty: Empathie does not rank links by engagement'],
  ] as const) {
    openapi.register({
      method: 'get',
      path,
      summary,
      tag: 'trends',
      auth: false,
      query: listQuery,
    });
    app.get(path, (c) => {
      const parsed = parseQuery(c, listQuery);
      if (!parsed.ok) return parsed.response;
      return c.json([]);
    });
  }
}
