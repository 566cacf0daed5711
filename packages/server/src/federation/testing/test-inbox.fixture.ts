import { randomUUID, type webcrypto } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { exportJwk, generateCryptoKeyPair } from '@fedify/fedify';
import type { OutboxMessage } from '../outbox-delivery.ts';

export interface ReceivedDelivery {
  path: string;
  activityId: string;
  headers: IncomingMessage['headers'];
  method: string;
  url: string;
  body: string;
}

export interface TestInbox {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  host: string;
  received: ReceivedDelivery[];
  /** The most requests this server held at once. */
  maxConcurrent: number;
  close(): Promise<void>;
}

/** What the inbox answers: a status, or `'hang'` (accepts and never answers). */
export type InboxAnswer = number | 'hang';

/**
 * A local inbox that records every activity it receives: the other side of delivery tests.
 * `answer` decides each reply (202 by default); `delayMs` keeps each request open a while.
 */
export async function startTestInbox(
  options: {
    answer?: (req: ReceivedDelivery) => InboxAnswer;
    delayMs?: number;
    onRequest?: (req: IncomingMessage, body: string) => void;
  } = {},
): Promise<TestInbox> {
  const received: ReceivedDelivery[] = [];
  let current = 0;
  const hanging = new Set<IncomingMessage>();
  const state = { maxConcurrent: 0 };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => {
      body += String(d);
    });
    req.on('end', async () => {
      current += 1;
      state.maxConcurrent = Math.max(state.maxConcurrent, current);
      options.onRequest?.(req, body);
      let activityId = '';
      try {
        activityId = String(JSON.parse(body).id ?? '');
      } catch {
        // Not JSON: recorded as it is.
      }
      const delivery: ReceivedDelivery = {
        path: req.url ?? '',
        activityId,
        headers: req.headers,
        method: req.method ?? '',
        url: req.url ?? '',
        body,
      };
      const answer = options.answer?.(delivery) ?? 202;
      if (answer === 'hang') {
        hanging.add(req);
        current -= 1;
        return;
      }
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      if (answer >= 200 && answer < 300) received.push(delivery);
      current -= 1;
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    received,
    get maxConcurrent() {
      return state.maxConcurrent;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port that accepts connections and never says a word: a peer that hangs. */
export async function startSilentPeer(): Promise<{ origin: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: NetServer = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on: connections are refused. */
export async function refusingOrigin(): Promise<string> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

export interface TestActorKeys {
  keyId: string;
  keys: OutboxMessage['keys'];
  publicKey: webcrypto.CryptoKey;
}

/** An actor's RSA key pair, as Fedify puts it in outbox messages. */
export async function testActorKeys(
  actor = 'http://localhost:4001/users/ana',
): Promise<TestActorKeys> {
  const pair = await generateCryptoKeyPair('RSASSA-PKCS1-v1_5');
  const keyId = `${actor}#main-key`;
  return {
    keyId,
    keys: [{ keyId, privateKey: await exportJwk(pair.privateKey) }],
    publicKey: pair.publicKey,
  };
}

/** An outbox message shaped exactly as Fedify 1.5 enqueues one (`federation/queue.d.ts`). */
export function outboxMessage(input: {
  inbox: string;
  keys: OutboxMessage['keys'];
  activityId?: string;
  actor?: string;
  started?: Date;
}): OutboxMessage {
  const activityId = input.activityId ?? `http://localhost:4001/activities/${randomUUID()}`;
  const actor = input.actor ?? 'http://localhost:4001/users/ana';
  return {
    type: 'outbox',
    id: randomUUID(),
    baseUrl: 'http://localhost:4001',
    keys: input.keys,
    activity: {
      '@context': 'https://www.w3.org/ns/activitystreams',
      id: activityId,
      type: 'Create',
      actor,
      object: { id: `${activityId}/object`, type: 'Note', content: 'Bonjour' },
    },
    activityId,
    activityType: 'https://www.w3.org/ns/activitystreams#Create',
    inbox: input.inbox,
    sharedInbox: true,
    started: (input.started ?? new Date()).toISOString(),
    attempt: 0,
    headers: {},
  };
}
