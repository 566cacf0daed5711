import type { Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import { type SerializerContext, serializeAccount } from '../api/mastodon/account.serializer.ts';
import { serializeRelationship } from '../api/mastodon/relationship.serializer.ts';
import type { Database } from '../db/schema.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { parseQuery } from '../http/params.ts';
import { notSuspended } from '../moderation/moderation.policy.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { RelationshipsService } from '../relationships/relationships.service.ts';
import type { EndorsementsRepository } from './endorsements.repository.ts';
import type { EndorsementError, EndorsementsService } from './endorsements.service.ts';

const listQuery = pageSchema(40, 80);

/** Featured accounts: `pin`/`unpin` on an account, and the lists Mastodon apps read. */
export function mountEndorsementsRoutes(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    endorsements: EndorsementsService;
    repo: EndorsementsRepository;
    relationships: Pick<RelationshipsService, 'relationships'>;
    ctx: SerializerContext;
    openapi: OpenApiRegistry;
  },
): void {
  const { db, endorsements, repo, relationships, ctx, openapi } = deps;

  function failure(c: Context<AppEnv>, error: EndorsementError): Response {
    switch (error.kind) {
      case 'not_found':
        return apiError(c, 'not_found');
      case 'invalid':
        return apiError(c, 'validation_failed', error.message);
      default: {
        const unexpected: never = error;
        throw new Error(`unexpected endorsement error ${String(unexpected)}`);
      }
    }
  }

  /** The relationship after the change, `endorsed` included; 404 for an account one cannot see. */
  async function relationship(viewerId: string, targetId: string) {
    const [state] = await relationships.relationships(viewerId, [targetId]);
    if (!state) return null;
    const endorsed = await repo.endorsedAmong(viewerId, [targetId]);
    return { ...serializeRelationship(state), endorsed: endorsed.has(targetId) };
  }

  const page = async (c: Context<AppEnv>, accountId: string, viewerId: string | null) => {
    const parsed = parseQuery(c, listQuery);
    if (!parsed.ok) return parsed.response;
    const rows = await repo.list(accountId, viewerId, toPageParams(parsed.value));
    setLinkHeader(c, rows[0]?.cursor, rows.at(-1)?.cursor);
    return c.json(rows.map(({ cursor: _cursor, ...a }) => serializeAccount(a, ctx)));
  };

  openapi.register({
    method: 'post',
    path: '/api/v1/accounts/:id/pin',
    summary: 'Feature an account you follow on your profile',
    tag: 'accounts',
  });
  app.post('/api/v1/accounts/:id{[0-9]+}/pin', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const id = c.req.param('id');
    if (!(await relationship(viewer.accountId, id))) return failure(c, { kind: 'not_found' });
    const done = await endorsements.endorse(viewer.accountId, id);
    if (!done.ok) return failure(c, done.error);
    return c.json(await relationship(viewer.accountId, id));
  });

  openapi.register({
    method: 'post',
    path: '/api/v1/accounts/:id/unpin',
    summary: 'Stop featuring an account on your profile',
    tag: 'accounts',
  });
  app.post('/api/v1/accounts/:id{[0-9]+}/unpin', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const id = c.req.param('id');
    await endorsements.unendorse(viewer.accountId, id);
    const after = await relationship(viewer.accountId, id);
    return after ? c.json(after) : failure(c, { kind: 'not_found' });
  });

  openapi.register({
    method: 'get',
    path: '/api/v1/endorsements',
    summary: 'The accounts you feature on your profile',
    tag: 'accounts',
    query: listQuery,
  });
  app.get('/api/v1/endorsements', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    return page(c, viewer.accountId, viewer.accountId);
  });

  openapi.register({
    method: 'get',
    path: '/api/v1/accounts/:id/endorsements',
    summary: 'The accounts someone features on their profile',
    tag: 'accounts',
    query: listQuery,
  });
  app.get('/api/v1/accounts/:id{[0-9]+}/endorsements', async (c) => {
    const id = c.req.param('id');
    const owner = await db
      .selectFrom('accounts as a')
      .select('a.id')
      .where('a.id', '=', id)
      .where('a.deleted_at', 'is', null)
      .where(notSuspended('a'))
      .executeTakeFirst();
    const viewerId = c.get('viewer')?.accountId ?? null;
    if (!owner) return failure(c, { kind: 'not_found' });
    if (viewerId && !(await relationships.relationships(viewerId, [id])).length) {
      return failure(c, { kind: 'not_found' });
    }
    return page(c, id, viewerId);
  });
}
