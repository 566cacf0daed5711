import type { Bilingual } from '../http/language.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import type { PushRepository, PushSubscriptionRow } from './push.repository.ts';
import { type AlertName, type Alerts, alertFor, parseAlerts } from './push-alerts.ts';
import { isAcceptableEndpoint } from './push-endpoint.ts';
import { generateVapidKeys, isValidUaPublicKey, type VapidKeys } from './web-push.crypto.ts';

export type PushPolicy = PushSubscriptionRow['policy'];
export const PUSH_QUEUE = 'push.deliver';

export type PushError =
  | { kind: 'not_found' }
  | { kind: 'invalid'; field: string; message: Bilingual };

const BAD_ENDPOINT: Bilingual = {
  fr: 'L’adresse de notification doit être une URL https sur une adresse publique.',
  en: 'The push endpoint must be an https URL on a public address.',
};
const BAD_KEY: Bilingual = {
  fr: 'La clé p256dh doit être une clé publique P-256 (65 octets, base64url).',
  en: 'The p256dh key must be a P-256 public key (65 bytes, base64url).',
};
const BAD_AUTH: Bilingual = {
  fr: 'Le secret auth doit faire 16 octets (base64url).',
  en: 'The auth secret must be 16 bytes (base64url).',
};

/** base64url or base64 (some apps send either); null when it is neither. */
function decodeKey(value: string): Buffer | null {
  if (!/^[A-Za-z0-9_\-+/]+={0,2}$/.test(value)) return null;
  return Buffer.from(value.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''), 'base64url');
}

export interface PushDeliveryJob {
  subscriptionId: string;
  notificationId: string;
}

/**
 * Web Push subscriptions: one per access token, so each app on each device has its own, and a
 * revoked token takes its subscription along. A notification becomes one durable job per
 * subscription whose alerts and policy let it through, so one dead endpoint never delays another.
 */
export function createPushService(deps: {
  repo: PushRepository;
  jobs: JobQueue;
  clock: Clock;
  ids: IdGenerator;
  allowPrivateAddress: boolean;
}) {
  const { repo, jobs, clock, ids, allowPrivateAddress } = deps;

  return {
    vapidKeys: (): Promise<VapidKeys> => repo.vapidKeys(generateVapidKeys),

    current: (tokenId: string) => repo.ofToken(tokenId),

    async subscribe(
      viewer: { accountId: string; tokenId: string; token: string },
      input: { endpoint: string; p256dh: string; auth: string; alerts: Alerts; policy: PushPolicy },
    ): Promise<Result<PushSubscriptionRow, PushError>> {
      if (!isAcceptableEndpoint(input.endpoint, allowPrivateAddress)) {
        return err({ kind: 'invalid', field: 'subscription[endpoint]', message: BAD_ENDPOINT });
      }
      const key = decodeKey(input.p256dh);
      if (!key || !isValidUaPublicKey(key)) {
        return err({ kind: 'invalid', field: 'subscription[keys][p256dh]', message: BAD_KEY });
      }
      const auth = decodeKey(input.auth);
      if (auth?.length !== 16) {
        return err({ kind: 'invalid', field: 'subscription[keys][auth]', message: BAD_AUTH });
      }
      const row: PushSubscriptionRow = {
        id: ids(),
        access_token_id: viewer.tokenId,
        account_id: viewer.accountId,
        endpoint: input.endpoint,
        p256dh: key.toString('base64url'),
        auth: auth.toString('base64url'),
        alerts: JSON.stringify(Object.fromEntries(input.alerts)),
        policy: input.policy,
        access_token: viewer.token,
        created_at: clock.now().toISOString(),
      };
      await repo.replace(row);
      return ok(row);
    },

    async update(
      tokenId: string,
      change: { alerts: Map<AlertName, boolean>; policy: PushPolicy | undefined },
    ): Promise<Result<PushSubscriptionRow, PushError>> {
      const found = await repo.ofToken(tokenId);
      if (!found) return err({ kind: 'not_found' });
      // Alerts not named keep their value, as on Mastodon.
      const alerts = parseAlerts(found.alerts);
      for (const [name, on] of change.alerts) alerts.set(name, on);
      const next = {
        alerts: JSON.stringify(Object.fromEntries(alerts)),
        policy: change.policy ?? found.policy,
      };
      await repo.update(found.id, next);
      return ok({ ...found, ...next });
    },

    async remove(tokenId: string): Promise<void> {
      const found = await repo.ofToken(tokenId);
      if (found) await repo.remove(found.id);
    },

    /** A notification reached someone: one delivery job for each subscription that wants it. */
    async onNotification(notificationId: string, accountId: string): Promise<void> {
      const subscriptions = await repo.ofAccount(accountId);
      if (subscriptions.length === 0) return;
      const notification = await repo.notification(notificationId);
      if (!notification) return;
      for (const sub of subscriptions) {
        if (!(await wants(sub, notification))) continue;
        const job: PushDeliveryJob = { subscriptionId: sub.id, notificationId };
        await jobs.enqueue(PUSH_QUEUE, job);
      }
    },

    wants,
  };

  /** Whether a subscription's alerts and policy let this notification through. */
  async function wants(
    sub: PushSubscriptionRow,
    n: { type: Parameters<typeof alertFor>[0]; account_id: string; from_account_id: string },
  ): Promise<boolean> {
    if (sub.account_id !== n.account_id) return false;
    if (!(parseAlerts(sub.alerts).get(alertFor(n.type)) ?? false)) return false;
    switch (sub.policy) {
      case 'all':
        return true;
      case 'none':
        return false;
      case 'followed':
        return repo.follows(n.account_id, n.from_account_id);
      case 'follower':
        return repo.follows(n.from_account_id, n.account_id);
      default: {
        const unexpected: never = sub.policy;
        throw new Error(`unexpected push policy ${String(unexpected)}`);
      }
    }
  }
}

export type PushService = ReturnType<typeof createPushService>;
