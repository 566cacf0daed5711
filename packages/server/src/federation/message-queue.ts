import type {
  MessageQueue,
  MessageQueueEnqueueOptions,
  MessageQueueListenOptions,
  RetryPolicy,
} from '@fedify/fedify';
import type { DatabaseHandle } from '../db/database.ts';
import { checkOutboundUrl, type Resolver } from '../security/outbound-url.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { Logger } from '../shared/logger.ts';
import { type ClaimedMessage, deliveryKey, deliveryRepository } from './delivery.repository.ts';
import {
  deliveryRetryPolicy,
  REST_AFTER_FAILURES,
  restMs,
  retryDelayMs,
} from './delivery-policy.ts';
import { type DeliveryResult, deliverOutboxMessage, isOutboxMessage } from './outbox-delivery.ts';

export interface DatabaseMessageQueueOptions {
  /** Messages handled at once by one worker process. */
  concurrency?: number;
  /** Deliveries to one host at once by one worker process. */
  perHostConcurrency?: number;
  /** A delivery that has not answered by then fails (and is retried later). */
  deliveryTimeoutMs?: number;
  /** How long a claimed message stays locked: longer than any delivery may take. */
  lockMs?: number;
  /** How often an idle worker looks for work another process queued. */
  pollMs?: number;
  retryPolicy?: RetryPolicy;
  /** Tries for a fan-out or inbox message whose handler throws (Fedify retries inside those). */
  maxHandlerAttempts?: number;
  /** Ledger rows older than this are forgotten (longer than any delivery keeps retrying). */
  ledgerRetentionMs?: number;
}

export interface DeliveryDeps {
  database: DatabaseHandle;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  /** The domain-block policy: false for an inbox on a suspended domain (nothing goes there). */
  mayDeliverTo?: (host: string) => Promise<boolean>;
  /**
   * Inboxes on private, loopback or link-local addresses are refused (an inbox URL comes from a
   * remote actor document: without this, anyone could make us POST into our own network) unless
   * this is true, for development and tests only (`ALLOW_PRIVATE_ADDRESS`).
   */
  allowPrivateAddress?: boolean;
  resolve?: Resolver;
  fetch?: typeof fetch;
}

export interface DatabaseMessageQueue extends MessageQueue {
  enqueueMany(messages: unknown[], options?: MessageQueueEnqueueOptions): Promise<void>;
  drain(handler: (message: unknown) => Promise<void> | void, signal?: AbortSignal): Promise<void>;
}

/**
 * Fedify's `MessageQueue` on our database (ADR 0019, "Delivery"). Messages are rows: they survive
 * a restart, and any number of worker processes share them (a message is claimed by one
 * conditional UPDATE). Fan-out and inbox messages go to Fedify's handler. Outbox messages, one
 * activity for one inbox, are delivered here, because a queue that never loses anything and never
 * stalls needs what Fedify 1.5's outbox worker has no place for:
 * - a ledger (`federation_deliveries`): an inbox that has received an activity never gets it
 *   again, whatever restarts or duplicate messages happen;
 * - a time-out and a per-host concurrency limit, so a host that hangs holds a few slots at most;
 * - resting hosts: after a few failures in a row a host is set aside for a while, its messages
 *   wait in the table and nobody else waits for it;
 * - Fedify's retry policy (exponential backoff, about two days) applied to the row in place.
 */
