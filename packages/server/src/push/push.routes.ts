import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { parseBody } from '../http/params.ts';
import { webSessionToken } from '../http/web-session.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { PushSubscriptionRow } from './push.repository.ts';
import type { PushError, PushService } from './push.service.ts';
import { ALERT_NAMES, type AlertName, alertsJson, parseAlerts } from './push-alerts.ts';

const bool = z.preprocess(
  (v) => (v === 'true' || v === '1' ? true : v === 'false' || v === '0' ? false : v),
  z.boolean(),
);
const alertsSchema = z
  .object(Object.fromEntries(ALERT_NAMES.map((name) => [name, bool.optional()])))
  .partial();
const policySchema = z.enum(['all', 'followed', 'follower', 'none']);
const dataSchema = z.object({ alerts: alertsSchema.optional(), policy: policySchema.optional() });

/**
 * Forms carry `subscription[keys][p256dh]` and `data[alerts][mention]`, two levels deep, which
 * the shared form reader keeps as flat keys: fold them into objects (prototype-free).
 */
function foldNested(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const out: Record<string, unknown> = Object.create(null);
  const put = (path: string[], value: unknown) => {
    let node = out;
    for (const [i, key] of path.entries()) {
      if (i === path.length - 1) {
        node[key] = value;
        return;
      }
      const next = Object.hasOwn(node, key) ? node[key] : undefined;
      const child: Record<string, unknown> =
        typeof next === 'object' && next !== null
          ? (next as Record<string, unknown>)
          : Object.create(null);
      node[key] = child;
      node = child;
    }
  };
  for (const [key, value] of Object.entries(input)) {
    const path = key.split(/\]\[|\[|\]/).filter(Boolean);
    if (path.length > 1) put(path, value);
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [sub, inner] of Object.entries(value)) put([key, sub], inner);
    } else put([key], value);
  }
  return out;
}

const createSchema = z.preprocess(
  foldNested,
  z.object({
    subscription: z.object({
      endpoint: z.string().min(1).max(2000),
      keys: z.object({ p256dh: z.string().min(1).max(200), auth: z.string().min(1).max(100) }),
    }),
    data: dataSchema.optional(),
  }),
);
const updateSchema = z.preprocess(foldNested, z.object({ data: dataSchema.optional() }));

function alertsFrom(input: Record<string, boolean | undefined> | undefined) {
  const alerts = new Map<AlertName, boolean>();
  for (const name of ALERT_NAMES) {
    // lookup-safe: names come from ALERT_NAMES; the schema kept only those keys
    const value = input && Object.hasOwn(input, name) ? input[name] : undefined;
    if (value !== undefined) alerts.set(name, value);
  }
  return alerts;
}

/** Mastodon's WebPushSubscription entity. */
function subscriptionJson(row: PushSubscriptionRow, serverKey: string) {
  return {
    id: row.id,
    endpoint: row.endpoint,
    standard: true,
    alerts: alertsJson(parseAlerts(row.alerts)),
    policy: row.policy,
    server_key: serverKey,
  };
}

/** The request's own bearer token (or web session): a push payload carries it, as on Mastodon. */
function presentedToken(c: Context<AppEnv>): string | null {
  const header = c.req.header('authorization');
  if (header) return /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? null;
  return webSessionToken(c);
}

/** Mastodon's `/api/v1/push/subscription`: the subscription of the token that calls. */
export function mountPushRoutes(
  app: Hono<AppEnv>,
  deps: { push: PushService; openapi: OpenApiRegistry },
): void {
  const { push, openapi } = deps;
  const path = '/api/v1/push/subscription';
  const doc = (method: 'get' | 'post' | 'put' | 'delete', summary: string, extra = {}) =>
    openapi.register({ method, path, summary, tag: 'push', ...extra });

  function failure(c: Context<AppEnv>, error: PushError): Response {
    switch (error.kind) {
      case 'not_found':
        return apiError(c, 'not_found', {
          fr: 'Ce jeton n’a pas d’abonnement aux notifications push.',
          en: 'This token has no push subscription.',
        });
      case 'invalid':
        return apiError(c, 'validation_failed', error.message, {
          fields: [{ field: error.field }],
        });
      default: {
        const unexpected: never = error;
        throw new Error(`unexpected push error ${String(unexpected)}`);
      }
    }
  }
  const answer = async (c: Context<AppEnv>, row: PushSubscriptionRow) =>
    c.json(subscriptionJson(row, (await push.vapidKeys()).publicKey));

  doc('post', 'Subscribe this token to Web Push (replaces its previous subscription)', {
    body: createSchema,
  });
  app.post(path, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, createSchema);
    if (!parsed.ok) return parsed.response;
    const token = presentedToken(c);
    if (!token) return apiError(c, 'unauthorized');
    const { subscription, data } = parsed.value;
    const created = await push.subscribe(
      { accountId: viewer.accountId, tokenId: viewer.tokenId, token },
      {
        endpoint: subscription.endpoint,
        p256dh: subscription.keys.p256dh,
        auth: subscription.keys.auth,
        alerts: alertsFrom(data?.alerts),
        policy: data?.policy ?? 'all',
      },
    );
    return created.ok ? answer(c, created.value) : failure(c, created.error);
  });

  doc('get', 'This token’s Web Push subscription');
  app.get(path, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const found = await push.current(viewer.tokenId);
    return found ? answer(c, found) : failure(c, { kind: 'not_found' });
  });

  doc('put', 'Change which notifications this token is pushed', { body: updateSchema });
  app.put(path, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, updateSchema);
    if (!parsed.ok) return parsed.response;
    const { data } = parsed.value;
    const updated = await push.update(viewer.tokenId, {
      alerts: alertsFrom(data?.alerts),
      policy: data?.policy,
    });
    return updated.ok ? answer(c, updated.value) : failure(c, updated.error);
  });

  doc('delete', 'Stop Web Push for this token');
  app.delete(path, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    await push.remove(viewer.tokenId);
    return c.json({});
  });
}
