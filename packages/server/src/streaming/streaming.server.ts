import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { requestLanguage } from '../http/language.ts';
import { scopesGrant } from '../http/scopes.ts';
import type { Logger } from '../shared/logger.ts';
import type { StreamClient, StreamHub } from './stream-hub.ts';
import { offeredProtocol, type StreamAuth } from './streaming.auth.ts';
import type { StreamingRepository } from './streaming.repository.ts';
import { type Refusal, refusal } from './streaming.text.ts';
import {
  clientMessageSchema,
  isPublicStream,
  parseStream,
  type StreamRequest,
  scopeFor,
  streamKey,
  streamRequestSchema,
} from './streams.ts';

export const STREAMING_PATH = '/api/v1/streaming';

/** What the streaming API needs of the Node server `@hono/node-server` started. */
export interface UpgradeSource {
  on(
    event: 'upgrade',
    listener: (request: IncomingMessage, socket: Duplex, head: Buffer) => void,
  ): unknown;
}

export interface StreamingLimits {
  /** Open connections one token may hold (tabs, devices); more are refused with 429. */
  connectionsPerToken: number;
  /** Open connections without a token from one client address (many people behind one NAT). */
  anonymousPerAddress: number;
  subscriptionsPerConnection: number;
  /** How often each connection is pinged; one that missed the previous ping is dropped. */
  heartbeatMs: number;
  /** A reader this far behind (bytes queued) is dropped rather than let memory grow. */
  maxBufferedBytes: number;
}

export const DEFAULT_LIMITS: StreamingLimits = {
  connectionsPerToken: 16,
  anonymousPerAddress: 64,
  subscriptionsPerConnection: 32,
  heartbeatMs: 30_000,
  maxBufferedBytes: 4 * 1024 * 1024,
};

interface Connection {
  socket: WebSocket;
  client: StreamClient;
  auth: StreamAuth;
  alive: boolean;
  lang: 'fr' | 'en';
}

/**
 * The WebSocket side of `/api/v1/streaming`: checks the upgrade (token, first stream) before
 * accepting it, then handles `subscribe` / `unsubscribe` messages, heartbeats, limits and a clean
 * close. It attaches to the Node server `@hono/node-server` creates (`attach`), leaving every
 * other request to Hono.
 */
