import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { serializeAccount } from '../api/mastodon/account.serializer.ts';
import type { Database } from '../db/schema.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { parseBody, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { visibleTo } from '../policy/visibility.ts';
import { findAccountsByIds } from '../posts/posts.repository.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import type { Clock } from '../shared/clock.ts';
import {
  findNotificationPolicy,
  POLICY_FIELDS,
  saveNotificationPolicy,
} from './notification-policy.repository.ts';
import {
  acceptRequest,
  dismissRequest,
  findRequest,
  listRequests,
  type NotificationRequestRow,
  pendingBySender,
  requestSummary,
} from './notification-requests.repository.ts';

const outcome = z.enum(['accept', 'filter', 'drop']).optional();
const policySchema = z.object({
  for_not_following: outcome,
  for_not_followers: outcome,
  for_new_accounts: outcome,
  for_private_mentions: outcome,
  for_limited_accounts: outcome,
});
const idList = z.object({
  id: z.preprocess(
    (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]),
    z
      .array(z.string().regex(/^\d{1,20}$/))
      .min(1)
      .max(100),
  ),
});

/**
 * Mastodon's notification policy for strangers (`/api/v2/notifications/policy`) and the
 * notification requests it fills (`/api/v1/notifications/requests`). The decision itself is the
 * policy module's (`reach`); these routes read and change a person's own settings only.
 */
export function mountNotificationPolicyRoutes(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    clock: Clock;
    present: StatusPresenter;
    publicUrl: string;
    openapi: OpenApiRegistry;
  },
): void {
  const { db, clock, present, openapi } = deps;
  const ctx = { publicUrl: deps.publicUrl };
  const doc = (method: 'get' | 'post' | 'patch', path: string, summary: string, extra = {}) =>
    openapi.register({ method, path, summary, tag: 'notifications', ...extra });

  async function policyJson(accountId: string) {
    const [policy, summary] = await Promise.all([
      findNotificationPolicy(db, accountId),
      requestSummary(db, accountId),
    ]);
    return { ...policy, summary };
  }

  doc('get', '/api/v2/notifications/policy', 'Your notification policy for strangers');
  app.get('/api/v2/notifications/policy', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    return c.json(await policyJson(viewer.accountId));
  });

  doc('patch', '/api/v2/notifications/policy', 'Change your notification policy', {
    body: policySchema,
  });
  app.patch('/api/v2/notifications/policy', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, policySchema);
    if (!parsed.ok) return parsed.response;
    const policy = await findNotificationPolicy(db, viewer.accountId);
    for (const field of POLICY_FIELDS) {
      const value = parsed.value[field];
      if (value) policy[field] = value;
    }
    await saveNotificationPolicy(db, viewer.accountId, policy, clock.now().toISOString());
    return c.json(await policyJson(viewer.accountId));
  });

  /** Requests → Mastodon's NotificationRequest: the sender, the count, the newest post. */
  async function serialize(rows: NotificationRequestRow[], viewerId: string) {
    const senders = [...new Set(rows.map((r) => r.from_account_id))];
    const [accounts, pending] = await Promise.all([
      findAccountsByIds(db, senders),
      pendingBySender(db, viewerId, senders),
    ]);
    const postIds = [...pending.values()].flatMap((p) => (p.lastPostId ? [p.lastPostId] : []));
    const posts =
      postIds.length === 0
        ? []
        : await db
            .selectFrom('posts as p')
            .selectAll('p')
            .where('p.id', 'in', postIds)
            .where(visibleTo(viewerId, 'p'))
            .execute();
    const statuses = new Map((await present(posts, viewerId)).map((s) => [s.id, s]));
    const accountById = new Map(accounts.map((a) => [a.id, a]));
    return rows.flatMap((r) => {
      const account = accountById.get(r.from_account_id);
      if (!account || account.deleted_at) return [];
      const waiting = pending.get(r.from_account_id);
      return [
        {
          id: r.id,
          created_at: r.created_at,
          updated_at: r.updated_at,
          account: serializeAccount(account, ctx),
          // Mastodon sends the count as a string.
          notifications_count: String(waiting?.count ?? 0),
          last_status: (waiting?.lastPostId && statuses.get(waiting.lastPostId)) || null,
        },
      ];
    });
  }

  const listQuery = pageSchema(40, 80);
  doc('get', '/api/v1/notifications/requests', 'Senders whose notifications wait for you', {
    query: listQuery,
  });
  app.get('/api/v1/notifications/requests', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, listQuery);
    if (!parsed.ok) return parsed.response;
    const rows = await listRequests(db, viewer.accountId, toPageParams(parsed.value));
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(await serialize(rows, viewer.accountId));
  });

  const own = (viewerId: string, id: string) => findRequest(db, viewerId, id);

  doc('get', '/api/v1/notifications/requests/:id', 'One notification request');
  app.get('/api/v1/notifications/requests/:id{[0-9]+}', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const row = await own(viewer.accountId, c.req.param('id'));
    const [out] = row ? await serialize([row], viewer.accountId) : [];
    return out ? c.json(out) : apiError(c, 'not_found');
  });

  for (const action of ['accept', 'dismiss'] as const) {
    const apply = (row: NotificationRequestRow) =>
      action === 'accept'
        ? acceptRequest(db, row, clock.now().toISOString())
        : dismissRequest(db, row);
    doc(
      'post',
      `/api/v1/notifications/requests/:id/${action}`,
      action === 'accept'
        ? 'Let this sender’s notifications through, now and later'
        : 'Delete this sender’s waiting notifications',
    );
    app.post(`/api/v1/notifications/requests/:id{[0-9]+}/${action}`, async (c) => {
      const viewer = requireViewer(c);
      if (viewer instanceof Response) return viewer;
      const row = await own(viewer.accountId, c.req.param('id'));
      if (!row) return apiError(c, 'not_found');
      await apply(row);
      return c.json({});
    });

    doc('post', `/api/v1/notifications/requests/${action}`, `${action} several requests`, {
      body: idList,
    });
    app.post(`/api/v1/notifications/requests/${action}`, async (c) => {
      const viewer = requireViewer(c);
      if (viewer instanceof Response) return viewer;
      const parsed = await parseBody(c, idList);
      if (!parsed.ok) return parsed.response;
      // Someone else's request id is skipped, as an unknown one: never touched, never revealed.
      for (const id of new Set(parsed.value.id)) {
        const row = await own(viewer.accountId, id);
        if (row) await apply(row);
      }
      return c.json({});
    });
  }
}
