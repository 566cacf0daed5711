import type { Context } from 'hono';
import { z } from 'zod';
import type { PageParams } from '../db/pagination.ts';
import { publicRequestUrl } from './public-url.ts';

const cursor = z
  .string()
  .regex(/^\d{1,20}$/)
  .optional();

/** Query schema for Mastodon pagination; `limit` is clamped like Mastodon does. */
export function pageSchema(defaultLimit = 20, maxLimit = 40) {
  return z.object({
    max_id: cursor,
    since_id: cursor,
    min_id: cursor,
    limit: z.coerce
      .number()
      .int()
      .optional()
      .transform((n) => Math.min(Math.max(n ?? defaultLimit, 1), maxLimit)),
  });
}

export function toPageParams(q: {
  max_id?: string | undefined;
  since_id?: string | undefined;
  min_id?: string | undefined;
  limit: number;
}): PageParams {
  return { maxId: q.max_id, sinceId: q.since_id, minId: q.min_id, limit: q.limit };
}

/**
 * Sets Mastodon's `Link` header: `next` goes to older items (`max_id` = oldest cursor of the page),
 * `prev` to newer ones (`min_id` = newest cursor). Cursors may differ from the items' ids (a
 * followers list pages by follow id), so the caller passes them. Links carry `PUBLIC_URL`'s scheme
 * and host, not the request's (https behind a TLS-terminating proxy).
 */
export function setLinkHeader(
  c: Context,
  newest: string | undefined,
  oldest: string | undefined,
): void {
  if (!newest || !oldest) return;
  const base = publicRequestUrl(c);
  const make = (param: 'max_id' | 'min_id', value: string) => {
    const url = new URL(base);
    for (const p of ['max_id', 'min_id', 'since_id']) url.searchParams.delete(p);
    url.searchParams.set(param, value);
    return url.toString();
  };
  c.header(
    'Link',
    `<${make('max_id', oldest)}>; rel="next", <${make('min_id', newest)}>; rel="prev"`,
  );
}
