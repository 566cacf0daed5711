import type { Hono } from 'hono';
import { z } from 'zod';
import {
  type SerializerContext,
  serializeAccount,
  serializeCredentialAccount,
} from '../api/mastodon/account.serializer.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { formBoolean, parseBody, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { ProfileService } from './profile.service.ts';

const ID = ':id{[0-9]{1,20}}';

const updateCredentialsSchema = z.object({
  display_name: z.string().max(30).optional(),
  note: z.string().max(500).optional(),
  locked: formBoolean.optional(),
  bot: formBoolean.optional(),
  discoverable: formBoolean.optional(),
  source: z
    .object({
      privacy: z.enum(['public', 'unlisted', 'private', 'direct']).optional(),
      language: z
        .string()
        .regex(/^[a-z]{2,3}$/)
        .optional(),
      sensitive: formBoolean.optional(),
    })
    .optional(),
});

const lookupSchema = z.object({ acct: z.string().min(1).max(300) });
const searchSchema = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce
    .number()
    .int()
    .optional()
    .transform((n) => Math.min(Math.max(n ?? 40, 1), 80)),
  offset: z.coerce.number().int().min(0).max(10_000).optional(),
  resolve: z.string().optional(),
});
const intentionSchema = z.object({ intention: z.string().max(500) });
const preferencesSchema = z.object({ ui_language: z.enum(['fr', 'en']).optional() });

/** Profiles: one's own (credentials, intention, preferences) and other people's. */
export function mountAccountRoutes(
  app: Hono<AppEnv>,
  profiles: ProfileService,
  ctx: SerializerContext,
  registry: OpenApiRegistry,
): void {
  const credentialJson = (c: Awaited<ReturnType<ProfileService['credentials']>>) =>
    serializeCredentialAccount(c.account, c.user, c.followRequestsCount, ctx);

  app.get('/api/v1/accounts/verify_credentials', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    return c.json(credentialJson(await profiles.credentials(viewer.accountId)));
  });
  registry.register({
    method: 'get',
    path: '/api/v1/accounts/verify_credentials',
    summary: 'The signed-in account, with its source and role',
    tag: 'accounts',
  });

  app.patch('/api/v1/accounts/update_credentials', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, updateCredentialsSchema);
    if (!parsed.ok) return parsed.response;
    return c.json(credentialJson(await profiles.updateCredentials(viewer.accountId, parsed.value)));
  });
  registry.register({
    method: 'patch',
    path: '/api/v1/accounts/update_credentials',
    summary: 'Edit one’s profile',
    tag: 'accounts',
    body: updateCredentialsSchema,
  });

  app.get('/api/v1/accounts/lookup', async (c) => {
    const parsed = parseQuery(c, lookupSchema);
    if (!parsed.ok) return parsed.response;
    const account = await profiles.lookup(c.get('viewer')?.accountId ?? null, parsed.value.acct);
    return account ? c.json(serializeAccount(account, ctx)) : apiError(c, 'not_found');
  });
  registry.register({
    method: 'get',
    path: '/api/v1/accounts/lookup',
    summary: 'Find an account by its acct (user or user@domain)',
    tag: 'accounts',
    auth: false,
    query: lookupSchema,
  });

  app.get('/api/v1/accounts/search', async (c) => {
    const parsed = parseQuery(c, searchSchema);
    if (!parsed.ok) return parsed.response;
    const { q, limit, offset } = parsed.value;
    const found = await profiles.search(c.get('viewer')?.accountId ?? null, q, limit, offset ?? 0);
    return c.json(found.map((a) => serializeAccount(a, ctx)));
  });
  registry.register({
    method: 'get',
    path: '/api/v1/accounts/search',
    summary: 'Accounts whose username or display name starts with q (for mentions)',
    tag: 'accounts',
    auth: false,
    query: searchSchema,
  });

  app.get(`/api/v1/accounts/${ID}`, async (c) => {
    const account = await profiles.visibleAccount(
      c.get('viewer')?.accountId ?? null,
      c.req.param('id'),
    );
    return account ? c.json(serializeAccount(account, ctx)) : apiError(c, 'not_found');
  });
  registry.register({
    method: 'get',
    path: `/api/v1/accounts/${ID}`,
    summary: 'One account',
    tag: 'accounts',
    auth: false,
  });

  app.get(`/api/empathie/v1/accounts/${ID}/intention`, async (c) => {
    const account = await profiles.visibleAccount(
      c.get('viewer')?.accountId ?? null,
      c.req.param('id'),
    );
    return account ? c.json({ intention: account.intention }) : apiError(c, 'not_found');
  });
  registry.register({
    method: 'get',
    path: `/api/empathie/v1/accounts/${ID}/intention`,
    summary: 'Why this person is here, what they love to share',
    tag: 'empathie',
    auth: false,
  });

  app.put('/api/empathie/v1/intention', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, intentionSchema);
    if (!parsed.ok) return parsed.response;
    return c.json({
      intention: await profiles.setIntention(viewer.accountId, parsed.value.intention),
    });
  });
  registry.register({
    method: 'put',
    path: '/api/empathie/v1/intention',
    summary: 'Set one’s intention (500 characters at most)',
    tag: 'empathie',
    body: intentionSchema,
  });

  app.get('/api/empathie/v1/preferences', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const { ui_language } = await profiles.preferences(viewer.accountId);
    return c.json({ ui_language });
  });
  app.patch('/api/empathie/v1/preferences', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, preferencesSchema);
    if (!parsed.ok) return parsed.response;
    const { ui_language } = await profiles.updatePreferences(viewer.accountId, parsed.value);
    return c.json({ ui_language });
  });
  registry.register({
    method: 'get',
    path: '/api/empathie/v1/preferences',
    summary: 'The interface language',
    tag: 'empathie',
  });
  registry.register({
    method: 'patch',
    path: '/api/empathie/v1/preferences',
    summary: 'Change the interface language',
    tag: 'empathie',
    body: preferencesSchema,
  });

  app.get('/api/v1/preferences', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const { user } = await profiles.preferences(viewer.accountId);
    return c.json({
      'posting:default:visibility': user.default_visibility,
      'posting:default:sensitive': user.default_sensitive === 1,
      'posting:default:language': user.default_language,
      'reading:expand:media': 'default',
      'reading:expand:spoilers': false,
    });
  });
  registry.register({
    method: 'get',
    path: '/api/v1/preferences',
    summary: 'Posting and reading preferences (Mastodon)',
    tag: 'accounts',
  });
}
