import type { Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ProfileService } from '../accounts/profile.service.ts';
import { type SerializerContext, serializeAccount } from '../api/mastodon/account.serializer.ts';
import { serializeRelationship } from '../api/mastodon/relationship.serializer.ts';
import type { Database } from '../db/schema.ts';
import { endorsementsRepository } from '../endorsements/endorsements.repository.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { formBoolean, parseBody, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { Result } from '../shared/result.ts';
import { pageRelatedAccounts } from './relationships.repository.ts';
import type {
  RelationshipError,
  RelationshipState,
  RelationshipsService,
} from './relationships.service.ts';

const ID = ':id{[0-9]{1,20}}';
const accountPage = pageSchema(40, 80);
const relationshipsQuery = z.object({
  id: z.preprocess(
    (v) => (typeof v === 'string' ? [v] : v),
    z.array(z.string().regex(/^\d{1,20}$/)).max(80),
  ),
});
const followBody = z.object({
  reblogs: formBoolean.optional(),
  notify: formBoolean.optional(),
  languages: z.array(z.string().max(8)).max(20).optional(),
});
const muteBody = z.object({
  notifications: formBoolean.optional(),
  duration: z.coerce
    .number()
    .int()
    .min(0)
    .max(0, { message: 'temporary mutes are not supported yet' })
    .optional(),
});

const SELF_MESSAGE = {
  fr: 'Cette action ne peut pas vous viser vous-même.',
  en: 'You cannot do this to yourself.',
};
const BLOCKING_MESSAGE = {
  fr: 'Vous bloquez cette personne : débloquez-la d’abord pour la suivre.',
  en: 'You are blocking this person: unblock them first to follow them.',
};

function answer(c: Context<AppEnv>, outcome: Result<RelationshipState, RelationshipError>) {
  if (outcome.ok) return c.json(serializeRelationship(outcome.value));
  switch (outcome.error) {
    case 'not_found':
      return apiError(c, 'not_found');
    case 'self':
      return apiError(c, 'forbidden', SELF_MESSAGE);
    case 'blocking':
      return apiError(c, 'forbidden', BLOCKING_MESSAGE);
  }
}

