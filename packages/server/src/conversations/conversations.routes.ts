import type { Hono } from 'hono';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { ConversationsService } from './conversations.service.ts';

/** Mastodon's direct conversations: only ever the signed-in participant's own. */
export function mountConversationRoutes(
  app: Hono<AppEnv>,
  deps: { conversations: ConversationsService; openapi: OpenApiRegistry },
): void {
  const { conversations, openapi } = deps;
  const query = pageSchema(20, 40);

  openapi.register({
    method: 'get',
    path: '/api/v1/conversations',
    summary: 'Your direct conversations, grouped by participants, newest message first',
    tag: 'conversations',
    query,
  });
  app.get('/api/v1/conversations', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, query);
    if (!parsed.ok) return parsed.response;
    const page = await conversations.list(viewer.accountId, toPageParams(parsed.value));
    setLinkHeader(c, page.newest, page.oldest);
    return c.json(page.conversations);
  });

  openapi.register({
    method: 'delete',
    path: '/api/v1/conversations/:id',
    summary: 'Remove a conversation from your list (a new message brings it back)',
    tag: 'conversations',
  });
  app.delete('/api/v1/conversations/:id{[0-9]+}', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const result = await conversations.remove(viewer.accountId, c.req.param('id'));
    return result.ok ? c.json({}) : apiError(c, 'not_found');
  });

  openapi.register({
    method: 'post',
    path: '/api/v1/conversations/:id/read',
    summary: 'Mark a conversation as read',
    tag: 'conversations',
  });
  app.post('/api/v1/conversations/:id{[0-9]+}/read', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const result = await conversations.read(viewer.accountId, c.req.param('id'));
    return result.ok ? c.json(result.value) : apiError(c, 'not_found');
  });
}
