import { connect } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { createIdGenerator } from '../shared/ids.ts';
import { createLogger } from '../shared/logger.ts';
import { freshDatabase, testClock, testConfig, testEngine } from '../testing/test-app.ts';
import { isClientAbort } from './client-abort.ts';

// A real listening server: only Node's HTTP stack produces the "aborted" failure of a client
// that hangs up in the middle of its request body.
const lines: string[] = [];
const processResponse = globalThis.Response;
let database: DatabaseHandle;
let server: ServerType;
let port: number;
beforeAll(async () => {
  database = await freshDatabase();
  const { app } = createApp({
    config: testConfig(),
    database,
    clock: testClock(),
    ids: createIdGenerator(),
    logger: createLogger('debug', (line) => {
      lines.push(line);
      return true;
    }),
    engine: await testEngine(),
  });
  // Keep the process's own Request and Response: test files share the process (vitest.config.ts).
  server = serve({
    fetch: app.fetch,
    port: 0,
    hostname: '127.0.0.1',
    overrideGlobalObjects: false,
  });
  await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await database.close();
});

async function hangUpMidBody(path: string): Promise<void> {
  const socket = connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write(
    `POST ${path} HTTP/1.1\r\nHost: empathie.test\r\nContent-Type: application/json\r\n` +
      'Content-Length: 1000\r\n\r\n{"grant_type":"pass',
  );
  await new Promise((resolve) => setTimeout(resolve, 100));
  socket.destroy();
}

describe('a client that hangs up mid-body', () => {
  it('leaves one quiet debug line per request, without a stack trace', async () => {
    for (let i = 0; i < 3; i++) await hangUpMidBody('/oauth/token');
    const deadline = Date.now() + 3000;
    while (lines.length < 3 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Every line the aborts caused: quiet, short, one per request.
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      const entry = JSON.parse(line);
      expect(entry).toMatchObject({ level: 'debug', path: '/oauth/token', method: 'POST' });
      expect(line).not.toContain('    at ');
    }
  });
});

describe('isClientAbort', () => {
  it('tells an aborted connection from a bug', () => {
    const reset = Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
    expect(isClientAbort(reset)).toBe(true);
    expect(isClientAbort(new DOMException('gone', 'AbortError'))).toBe(true);
    expect(isClientAbort(new TypeError('x is undefined'))).toBe(false);
    expect(isClientAbort('aborted')).toBe(false);
  });
});

it("leaves the process's own Response in place (test files share one process)", async () => {
  expect(globalThis.Response).toBe(processResponse);
  expect((await fetch(`http://127.0.0.1:${port}/api/v1/instance`)) instanceof Response).toBe(true);
});