/** Follow, block, mute and their lists. */
export function mountRelationshipRoutes(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    relationships: RelationshipsService;
    profiles: ProfileService;
    ctx: SerializerContext;
    openapi: OpenApiRegistry;
  },
): void {
  const { db, relationships, profiles, ctx, openapi } = deps;

  app.get('/api/v1/accounts/relationships', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, relationshipsQuery);
    if (!parsed.ok) return parsed.response;
    const states = await relationships.relationships(viewer.accountId, parsed.value.id);
    // Whom the viewer features on their profile (endorsements/): the one field kept elsewhere.
    const endorsed = await endorsementsRepository(db).endorsedAmong(
      viewer.accountId,
      states.map((s) => s.id),
    );
    return c.json(
      states.map((s) => ({ ...serializeRelationship(s), endorsed: endorsed.has(s.id) })),
    );
  });
  openapi.register({
    method: 'get',
    path: '/api/v1/accounts/relationships',
    summary: 'Relationships with the given accounts (id[]=…)',
    tag: 'relationships',
    query: relationshipsQuery,
  });

  const action = (
    name: string,
    summary: string,
    run: (
      viewerId: string,
      targetId: string,
      c: Context<AppEnv>,
    ) => Promise<Response | Result<RelationshipState, RelationshipError>>,
    body?: z.ZodType,
  ) => {
    app.post(`/api/v1/accounts/${ID}/${name}`, async (c) => {
      const viewer = requireViewer(c);
      if (viewer instanceof Response) return viewer;
      const outcome = await run(viewer.accountId, c.req.param('id'), c);
      return outcome instanceof Response ? outcome : answer(c, outcome);
    });
    openapi.register({
      method: 'post',
      path: `/api/v1/accounts/${ID}/${name}`,
      summary,
      tag: 'relationships',
      ...(body ? { body } : {}),
    });
  };

  action(
    'follow',
    'Follow (or ask to follow a locked account)',
    async (viewerId, targetId, c) => {
      const parsed = await parseBody(c, followBody);
      if (!parsed.ok) return parsed.response;
      return relationships.follow(viewerId, targetId);
    },
    followBody,
  );
  action('unfollow', 'Stop following, or withdraw a request', (v, t) =>
    relationships.unfollow(v, t),
  );
  action('block', 'Block: also ends follows both ways', (v, t) => relationships.block(v, t));
  action('unblock', 'Unblock', (v, t) => relationships.unblock(v, t));
  action(
    'mute',
    'Mute (notifications=false keeps their notifications)',
    async (viewerId, targetId, c) => {
      const parsed = await parseBody(c, muteBody);
      if (!parsed.ok) return parsed.response;
      return relationships.mute(viewerId, targetId, parsed.value.notifications ?? true);
    },
    muteBody,
  );
  action('unmute', 'Unmute', (v, t) => relationships.unmute(v, t));

  for (const [name, table, side, summary] of [
    ['followers', 'follows', 'sources', 'Who follows this account'],
    ['following', 'follows', 'targets', 'Whom this account follows'],
  ] as const) {
    app.get(`/api/v1/accounts/${ID}/${name}`, async (c) => {
      const parsed = parseQuery(c, accountPage);
      if (!parsed.ok) return parsed.response;
      const viewerId = c.get('viewer')?.accountId ?? null;
      const account = await profiles.visibleAccount(viewerId, c.req.param('id'));
      if (!account) return apiError(c, 'not_found');
      const rows = await pageRelatedAccounts(
        db,
        table,
        side,
        account.id,
        viewerId,
        toPageParams(parsed.value),
      );
      setLinkHeader(c, rows[0]?.cursor, rows.at(-1)?.cursor);
      return c.json(rows.map((r) => serializeAccount(r.account, ctx)));
    });
    openapi.register({
      method: 'get',
      path: `/api/v1/accounts/${ID}/${name}`,
      summary,
      tag: 'relationships',
      auth: false,
      query: accountPage,
    });
  }

  // One's own lists: who asks to follow me, whom I block, whom I mute.
  for (const [path, table, side, summary] of [
    ['/api/v1/follow_requests', 'follow_requests', 'sources', 'People asking to follow you'],
    ['/api/v1/blocks', 'blocks', 'targets', 'Accounts you block'],
    ['/api/v1/mutes', 'mutes', 'targets', 'Accounts you mute'],
  ] as const) {
    app.get(path, async (c) => {
      const viewer = requireViewer(c);
      if (viewer instanceof Response) return viewer;
      const parsed = parseQuery(c, accountPage);
      if (!parsed.ok) return parsed.response;
      const rows = await pageRelatedAccounts(
        db,
        table,
        side,
        viewer.accountId,
        // A request from someone who blocks you cannot exist (a block removes it); the people
        // you block or mute stay listed even if they block you, so you can undo it.
        null,
        toPageParams(parsed.value),
      );
      setLinkHeader(c, rows[0]?.cursor, rows.at(-1)?.cursor);
      return c.json(rows.map((r) => serializeAccount(r.account, ctx)));
    });
    openapi.register({ method: 'get', path, summary, tag: 'relationships', query: accountPage });
  }

  for (const name of ['authorize', 'reject'] as const) {
    app.post(`/api/v1/follow_requests/${ID}/${name}`, async (c) => {
      const viewer = requireViewer(c);
      if (viewer instanceof Response) return viewer;
      return answer(c, await relationships[name](viewer.accountId, c.req.param('id')));
    });
    openapi.register({
      method: 'post',
      path: `/api/v1/follow_requests/${ID}/${name}`,
      summary: name === 'authorize' ? 'Accept a follow request' : 'Decline a follow request',
      tag: 'relationships',
    });
  }
}
