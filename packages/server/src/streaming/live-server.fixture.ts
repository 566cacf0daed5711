import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import WebSocket from 'ws';
import { createTestApp } from '../testing/test-app.ts';

export type LiveApp = Awaited<ReturnType<typeof createTestApp>>;

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON
export type Message = { stream?: string[]; event?: string; payload?: string; [k: string]: any };

/** A real `ws` client with every message it received, and a way to wait for the next ones. */
export class LiveClient {
  readonly messages: Message[] = [];
  private waiters: Array<() => void> = [];
  constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.messages.push(JSON.parse(String(data)) as Message);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** The first message (already received or to come) that `match` accepts. */
  async next(match: (m: Message) => boolean, timeoutMs = 5000): Promise<Message> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no such message; got ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  send(message: unknown) {
    this.socket.send(JSON.stringify(message));
  }

  close() {
    this.socket.close();
  }
}

/**
 * The whole app on a real listening socket on loopback, with the streaming API attached to it
 * exactly as `main.ts` does, so tests speak WebSocket to it with a real client.
 */
export async function startLiveServer() {
  const t = await createTestApp();
  // Left alone, the adapter swaps the process's global Request and Response for its own, and
  // test files share a process (vitest.config.ts): a later file's `instanceof Response` would fail.
  const server = serve({
    fetch: t.app.fetch,
    port: 0,
    hostname: '127.0.0.1',
    overrideGlobalObjects: false,
  });
  if (!server.listening) await once(server, 'listening');
  t.streaming.attach(server);
  const { port } = server.address() as AddressInfo;
  const base = `ws://127.0.0.1:${port}/api/v1/streaming`;
  const open: WebSocket[] = [];

  /** Opens a connection; resolves when it is open, rejects with the HTTP status if refused. */
  async function connect(
    // lookup-safe: query parameters written by the test itself, only ever iterated
    query: Record<string, string> = {},
    options: WebSocket.ClientOptions & { protocols?: string[] } = {},
  ): Promise<LiveClient> {
    const url = `${base}?${new URLSearchParams(query)}`;
    const { protocols, ...rest } = options;
    const socket = new WebSocket(url, protocols, rest);
    open.push(socket);
    const client = new LiveClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (d) => {
          body += String(d);
        });
        res.on('end', () => reject(new RefusedError(res.statusCode ?? 0, body)));
      });
      socket.once('error', reject);
    });
    return client;
  }

  return {
    t,
    port,
    origin: `http://127.0.0.1:${port}`,
    connect,
    /** Runs the due jobs (the fan-out), then waits for the live deliveries to be sent. */
    async settle() {
      await t.jobs.runDueJobs();
      await t.streaming.settled();
      // The last frames are in the kernel's buffers: one turn of the loop brings them in.
      await new Promise((r) => setTimeout(r, 30));
    },
    async stop() {
      for (const s of open) s.terminate();
      await t.streaming.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await t.close();
    },
  };
}

export class RefusedError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`refused with ${status}: ${body}`);
  }
}
