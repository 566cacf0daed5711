import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { countApprovedUsers, findAdminAccount } from '../accounts/accounts.repository.ts';
import { type SerializerContext, serializeAccount } from '../api/mastodon/account.serializer.ts';
import { MASTODON_MEDIA_LIMITS } from '../api/mastodon/media-attachment.serializer.ts';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/schema.ts';
import type { AppEnv } from '../http/auth.ts';
import { langOf } from '../http/language.ts';
import { MAX_MEDIA_PER_POST } from '../media/media.service.ts';
import { currentRules } from '../moderation/rules.repository.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { POLL_LIMITS } from '../polls/poll-rules.ts';
import type { Clock } from '../shared/clock.ts';
import { streamingUrl } from '../streaming/streams.ts';
import { MAX_FEATURED_TAGS } from '../tags/featured-tags.service.ts';
import { DESCRIPTION, INSTANCE_TITLE, SHORT_DESCRIPTION } from './instance.text.ts';
import { instanceActivityRepository } from './instance-activity.repository.ts';
import { mountInstanceExtras } from './instance-extras.routes.ts';
import type { InstanceSettingsStore } from './instance-settings.ts';

const VERSION = '4.2.0 (compatible; Empathie 0.1.0)';
const STATS_TTL_MS = 5 * 60_000;

/**
 * Counting posts is a scan, so the numbers are kept for a few minutes per process: the instance
 * page is asked for often (every client start) and nobody needs the exact count.
 */
function cachedStats(db: Kysely<Database>, clock: Clock) {
  let cached: { at: number; users: number; statuses: number } | null = null;
  return async () => {
    const now = clock.now().getTime();
    if (cached && now - cached.at < STATS_TTL_MS) return cached;
    const users = await countApprovedUsers(db);
    const posts = await db
      .selectFrom('accounts')
      .select((eb) => eb.fn.sum<number | string | null>('statuses_count').as('n'))
      .where('domain', 'is', null)
      .executeTakeFirstOrThrow();
    cached = { at: now, users, statuses: Number(posts.n ?? 0) };
    return cached;
  };
}

export function mountInstanceRoutes(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    clock: Clock;
    config: Config;
    settings: InstanceSettingsStore;
    ctx: SerializerContext;
    openapi: OpenApiRegistry;
    /** The instance's VAPID public key (Web Push, ADR 0023). */
    vapidKey: () => Promise<string>;
  },
): void {
  const { db, clock, config, settings, ctx, openapi } = deps;
  const stats = cachedStats(db, clock);

  const common = async () => {
    const current = await settings.get();
    const admin = await findAdminAccount(db);
    const rules = await currentRules(db);
    return {
      current,
      rules,
      contact: admin ? serializeAccount(admin, ctx) : null,
      statuses: {
        max_characters: current.maxPostChars,
        max_media_attachments: MAX_MEDIA_PER_POST,
        characters_reserved_per_url: 23,
      },
      // Both languages, for clients that know Empathie; Mastodon fields follow the request.
      empathie: {
        description: DESCRIPTION,
        rules: rules.map((r) => ({ id: r.id, text: r.text, hint: r.hint })),
        short_post_chars: 280,
        // Shown with the rules and at sign-up: accounts that post automatically must say so.
        bots_must_declare: current.botsMustDeclare,
      },
    };
  };

  app.get('/api/v1/instance', async (c) => {
    const lang = langOf(c);
    const { current, contact, statuses, empathie, rules } = await common();
    const counts = await stats();
    return c.json({
      uri: config.domain,
      title: INSTANCE_TITLE,
      short_description: SHORT_DESCRIPTION[lang],
      description: DESCRIPTION[lang],
      email: '',
      version: VERSION,
      urls: { streaming_api: streamingUrl(config.publicUrl) },
      stats: { user_count: counts.users, status_count: counts.statuses, domain_count: 0 },
      thumbnail: null,
      languages: ['fr', 'en'],
      registrations: current.registrationMode !== 'invite',
      approval_required: current.registrationMode === 'approval',
      invites_enabled: true,
      configuration: {
        accounts: { max_featured_tags: MAX_FEATURED_TAGS },
        statuses,
        media_attachments: MASTODON_MEDIA_LIMITS,
        polls: {
          max_options: POLL_LIMITS.maxOptions,
          max_characters_per_option: POLL_LIMITS.maxCharactersPerOption,
          min_expiration: POLL_LIMITS.minExpiration,
          max_expiration: POLL_LIMITS.maxExpiration,
        },
      },
      contact_account: contact,
      rules: rules.map((r) => ({ id: r.id, text: r.text[lang] })),
      empathie,
    });
  });

  app.get('/api/v2/instance', async (c) => {
    const lang = langOf(c);
    const { current, contact, statuses, empathie, rules } = await common();
    const counts = await stats();
    return c.json({
      domain: config.domain,
      title: INSTANCE_TITLE,
      version: VERSION,
      source_url: config.sourceUrl,
      description: DESCRIPTION[lang],
      usage: { users: { active_month: counts.users } },
      thumbnail: { url: `${config.publicUrl}/avatars/header.svg` },
      languages: ['fr', 'en'],
      configuration: {
        urls: { streaming: streamingUrl(config.publicUrl) },
        accounts: { max_featured_tags: MAX_FEATURED_TAGS, max_pinned_statuses: 5 },
        statuses,
        media_attachments: MASTODON_MEDIA_LIMITS,
        polls: {
          max_options: POLL_LIMITS.maxOptions,
          max_characters_per_option: POLL_LIMITS.maxCharactersPerOption,
          min_expiration: POLL_LIMITS.minExpiration,
          max_expiration: POLL_LIMITS.maxExpiration,
        },
        translation: { enabled: false },
        vapid: { public_key: await deps.vapidKey() },
      },
      registrations: {
        enabled: current.registrationMode !== 'invite',
        approval_required: current.registrationMode === 'approval',
        message: null,
        url: null,
      },
      contact: { email: '', account: contact },
      rules: rules.map((r) => ({ id: r.id, text: r.text[lang], hint: r.hint[lang] })),
      empathie,
    });
  });

  app.get('/api/v1/custom_emojis', (c) => c.json([]));
  mountInstanceExtras(app, {
    config,
    clock,
    settings,
    activity: instanceActivityRepository(db),
    countUsers: () => countApprovedUsers(db),
    openapi,
  });

  for (const [path, summary] of [
    ['/api/v1/instance', 'This instance (Mastodon v1 shape)'],
    ['/api/v2/instance', 'This instance (Mastodon v2 shape)'],
    ['/api/v1/custom_emojis', 'Custom emojis (none)'],
  ] as const) {
    openapi.register({ method: 'get', path, summary, tag: 'instance', auth: false });
  }
}
