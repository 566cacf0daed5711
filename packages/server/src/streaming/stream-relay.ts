import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import type { Logger } from '../shared/logger.ts';
import type { StreamSignal } from './stream-hub.ts';

/**
 * Carries stream signals from the process where something happened to every process holding
 * connections. One process (SQLite, or a single PostgreSQL server process): straight to its hub.
 * Several processes on PostgreSQL: `NOTIFY`, which each process `LISTEN`s to, its own included,
 * so every signal takes one path. Redis is not used by the server yet (ADR 0020).
 */
export interface StreamRelay {
  publish(signal: StreamSignal): Promise<void>;
  start(): Promise<void>;
  /** Waits for the deliveries under way (tests, and the bench, wait for a quiet moment). */
  settled(): Promise<void>;
  /** Stops listening and waits for deliveries under way. */
  close(): Promise<void>;
}

export const NOTIFY_CHANNEL = 'empathie_streaming';

const id = z.string().regex(/^[0-9]{1,20}$/);
// What arrives by NOTIFY is parsed like any input: another process wrote it, but a person with
// database access could too.
const signalSchema: z.ZodType<StreamSignal> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('created'), postId: id, authorId: id }),
  z.object({ kind: z.literal('delivered'), postId: id }),
  z.object({ kind: z.literal('edited'), postId: id }),
  z.object({
    kind: z.literal('deleted'),
    postId: id,
    authorId: id,
    visibility: z.enum(['public', 'unlisted', 'private', 'direct']),
  }),
  z.object({ kind: z.literal('notification'), notificationId: id, accountId: id }),
]);

type Deliver = (signal: StreamSignal) => Promise<void>;

/** Keeps track of deliveries under way, so a shutdown can wait for them. */
function tracker(deliver: Deliver) {
  const running = new Set<Promise<void>>();
  return {
    run(signal: StreamSignal) {
      const p = deliver(signal).finally(() => running.delete(p));
      running.add(p);
    },
    async drain() {
      await Promise.all([...running]);
    },
  };
}

/** One process: the hub hears its own signals directly, without holding up the request. */
export function localRelay(deliver: Deliver): StreamRelay {
  const work = tracker(deliver);
  return {
    async publish(signal) {
      work.run(signal);
    },
    async start() {},
    settled: () => work.drain(),
    close: () => work.drain(),
  };
}

export function postgresRelay(deps: {
  connectionString: string;
  db: Kysely<Database>;
  deliver: Deliver;
  logger: Logger;
}): StreamRelay {
  const { db, logger } = deps;
  const work = tracker(deps.deliver);
  let client: pg.Client | null = null;
  let closed = false;
  let retryMs = 500;
  let retry: NodeJS.Timeout | null = null;

  async function listen(): Promise<void> {
    const next = new pg.Client({ connectionString: deps.connectionString });
    next.on('notification', (message) => {
      if (message.channel !== NOTIFY_CHANNEL || !message.payload) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(message.payload);
      } catch {
        parsed = undefined;
      }
      const signal = signalSchema.safeParse(parsed);
      if (signal.success) work.run(signal.data);
      else logger.warn('streaming: ignored a malformed signal', { channel: message.channel });
    });
    // A lost connection (PostgreSQL restarted) is replaced; signals sent meanwhile are missed,
    // which clients survive: they reload their timelines when they reconnect.
    next.on('error', (error) => {
      logger.warn('streaming: LISTEN connection lost', { error: String(error) });
      reconnect(next);
    });
    next.on('end', () => reconnect(next));
    await next.connect();
    await next.query(`LISTEN ${NOTIFY_CHANNEL}`);
    client = next;
    retryMs = 500;
  }

  function reconnect(lost: pg.Client) {
    if (closed || client !== lost) return;
    client = null;
    lost.end().catch(() => {});
    schedule();
  }

  function schedule() {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = null;
      listen().catch((error) => {
        logger.warn('streaming: LISTEN failed, retrying', { error: String(error) });
        retryMs = Math.min(retryMs * 2, 30_000);
        schedule();
      });
    }, retryMs);
    retry.unref();
  }

  return {
    async publish(signal) {
      await sql`select pg_notify(${NOTIFY_CHANNEL}, ${JSON.stringify(signal)})`.execute(db);
    },
    async start() {
      await listen();
    },
    settled: () => work.drain(),
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = null;
      await current?.end().catch(() => {});
      await work.drain();
    },
  };
}