export function createStreamingServer(deps: {
  hub: StreamHub;
  repo: StreamingRepository;
  authenticate: (request: IncomingMessage) => Promise<StreamAuth>;
  /** The client's address (through trusted proxies), which anonymous connections count by. */
  addressOf: (request: IncomingMessage) => string | null;
  /** Whether the token behind a connection is still live (revoked: the connection is closed). */
  stillValid: (tokenHash: string) => Promise<boolean>;
  logger: Logger;
  limits?: Partial<StreamingLimits>;
}) {
  const { hub, repo, logger } = deps;
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: 4096,
    // The token offered as a protocol is echoed, as browsers require an accepted protocol.
    handleProtocols: (protocols) => protocols.values().next().value ?? false,
  });
  const connections = new Set<Connection>();
  const perToken = new Map<string, number>();
  let closing = false;

  function refuse(socket: Duplex, lang: 'fr' | 'en', why: Refusal) {
    const { status, body } = refusal(why, lang);
    const payload = JSON.stringify(body);
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_TEXT.get(status) ?? 'Error'}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(payload)}\r\n` +
        'Connection: close\r\n\r\n' +
        payload,
    );
  }

  /** Checks one subscription for this connection; null when it may go ahead. */
  async function check(
    conn: Pick<Connection, 'auth' | 'client'>,
    request: StreamRequest,
  ): Promise<{ why: Refusal } | { stream: ReturnType<typeof parseStream> & { ok: true } }> {
    const parsed = parseStream(request);
    if (!parsed.ok) return { why: parsed.error.kind };
    const stream = parsed.value;
    if (conn.auth.kind !== 'viewer') {
      return isPublicStream(stream) ? { stream: parsed } : { why: 'unauthorized' };
    }
    if (!scopesGrant(conn.auth.viewer.scopes, scopeFor(stream))) return { why: 'missing_scope' };
    if (stream.kind === 'list' && !(await repo.ownsList(conn.auth.viewer.accountId, stream.listId)))
      return { why: 'list_not_found' };
    return { stream: parsed };
  }

  async function subscribe(conn: Connection, request: StreamRequest): Promise<Refusal | null> {
    const checked = await check(conn, request);
    if ('why' in checked) return checked.why;
    const key = streamKey(checked.stream.value);
    if (!conn.client.streams.has(key)) {
      if (conn.client.streams.size >= limits.subscriptionsPerConnection) return 'too_many_streams';
      conn.client.streams.set(key, checked.stream.value);
    }
    return null;
  }

  async function onMessage(conn: Connection, data: string) {
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      json = undefined;
    }
    const message = clientMessageSchema.safeParse(json);
    if (!message.success) return sendError(conn, 'malformed_message');
    const request = { stream: message.data.stream, tag: message.data.tag, list: message.data.list };
    if (message.data.type === 'unsubscribe') {
      const parsed = parseStream(request);
      if (!parsed.ok) return sendError(conn, parsed.error.kind);
      conn.client.streams.delete(streamKey(parsed.value));
      return;
    }
    const why = await subscribe(conn, request);
    if (why) sendError(conn, why);
  }

  /** Mastodon's in-band error: `{"error": "…", "status": 4xx}`. */
  function sendError(conn: Connection, why: Refusal) {
    const { status, body } = refusal(why, conn.lang);
    conn.socket.send(JSON.stringify({ error: body.error_description, status, code: body.error }));
  }

  async function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
    const lang = requestLanguage(request.headers['accept-language']);
    if (closing) return refuse(socket, lang, 'shutting_down');
    const auth = await deps.authenticate(request);
    if (auth.kind === 'refused') return refuse(socket, lang, 'unauthorized');
    const query = new URL(request.url ?? '/', 'http://streaming.invalid').searchParams;
    const client: StreamClient = {
      viewer: auth.kind === 'viewer' ? auth.viewer : null,
      readsNotifications:
        auth.kind === 'viewer' && scopesGrant(auth.viewer.scopes, 'read:notifications'),
      streams: new Map(),
      seen: new Set(),
      send: () => {},
    };
    const first = query.get('stream');
    let initial = null;
    if (first !== null) {
      const request = streamRequestSchema.safeParse({
        stream: first,
        tag: query.get('tag') ?? undefined,
        list: query.get('list') ?? undefined,
      });
      if (!request.success) return refuse(socket, lang, 'malformed_message');
      const checked = await check({ auth, client }, request.data);
      if ('why' in checked) return refuse(socket, lang, checked.why);
      initial = checked.stream.value;
    }
    // Counted per token, or per client address for connections without one.
    const address = auth.kind === 'viewer' ? null : deps.addressOf(request);
    const tokenKey =
      auth.kind === 'viewer' ? auth.tokenHash : address === null ? null : `address:${address}`;
    const cap = auth.kind === 'viewer' ? limits.connectionsPerToken : limits.anonymousPerAddress;
    if (tokenKey && (perToken.get(tokenKey) ?? 0) >= cap)
      return refuse(socket, lang, 'too_many_connections');
    // A token offered as a protocol must come back as the chosen one; without it, none.
    if (!offeredProtocol(request)) delete request.headers['sec-websocket-protocol'];
    wss.handleUpgrade(request, socket, head, (ws) => {
      if (tokenKey) perToken.set(tokenKey, (perToken.get(tokenKey) ?? 0) + 1);
      const conn: Connection = { socket: ws, client, auth, alive: true, lang };
      client.send = (message) => {
        if (ws.readyState !== WebSocket.OPEN) return;
        if (ws.bufferedAmount > limits.maxBufferedBytes) {
          ws.terminate();
          return;
        }
        ws.send(message);
      };
      if (initial) client.streams.set(streamKey(initial), initial);
      connections.add(conn);
      hub.add(client);
      ws.on('pong', () => {
        conn.alive = true;
      });
      ws.on('message', (data, isBinary) => {
        if (isBinary) return sendError(conn, 'malformed_message');
        onMessage(conn, String(data)).catch((error) =>
          logger.error('streaming message failed', { error: String(error) }),
        );
      });
      ws.on('close', () => {
        connections.delete(conn);
        hub.remove(client);
        if (tokenKey) {
          const left = (perToken.get(tokenKey) ?? 1) - 1;
          if (left <= 0) perToken.delete(tokenKey);
          else perToken.set(tokenKey, left);
        }
      });
      ws.on('error', () => ws.terminate());
    });
  }

  /** Pings every connection, drops the silent ones and those whose token was revoked since. */
  async function heartbeat() {
    const checked = new Map<string, Promise<boolean>>();
    for (const conn of connections) {
      if (!conn.alive) {
        conn.socket.terminate();
        continue;
      }
      conn.alive = false;
      conn.socket.ping();
      if (conn.auth.kind !== 'viewer') continue;
      const hash = conn.auth.tokenHash;
      let valid = checked.get(hash);
      if (!valid) {
        valid = deps.stillValid(hash);
        checked.set(hash, valid);
      }
      if (!(await valid)) conn.socket.close(4001, 'token revoked');
    }
  }
  const timer = setInterval(() => {
    heartbeat().catch((error) =>
      logger.warn('streaming heartbeat failed', { error: String(error) }),
    );
  }, limits.heartbeatMs);
  timer.unref();

  function onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
    const path = new URL(request.url ?? '/', 'http://streaming.invalid').pathname;
    const lang = requestLanguage(request.headers['accept-language']);
    if (path !== STREAMING_PATH && path !== `${STREAMING_PATH}/`) {
      return refuse(socket, lang, 'not_found');
    }
    socket.on('error', () => socket.destroy());
    upgrade(request, socket, head).catch((error) => {
      logger.error('streaming upgrade failed', { error: String(error) });
      refuse(socket, lang, 'internal_error');
    });
  }

  return {
    /** Serves WebSocket upgrades on the server that answers HTTP. */
    attach(server: UpgradeSource) {
      server.on('upgrade', onUpgrade);
    },
    heartbeat,
    get connections() {
      return connections.size;
    },
    /** Says goodbye to every connection (1001: going away), so apps reconnect elsewhere. */
    async close(): Promise<void> {
      closing = true;
      clearInterval(timer);
      const closed = [...connections].map(
        (conn) =>
          new Promise<void>((resolve) => {
            conn.socket.once('close', () => resolve());
            conn.socket.close(1001, 'server shutting down');
            setTimeout(() => {
              conn.socket.terminate();
              resolve();
            }, 1000).unref();
          }),
      );
      await Promise.all(closed);
      wss.close();
    },
  };
}

const STATUS_TEXT = new Map([
  [400, 'Bad Request'],
  [401, 'Unauthorized'],
  [403, 'Forbidden'],
  [404, 'Not Found'],
  [429, 'Too Many Requests'],
  [500, 'Internal Server Error'],
  [503, 'Service Unavailable'],
]);
