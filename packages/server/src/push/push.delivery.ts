import { foldNotice } from '../gentle/reason-labels.ts';
import type { Lang } from '../http/language.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import type { Clock } from '../shared/clock.ts';
import type { Logger } from '../shared/logger.ts';
import type { PushRepository } from './push.repository.ts';
import type { PushDeliveryJob, PushService } from './push.service.ts';
import { mastodonType } from './push-alerts.ts';
import { resolvesPublicly } from './push-endpoint.ts';
import { encryptPushMessage, vapidAuthorization } from './web-push.crypto.ts';

/** Push services keep an undelivered message two days (Mastodon's choice too). */
const TTL_SECONDS = 48 * 3600;
const BODY_CHARS = 140;

type PushNotification = NonNullable<Awaited<ReturnType<PushRepository['notification']>>>;

const TITLES = new Map<string, { fr: (n: string) => string; en: (n: string) => string }>([
  ['mention', { fr: (n) => `${n} vous a mentionné·e`, en: (n) => `${n} mentioned you` }],
  ['reply', { fr: (n) => `${n} vous a répondu`, en: (n) => `${n} replied to you` }],
  ['follow', { fr: (n) => `${n} vous suit`, en: (n) => `${n} followed you` }],
  [
    'follow_request',
    { fr: (n) => `${n} demande à vous suivre`, en: (n) => `${n} asked to follow you` },
  ],
  ['favourite', { fr: (n) => `${n} a aimé votre message`, en: (n) => `${n} liked your post` }],
  ['reblog', { fr: (n) => `${n} a partagé votre message`, en: (n) => `${n} shared your post` }],
]);
const OTHER = {
  fr: 'Une nouvelle notification vous attend sur Empathie',
  en: 'A new notification is waiting for you on Empathie',
};

const languageOf = (n: PushNotification): Lang => (n.ui_language === 'en' ? 'en' : 'fr');

/** Mastodon's push payload, in the person's own language. */
export function pushPayload(
  n: PushNotification,
  accessToken: string,
  publicUrl: string,
  /** What the post may show its reader: its text, or only a notice (folded, filtered). */
  shown: { notice: (lang: Lang) => string } | null = null,
): Record<string, string> {
  const lang: Lang = languageOf(n);
  const name = n.display_name.trim() || n.username;
  const title = TITLES.get(n.type)?.[lang](name) ?? OTHER[lang];
  // A content warning is what the person chose to show first: the push shows it, not the text.
  // Line breaks and runs of spaces fold into one space (a notification shows one paragraph);
  // the notice is ours and keeps its typography (French's narrow space before a colon).
  const text = shown
    ? shown.notice(lang)
    : (n.post_spoiler || n.post_text || '').replace(/[ \t\r\n]+/g, ' ').trim();
  const body =
    text.length > BODY_CHARS
      ? `${text.slice(0, BODY_CHARS - 1)}…`
      : text || `@${n.domain ? `${n.username}@${n.domain}` : n.username}`;
  return {
    access_token: accessToken,
    preferred_locale: lang,
    notification_id: n.id,
    notification_type: mastodonType(n.type),
    icon: `${publicUrl}/avatars/default.svg`,
    title,
    body,
  };
}

/** What one delivery attempt came to; a `retry` throws so that the job queue backs off. */
export type DeliveryOutcome = 'sent' | 'gone' | 'skipped';

/**
 * The `push.deliver` job: encrypts the payload to the subscription's keys (RFC 8291), signs a
 * VAPID JWT (RFC 8292) and POSTs it. 404/410 mean the subscription is gone: it is deleted. Any
 * other failure throws, and the job queue retries with backoff.
 */
export function createPushDelivery(deps: {
  repo: PushRepository;
  push: Pick<PushService, 'vapidKeys' | 'wants'>;
  clock: Clock;
  logger: Logger;
  publicUrl: string;
  allowPrivateAddress: boolean;
  /** The post as its recipient would see it in notifications (keyword filters, gentle folding). */
  present: StatusPresenter;
  fetch?: typeof fetch;
}) {
  const { repo, push, clock, logger, publicUrl, allowPrivateAddress, present } = deps;

  /**
   * What the push may say of the post: a hurtful reply folded for its reader shows only the
   * gentle notice, a warning filter only its title; a post the reader's filters hide, or can no
   * longer see, is not pushed at all (`hidden`). The push must never show what the app folds.
   */
  async function showing(
    postId: string | null,
    recipientId: string,
  ): Promise<'hidden' | { notice: (lang: Lang) => string } | null> {
    if (postId === null) return null;
    const row = await repo.post(postId);
    if (!row) return 'hidden';
    const [status] = await present([row], recipientId, { context: 'notifications' });
    if (!status) return 'hidden';
    const reasons = status.empathie?.folded ? (status.empathie.reasons ?? []) : [];
    if (reasons.length > 0) return { notice: (lang) => foldNotice(reasons, lang) };
    const filter = status.filtered[0]?.filter.title;
    if (filter !== undefined) {
      return {
        notice: (lang) =>
          lang === 'fr'
            ? `Masqué par votre filtre « ${filter} »`
            : `Hidden by your filter “${filter}”`,
      };
    }
    return null;
  }
  const send = deps.fetch ?? fetch;

  return async function deliver(job: PushDeliveryJob): Promise<DeliveryOutcome> {
    const sub = await repo.byId(job.subscriptionId);
    if (!sub) return 'skipped';
    if (!(await repo.tokenIsLive(sub.access_token_id))) {
      await repo.remove(sub.id);
      return 'gone';
    }
    const notification = await repo.notification(job.notificationId);
    // Withdrawn since (an undone favourite), or the alerts changed: nothing to say any more.
    if (!notification || !(await push.wants(sub, notification))) return 'skipped';
    if (!(await resolvesPublicly(sub.endpoint, allowPrivateAddress))) {
      throw new Error('push endpoint no longer resolves to a public address');
    }
    const shown = await showing(notification.post_id, notification.account_id);
    if (shown === 'hidden') return 'skipped';
    const payload = pushPayload(notification, sub.access_token, publicUrl, shown);
    const body = encryptPushMessage(Buffer.from(JSON.stringify(payload)), {
      uaPublic: Buffer.from(sub.p256dh, 'base64url'),
      authSecret: Buffer.from(sub.auth, 'base64url'),
    });
    const keys = await push.vapidKeys();
    const calm = notification.type === 'favourite' || notification.type === 'reblog';
    const response = await send(sub.endpoint, {
      method: 'POST',
      // A redirect would lead the server wherever the push service says: never followed.
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
      headers: {
        authorization: vapidAuthorization(sub.endpoint, keys, publicUrl, clock.now()),
        'content-encoding': 'aes128gcm',
        'content-type': 'application/octet-stream',
        ttl: String(TTL_SECONDS),
        // Likes and shares can wait for the phone to wake; the rest is ordinary news.
        urgency: calm ? 'low' : 'normal',
      },
      body,
    });
    await response.body?.cancel();
    if (response.status === 404 || response.status === 410) {
      logger.info('push subscription gone', { subscription: sub.id, status: response.status });
      await repo.remove(sub.id);
      return 'gone';
    }
    if (response.status < 200 || response.status >= 300) {
      throw new Error(`push service answered ${response.status}`);
    }
    return 'sent';
  };
}
