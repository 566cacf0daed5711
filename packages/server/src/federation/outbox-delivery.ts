import { importJwk, signRequest } from '@fedify/fedify';

/**
 * What Fedify 1.5 puts in the queue for one inbox (its `OutboxMessage`, federation/queue.d.ts,
 * not exported by the package): the activity already compacted and signed (Linked Data
 * signature, integrity proof), the keys to sign the HTTP request with, and the inbox.
 */
export interface OutboxMessage {
  type: 'outbox';
  id: string;
  baseUrl: string;
  keys: Array<{ keyId: string; privateKey: Parameters<typeof importJwk>[0] }>;
  activity: unknown;
  activityId?: string;
  activityType: string;
  inbox: string;
  sharedInbox: boolean;
  started: string;
  attempt: number;
  headers: Record<string, string>;
}

export function isOutboxMessage(message: unknown): message is OutboxMessage {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<OutboxMessage>;
  return m.type === 'outbox' && typeof m.inbox === 'string' && Array.isArray(m.keys);
}

export type DeliveryResult =
  | { kind: 'delivered' }
  /** The host answered: it is alive, but this delivery will never succeed (Mastodon's rule). */
  | { kind: 'rejected'; error: string }
  /** Network error, time-out, 5xx, 408, 429: worth retrying, and a sign the host is unwell. */
  | { kind: 'failed'; error: string };

/**
 * Sends one outbox message as Fedify's own `sendActivity` does (POST, `application/activity+json`,
 * draft-cavage HTTP signature with the actor's RSA key), with what Fedify 1.5 lacks for a queue
 * that must not stall: a time-out, no redirects followed (a signed POST is never replayed to a
 * host the inbox did not name), and an answer sorted into delivered / rejected / failed.
 */
export async function deliverOutboxMessage(
  message: OutboxMessage,
  options: { timeoutMs: number; fetch?: typeof fetch },
): Promise<DeliveryResult> {
  const doFetch = options.fetch ?? fetch;
  const headers = new Headers(message.headers);
  headers.set('Content-Type', 'application/activity+json');
  let request = new Request(message.inbox, {
    method: 'POST',
    headers,
    body: JSON.stringify(message.activity),
  });
  const rsa = await rsaKeyOf(message);
  if (rsa) request = await signRequest(request, rsa.privateKey, rsa.keyId);
  let response: Response;
  try {
    response = await doFetch(request, {
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'manual',
    });
  } catch (error) {
    return { kind: 'failed', error: describe(error) };
  }
  // The body is read (and bounded) so the connection goes back to the pool.
  const text = (await response.text().catch(() => '')).slice(0, 500);
  if (response.ok) return { kind: 'delivered' };
  const error = `HTTP ${response.status} ${text}`.trim();
  const status = response.status;
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
    return { kind: 'rejected', error };
  }
  return { kind: 'failed', error };
}

async function rsaKeyOf(message: OutboxMessage) {
  for (const { keyId, privateKey } of message.keys) {
    if (privateKey.kty !== 'RSA') continue;
    return { keyId: new URL(keyId), privateKey: await importJwk(privateKey, 'private') };
  }
  return null;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    const detail = cause instanceof Error ? `: ${cause.message}` : '';
    return `${error.name}: ${error.message}${detail}`;
  }
  return String(error);
}