export function createDatabaseMessageQueue(
  deps: DeliveryDeps,
  options: DatabaseMessageQueueOptions = {},
): DatabaseMessageQueue {
  const { clock, ids, logger } = deps;
  const repo = deliveryRepository(deps.database.db);
  const concurrency = options.concurrency ?? 32;
  const perHost = options.perHostConcurrency ?? 4;
  const timeoutMs = options.deliveryTimeoutMs ?? 10_000;
  const lockMs = options.lockMs ?? Math.max(120_000, timeoutMs * 3);
  const pollMs = options.pollMs ?? 1000;
  const policy = options.retryPolicy ?? deliveryRetryPolicy;
  const maxHandlerAttempts = options.maxHandlerAttempts ?? 5;
  const retentionMs = options.ledgerRetentionMs ?? 7 * 86_400_000;
  // Listeners in this process waiting for work: an enqueue here wakes them at once.
  const wakers = new Set<() => void>();
  // Each inbox's address check, for a few minutes: not one DNS lookup per delivery.
  const checkedUrls = new Map<string, { at: number; verdict: Promise<UrlVerdict> }>();

  type UrlVerdict = 'ok' | 'refused' | 'unresolvable';
  function checkInbox(inbox: string): Promise<UrlVerdict> {
    const now = Date.now();
    const cached = checkedUrls.get(inbox);
    if (cached && now - cached.at < 300_000) return cached.verdict;
    if (checkedUrls.size > 10_000) checkedUrls.clear();
    const verdict = checkOutboundUrl(inbox, {
      allowPrivate: deps.allowPrivateAddress === true,
      ...(deps.resolve ? { resolve: deps.resolve } : {}),
    }).then(
      (r): UrlVerdict =>
        r.ok ? 'ok' : r.error.kind === 'unresolvable' ? 'unresolvable' : 'refused',
    );
    checkedUrls.set(inbox, { at: now, verdict });
    return verdict;
  }

  const iso = (ms = 0) => new Date(clock.now().getTime() + ms).toISOString();

  function rowOf(message: unknown, runAt: string, now: string) {
    const outbox = isOutboxMessage(message) ? message : null;
    return {
      id: ids(),
      kind:
        typeof message === 'object' && message !== null
          ? String((message as { type?: unknown }).type ?? 'unknown')
          : 'unknown',
      host: outbox ? new URL(outbox.inbox).host : null,
      delivery_key: outbox ? deliveryKey(outbox.activityId ?? outbox.id, outbox.inbox) : null,
      payload: JSON.stringify(message),
      run_at: runAt,
      created_at: now,
    };
  }

  async function enqueueMany(messages: unknown[], options?: MessageQueueEnqueueOptions) {
    if (messages.length === 0) return;
    const delay = Math.max(options?.delay?.total('millisecond') ?? 0, 0);
    const now = iso();
    const runAt = iso(delay);
    await repo.insert(messages.map((m) => rowOf(m, runAt, now)));
    for (const wake of wakers) wake();
  }

  async function handleOutbox(row: ClaimedMessage, handled: Set<string>) {
    const message = JSON.parse(row.payload);
    const activityId = message.activityId ?? message.id;
    const key = row.delivery_key ?? deliveryKey(activityId, message.inbox);
    const host = row.host ?? new URL(message.inbox).host;
    const base = { messageId: row.id, key, activityId, inbox: message.inbox, host };
    const finish = (outcome: 'delivered' | 'gave_up' | 'refused', error: string | null) =>
      repo.finish({
        ...base,
        outcome,
        attempts: row.attempts,
        error,
        now: iso(),
        hostRecovered: outcome === 'delivered' && row.host_failures > 0,
      });
    if (handled.has(key)) {
      // Already in the ledger: delivered before a restart, or a duplicate message.
      await repo.remove(row.id);
      return;
    }
    if (deps.mayDeliverTo && !(await deps.mayDeliverTo(host))) {
      await finish('refused', 'domain suspended');
      return;
    }
    const address = await checkInbox(message.inbox);
    if (address === 'refused') {
      logger.warn('delivery refused: the inbox is not on the public Internet', {
        inbox: message.inbox,
      });
      await finish('refused', 'inbox on a private address');
      return;
    }
    const result: DeliveryResult =
      address === 'unresolvable'
        ? { kind: 'failed', error: `cannot resolve ${host}` }
        : await deliverOutboxMessage(message, {
            timeoutMs,
            ...(deps.fetch ? { fetch: deps.fetch } : {}),
          });
    switch (result.kind) {
      case 'delivered':
        await finish('delivered', null);
        return;
      case 'rejected':
        logger.info('delivery rejected by the inbox', {
          inbox: message.inbox,
          error: result.error,
        });
        await finish('gave_up', result.error);
        return;
      case 'failed': {
        const now = clock.now();
        const failures = await repo.hostFailed(host, result.error.slice(0, 500), now.toISOString());
        if (failures >= REST_AFTER_FAILURES) {
          await repo.restHost(host, iso(restMs(failures)));
        }
        const delay = retryDelayMs(policy, row.attempts - 1, new Date(message.started), now);
        if (delay === null) {
          logger.warn('delivery given up', {
            inbox: message.inbox,
            attempts: row.attempts,
            error: result.error,
          });
          await finish('gave_up', result.error);
        } else {
          await repo.reschedule(row.id, iso(delay), result.error);
        }
        return;
      }
    }
  }

  async function handleOther(
    row: ClaimedMessage,
    handler: (message: unknown) => Promise<void> | void,
  ) {
    try {
      await handler(JSON.parse(row.payload));
      await repo.remove(row.id);
    } catch (error) {
      if (row.attempts >= maxHandlerAttempts) {
        logger.error('federation message given up', {
          kind: row.kind,
          id: row.id,
          error: String(error),
        });
        await repo.remove(row.id);
        return;
      }
      const delay =
        retryDelayMs(policy, row.attempts - 1, new Date(row.created_at), clock.now()) ?? 60_000;
      await repo.reschedule(row.id, iso(delay), String(error));
    }
  }

  function listen(
    handler: (message: unknown) => Promise<void> | void,
    listenOptions: MessageQueueListenOptions = {},
  ): Promise<void> {
    return run(handler, listenOptions.signal, false);
  }

  async function run(
    handler: (message: unknown) => Promise<void> | void,
    signal: AbortSignal | undefined,
    untilIdle: boolean,
  ): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    const byHost = new Map<string, number>();
    let wake: (() => void) | null = null;
    // A wake-up that comes while the loop is busy claiming is kept for the next wait.
    let woken = false;
    const waker = () => {
      woken = true;
      wake?.();
    };
    wakers.add(waker);
    signal?.addEventListener('abort', waker, { once: true });
    let lastPrune = 0;
    try {
      while (!signal?.aborted) {
        woken = false;
        const free = concurrency - inFlight.size;
        let claimed: ClaimedMessage[] = [];
        if (free > 0) {
          try {
            claimed = await repo.claim({
              now: iso(),
              lockUntil: iso(lockMs),
              limit: free,
              busyHosts: [...byHost].filter(([, n]) => n >= perHost).map(([h]) => h),
              roomFor: (host) => perHost - (byHost.get(host) ?? 0),
            });
          } catch (error) {
            logger.error('federation queue claim failed', { error: String(error) });
          }
        }
        if (claimed.length > 0) {
          const handled = await repo
            .finishedAmong(claimed.flatMap((r) => (r.delivery_key ? [r.delivery_key] : [])))
            .catch(() => new Set<string>());
          for (const row of claimed) {
            if (row.host) byHost.set(row.host, (byHost.get(row.host) ?? 0) + 1);
            const work = (
              row.kind === 'outbox' ? handleOutbox(row, handled) : handleOther(row, handler)
            )
              .catch((error) =>
                // The row stays locked until `lockMs`, then another try picks it up.
                logger.error('federation message failed', { id: row.id, error: String(error) }),
              )
              .finally(() => {
                inFlight.delete(work);
                if (row.host) {
                  const n = (byHost.get(row.host) ?? 1) - 1;
                  if (n <= 0) byHost.delete(row.host);
                  else byHost.set(row.host, n);
                }
                waker();
              });
            inFlight.add(work);
          }
          continue;
        }
        // Idle only if nothing finished while the claim ran: a delivery ending then frees its host,
        // whose next message the claim (excluding busy hosts) could not see.
        if (untilIdle && inFlight.size === 0 && !woken) break;
        if (Date.now() - lastPrune > 3_600_000) {
          lastPrune = Date.now();
          await repo.pruneLedger(iso(-retentionMs)).catch(() => undefined);
        }
        if (woken) {
          woken = false;
          continue;
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pollMs);
          wake = () => {
            clearTimeout(timer);
            wake = null;
            resolve();
          };
          if (signal?.aborted) wake();
        });
        wake = null;
        woken = false;
      }
    } finally {
      wakers.delete(waker);
      // A graceful stop lets deliveries under way finish and be written to the ledger.
      await Promise.allSettled([...inFlight]);
    }
  }

  return {
    enqueue: (message, options) => enqueueMany([message], options),
    enqueueMany,
    listen,
    /**
     * Handles everything due now and returns once nothing claimable is left (tests, benches,
     * a one-shot worker): `listen` that stops itself when idle.
     */
    drain: (handler, signal) => run(handler, signal, true),
  };
}
