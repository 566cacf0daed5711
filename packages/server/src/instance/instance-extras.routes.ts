import type { Hono } from 'hono';
import type { Config } from '../config/config.ts';
import type { AppEnv } from '../http/auth.ts';
import { langOf } from '../http/language.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { languageCodes } from '../posts/languages.ts';
import type { Clock } from '../shared/clock.ts';
import { DESCRIPTION } from './instance.text.ts';
import type { InstanceActivityRepository } from './instance-activity.repository.ts';
import type { InstanceSettingsStore } from './instance-settings.ts';

const NODEINFO_21 = 'http://nodeinfo.diaspora.software/ns/schema/2.1';
const WEEK_MS = 7 * 24 * 3600 * 1000;
const CACHE_MS = 3600 * 1000;
const SOFTWARE_VERSION = '0.1.0';
/** The Mastodon release whose client API this one follows (see `/api/v1/instance`). */
const MASTODON_API_VERSION = '4.2.0';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Keeps an expensive answer for an hour per process: these figures need not be live. */
function hourly<T>(clock: Clock, compute: () => Promise<T>): () => Promise<T> {
  let cached: { at: number; value: T } | null = null;
  return async () => {
    const now = clock.now().getTime();
    if (cached && now - cached.at < CACHE_MS) return cached.value;
    cached = { at: now, value: await compute() };
    return cached.value;
  };
}

/** The start of the ISO week (Monday, 00:00 UTC) holding `date`. */
function weekStart(date: Date): Date {
  const day = (date.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day));
}

/**
 * What clients and crawlers read about the instance besides `/api/v{1,2}/instance`: NodeInfo 2.1
 * (how apps such as megalodon recognise the server), the extended description, peers and weekly
 * activity, as Mastodon answers them.
 */
export function mountInstanceExtras(
  app: Hono<AppEnv>,
  deps: {
    config: Config;
    clock: Clock;
    settings: InstanceSettingsStore;
    activity: InstanceActivityRepository;
    countUsers: () => Promise<number>;
    openapi: OpenApiRegistry;
  },
): void {
  const { config, clock, settings, activity, openapi } = deps;

  const usage = hourly(clock, async () => {
    const now = clock.now();
    const [total, activeMonth, activeHalfyear, localPosts] = await Promise.all([
      deps.countUsers(),
      activity.localPostersSince(new Date(now.getTime() - 30 * 24 * 3600 * 1000)),
      activity.localPostersSince(new Date(now.getTime() - 180 * 24 * 3600 * 1000)),
      activity.postsBetween(new Date(0), new Date(now.getTime() + 1)),
    ]);
    return { users: { total, activeMonth, activeHalfyear }, localPosts };
  });

  const weeks = hourly(clock, async () => {
    const first = weekStart(clock.now());
    const out: Array<{ week: string; statuses: string; logins: string; registrations: string }> =
      [];
    for (let i = 0; i < 12; i++) {
      const from = new Date(first.getTime() - i * WEEK_MS);
      const to = new Date(from.getTime() + WEEK_MS);
      out.push({
        week: String(Math.floor(from.getTime() / 1000)),
        statuses: String(await activity.postsBetween(from, to)),
        // Log-ins are not recorded (a session's last use is kept to the hour, per token, and
        // never as a history): this figure stays 0 rather than a guess.
        logins: '0',
        registrations: String(await activity.localSignUpsBetween(from, to)),
      });
    }
    return out;
  });

  // JSON links, never the web app's HTML: clients detect the server's kind from here.
  app.get('/.well-known/nodeinfo', (c) =>
    c.json({ links: [{ rel: NODEINFO_21, href: `${config.publicUrl}/nodeinfo/2.1` }] }),
  );

  app.get('/nodeinfo/2.1', async (c) => {
    const current = await settings.get();
    c.header('Content-Type', `application/json; profile="${NODEINFO_21}#"`);
    return c.body(
      JSON.stringify({
        version: '2.1',
        software: {
          name: 'empathie',
          version: SOFTWARE_VERSION,
          ...(config.sourceUrl ? { repository: config.sourceUrl } : {}),
        },
        protocols: ['activitypub'],
        services: { inbound: [], outbound: [] },
        openRegistrations: current.registrationMode === 'open',
        usage: await usage(),
        metadata: {
          nodeName: 'Empathie',
          nodeDescription: DESCRIPTION.en,
          // The client API is Mastodon's: apps such as Whalebird (megalodon) read this to pick
          // their Mastodon client for a server whose software they do not know by name.
          upstream: { name: 'mastodon', version: MASTODON_API_VERSION },
        },
      }),
    );
  });

  app.get('/api/v1/instance/extended_description', (c) => {
    const text = DESCRIPTION[langOf(c)];
    return c.json({
      // The text ships with the code: it changes with a release, not at run time.
      updated_at: null,
      content: `<p>${escapeHtml(text)}</p>`,
    });
  });

  // The servers people here have met through federation; kept an hour like the other figures.
  const peers = hourly(clock, () => activity.knownDomains());
  app.get('/api/v1/instance/peers', async (c) => c.json(await peers()));

  app.get('/api/v1/instance/activity', async (c) => c.json(await weeks()));

  // Every language a post may be tagged with, named in English as Mastodon does (apps translate
  // the names themselves); built once, from the list the posts domain validates against.
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
  const languages = languageCodes().map((code) => ({ code, name: names.of(code) ?? code }));
  app.get('/api/v1/instance/languages', (c) => c.json(languages));

  // No translation service: a post's text is never sent to a third party (principle 6), so
  // apps are told that no pair of languages can be translated here.
  app.get('/api/v1/instance/translation_languages', (c) => c.json({}));

  for (const [path, summary] of [
    ['/api/v1/instance/extended_description', 'The instance’s longer description (HTML)'],
    ['/api/v1/instance/peers', 'Servers this one knows people on (updated hourly)'],
    [
      '/api/v1/instance/activity',
      'Posts and sign-ups per week, last 12 weeks (log-ins are not recorded: 0)',
    ],
    ['/api/v1/instance/languages', 'Languages a post may be written in (ISO 639-1, English names)'],
    [
      '/api/v1/instance/translation_languages',
      'Translation pairs: none, since no text is sent to a translation service',
    ],
  ] as const) {
    openapi.register({ method: 'get', path, summary, tag: 'instance', auth: false });
  }
}
