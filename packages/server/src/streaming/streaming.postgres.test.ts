import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { testPostgresUrl } from '../config/test-env.ts';
import { signUpOver as signUp } from '../oauth/consent.fixture.ts';
import { type LoopbackServer, startLoopbackServer } from '../oauth/loopback-server.fixture.ts';

// Two server processes on one PostgreSQL database, as an instance that scales out runs them: a
// post written through one process reaches a reader connected to the other, through
// LISTEN/NOTIFY, presented by the reader's process. Runs when the suite runs on PostgreSQL
// (scripts/test-pg.sh); on SQLite a single process is expected (ADR 0020).

const admin = testPostgresUrl();
let databaseUrl = '';
let name = '';
const processes: LoopbackServer[] = [];

beforeAll(async () => {
  if (!admin) return;
  name = `empathie_streaming_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  // One after the other: the first applies the migrations.
  processes.push(await startLoopbackServer({ databaseUrl }));
  processes.push(await startLoopbackServer({ databaseUrl }));
}, 240_000);

afterAll(async () => {
  for (const p of processes) await p.stop();
  if (!admin || !name) return;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.end();
}, 60_000);

describe.skipIf(!admin)('streaming across two server processes on PostgreSQL', () => {
  it('brings a post written through one process to a reader connected to the other', async () => {
    const [a, b] = processes as [LoopbackServer, LoopbackServer];
    const reader = await signUp(a.origin, 'rina');
    const author = await signUp(b.origin, 'sami');
    const followed = await fetch(`${a.origin}/api/v1/accounts/${author.id}/follow`, {
      method: 'POST',
      headers: { authorization: `Bearer ${reader.token}` },
    });
    expect(followed.status).toBe(200);

    const url = `${a.origin.replace('http:', 'ws:')}/api/v1/streaming?stream=public:local&access_token=${reader.token}`;
    const socket = new WebSocket(url);
    const messages: Array<{ stream: string[]; event: string; payload: string }> = [];
    socket.on('message', (data) => messages.push(JSON.parse(String(data))));
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    socket.send(JSON.stringify({ type: 'subscribe', stream: 'user' }));
    await new Promise((r) => setTimeout(r, 200));

    const write = async (status: string, visibility: string) => {
      const posted = await fetch(`${b.origin}/api/v1/statuses`, {
        method: 'POST',
        headers: { authorization: `Bearer ${author.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ status, visibility }),
      });
      expect(posted.status).toBe(200);
      return ((await posted.json()) as { id: string }).id;
    };
    const arrival = async (stream: string, id: string) => {
      const deadline = Date.now() + 15_000;
      const match = (m: (typeof messages)[number]) =>
        m.event === 'update' && m.stream[0] === stream && JSON.parse(m.payload).id === id;
      while (Date.now() < deadline && !messages.some(match)) {
        await new Promise((r) => setTimeout(r, 50));
      }
      return messages.find(match);
    };

    // Only process B hears of the post's creation: the local timeline's update on A came by NOTIFY.
    const open = await write('Bonjour depuis l’autre processus', 'public');
    expect(await arrival('public:local', open)).toBeDefined();
    // A followers-only post reaches the follower's home on A, presented there for her.
    const closed = await write('Écrit sur un processus, lu sur l’autre', 'private');
    const update = await arrival('user', closed);
    expect(JSON.parse(update?.payload ?? '{}')).toMatchObject({
      id: closed,
      visibility: 'private',
    });
    expect(messages.some((m) => m.stream[0] === 'public:local' && m.payload.includes(closed))).toBe(
      false,
    );
    socket.close();
  }, 60_000);
});
