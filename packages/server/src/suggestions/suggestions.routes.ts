import type { Hono } from 'hono';
import { z } from 'zod';
import { type SerializerContext, serializeAccount } from '../api/mastodon/account.serializer.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { type Lang, langOf } from '../http/language.ts';
import { parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { Clock } from '../shared/clock.ts';
import type { Suggestion, SuggestionsRepository } from './suggestions.repository.ts';

const query = z.object({
  limit: z.coerce
    .number()
    .int()
    .optional()
    .transform((n) => Math.min(Math.max(n ?? 40, 1), 80)),
});

/** "Followed by 3 people you follow": the reason, in the request's language. */
export function reasonText(s: Suggestion, lang: Lang): string {
  const n = s.followedBy;
  if (lang === 'fr') {
    return n === 1
      ? 'Suivi·e par 1 personne que vous suivez'
      : `Suivi·e par ${n} personnes que vous suivez`;
  }
  return n === 1 ? 'Followed by 1 person you follow' : `Followed by ${n} people you follow`;
}

/**
 * Mastodon's follow suggestions, from one transparent source: people followed by those you
 * follow, ordered by how many of them, with that reason shown. Nothing else is ranked.
 */
export function mountSuggestionsRoutes(
  app: Hono<AppEnv>,
  deps: {
    repo: SuggestionsRepository;
    clock: Clock;
    ctx: SerializerContext;
    openapi: OpenApiRegistry;
  },
): void {
  const { repo, clock, ctx, openapi } = deps;

  const load = async (viewerId: string, limit: number) => repo.friendsOfFriends(viewerId, limit);

  openapi.register({
    method: 'get',
    path: '/api/v2/suggestions',
    summary: 'People followed by those you follow, with how many of them',
    tag: 'suggestions',
    query,
  });
  app.get('/api/v2/suggestions', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, query);
    if (!parsed.ok) return parsed.response;
    const lang = langOf(c);
    const found = await load(viewer.accountId, parsed.value.limit);
    return c.json(
      found.map((s) => ({
        source: 'past_interactions',
        sources: ['friends_of_friends'],
        account: serializeAccount(s.account, ctx),
        empathie: {
          reason: reasonText(s, lang),
          followed_by_count: s.followedBy,
          followed_by: s.examples,
        },
      })),
    );
  });

  openapi.register({
    method: 'get',
    path: '/api/v1/suggestions',
    summary: 'People followed by those you follow (accounts only)',
    tag: 'suggestions',
    query,
  });
  app.get('/api/v1/suggestions', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, query);
    if (!parsed.ok) return parsed.response;
    const found = await load(viewer.accountId, parsed.value.limit);
    return c.json(found.map((s) => serializeAccount(s.account, ctx)));
  });

  openapi.register({
    method: 'delete',
    path: '/api/v1/suggestions/:account_id',
    summary: 'Stop suggesting this account',
    tag: 'suggestions',
  });
  app.delete('/api/v1/suggestions/:account_id{[0-9]+}', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    await repo.dismiss(viewer.accountId, c.req.param('account_id'), clock.now().toISOString());
    return c.json({});
  });
}
