import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp } from '../support/client.ts';
import { startTarget, type TargetServer } from '../support/server.ts';

/**
 * Malformed and hostile requests, generated, on every route the server documents, over real
 * HTTP: whatever arrives, the answer is a deliberate 2xx/3xx/4xx, the process stays up, and it
 * logs no unhandled error.
 */
let target: TargetServer;
let member: { token: string; id: string };
const routes: Array<{ method: string; path: string }> = [];

beforeAll(async () => {
  target = await startTarget();
  await signUp(target.origin, 'keeper');
  member = await signUp(target.origin, 'member');
  const doc = await call(target.origin, 'GET', '/api/openapi.json');
  for (const [path, item] of Object.entries(doc.body.paths as Record<string, object>)) {
    for (const method of Object.keys(item)) routes.push({ method: method.toUpperCase(), path });
  }
});
afterAll(() => target?.stop());

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    '../../../../etc/passwd',
    '%00',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '{{7*7}}',
    '\u202e\u0000',
    'x'.repeat(5000),
    '-1',
    '1e309',
    '999999999999999999999999',
    '',
  ),
);
const hostileJson = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.constantFrom(
    '{',
    '[]',
    'null',
    '"x"',
    `{"a":${'['.repeat(2000)}`,
    '\u0000',
    '{"status":{"$ne":1}}',
  ),
);
const id = fc.oneof(fc.constant('1'), fc.constant('999999999999999999'), hostileString);

describe('generated hostile requests on every documented route', () => {
  it('never get a 5xx, never stop the server', async () => {
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        id,
        fc.array(fc.tuple(hostileString, hostileString), { maxLength: 4 }),
        hostileJson,
        fc.constantFrom(
          'application/json',
          'application/x-www-form-urlencoded',
          'text/plain',
          'multipart/form-data',
          '',
        ),
        fc.boolean(),
        async (route, routeId, query, body, contentType, withToken) => {
          const path = route.path.replace(/\{[^}]+\}/g, encodeURIComponent(routeId));
          const search = new URLSearchParams(query).toString();
          const answer = await call(target.origin, route.method, `${path}?${search}`, {
            token: withToken ? member.token : undefined,
            ...(route.method === 'GET' || route.method === 'HEAD'
              ? {}
              : { raw: body, headers: contentType ? { 'content-type': contentType } : {} }),
          });
          if (answer.status >= 500)
            failures.push(`${route.method} ${path}?${search} → ${answer.status}`);
        },
      ),
      { numRuns: 500, seed: 7 },
    );
    expect(failures).toEqual([]);
    expect(target.alive()).toBe(true);
    expect(target.output()).not.toContain('unhandled error');
  }, 180_000);

  it('answers odd paths, methods and oversized bodies deliberately', async () => {
    for (const [method, path] of [
      ['GET', '/assets/../../package.json'],
      ['GET', '/assets/%2e%2e/%2e%2e/package.json'],
      ['GET', '/%2e%2e/%2e%2e/etc/passwd'],
      ['GET', '/api/v1/statuses/%00'],
      ['PROPFIND', '/api/v1/instance'],
      ['GET', `/api/v1/timelines/public?${'a=1&'.repeat(2000)}`],
    ] as const) {
      const answer = await call(target.origin, method, path);
      expect(answer.status, `${method} ${path}`).toBeLessThan(500);
      expect(answer.text).not.toContain('"name": "empathie"');
      expect(answer.text).not.toContain('root:x:0:0');
    }
    const huge = await call(target.origin, 'POST', '/api/v1/statuses', {
      token: member.token,
      raw: JSON.stringify({ status: 'x'.repeat(3 * 1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.status).toBe(413);
    expect(target.alive()).toBe(true);
  });
});
