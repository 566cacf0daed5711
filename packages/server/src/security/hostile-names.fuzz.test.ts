import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, jsonRequest, signUp } from '../accounts/test-helpers.ts';
import { createTestApp } from '../testing/test-app.ts';

/**
 * Property: whatever mix of built-in property names a request carries — as query keys, form
 * keys, JSON keys at any depth, or as the words of its text — on any documented route, as
 * anyone, the server answers without a 5xx, and the next ordinary request still works.
 */
const NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'isPrototypeOf',
];

let t: Awaited<ReturnType<typeof createTestApp>>;
let member: { token: string; id: string };
let admin: { token: string; id: string };
const routes: Array<{ method: string; path: string }> = [];

beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t.app, 'keeper');
  member = await signUp(t.app, 'member');
  const doc = await json(await t.app.request('/api/openapi.json'));
  for (const [path, item] of Object.entries(doc.paths as Record<string, object>)) {
    for (const method of Object.keys(item)) routes.push({ method: method.toUpperCase(), path });
  }
});
afterAll(() => t.close());

const name = fc.constantFrom(...NAMES);
const key = fc.oneof(
  name,
  fc.tuple(name, fc.oneof(name, fc.constant('x'), fc.constant(''))).map(([a, b]) => `${a}[${b}]`),
  fc.tuple(fc.constantFrom('source', 'poll', 'x'), name).map(([a, b]) => `${a}[${b}]`),
);
const words = fc
  .array(fc.oneof(name, fc.constantFrom('@member', 'bonjour', 'idiot')), {
    minLength: 1,
    maxLength: 6,
  })
  .map((list) => list.join(' '));
const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, words, fc.integer(), tie('object')),
  object: fc.dictionary(
    fc.oneof(name, fc.constantFrom('status', 'text', 'display_name')),
    tie('value'),
    {
      maxKeys: 3,
    },
  ),
})).value;

async function ordinaryRequestsWork() {
  expect(({} as Record<string, unknown>).x).toBeUndefined();
  expect(({} as Record<string, unknown>)['']).toBeUndefined();
  expect((await t.app.request('/api/v1/timelines/public?limit=1')).status).toBe(200);
  const home = await t.app.request(
    '/api/v1/timelines/home',
    jsonRequest('GET', undefined, member.token),
  );
  expect(home.status).toBe(200);
  const notifications = await t.app.request(
    '/api/v1/notifications',
    jsonRequest('GET', undefined, member.token),
  );
  expect(notifications.status).toBe(200);
}

describe('built-in names on every route', () => {
  it('never cause a 5xx or a lasting effect', async () => {
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.constantFrom<'admin' | 'member' | 'anonymous'>('admin', 'member', 'anonymous'),
        fc.array(fc.tuple(key, words), { minLength: 1, maxLength: 3 }),
        jsonValue,
        fc.boolean(),
        async (route, who, query, body, asForm) => {
          const token = who === 'admin' ? admin.token : who === 'member' ? member.token : undefined;
          const path = route.path.replace(/\{[^}]+\}/g, member.id);
          const search = new URLSearchParams(query).toString();
          const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
          let init: RequestInit = { method: route.method, headers };
          if (route.method !== 'GET') {
            init = asForm
              ? {
                  method: route.method,
                  headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
                  body: search,
                }
              : {
                  method: route.method,
                  headers: { ...headers, 'content-type': 'application/json' },
                  body:
                    typeof body === 'string'
                      ? JSON.stringify({ status: body, text: body })
                      : JSON.stringify(body),
                };
          }
          const response = await t.app.request(`${path}?${search}`, init);
          if (response.status >= 500)
            failures.push(`${route.method} ${path}?${search} → ${response.status}`);
          await ordinaryRequestsWork();
        },
      ),
      { numRuns: 400, seed: 20261127 },
    );
    expect(failures).toEqual([]);
  }, 120_000);

  it('posted as words, keep every reader’s views working', async () => {
    const author = await signUp(t.app, 'author');
    for (const word of NAMES) {
      for (const visibility of ['public', 'direct'] as const) {
        const posted = await t.app.request(
          '/api/v1/statuses',
          jsonRequest('POST', { status: `@member ${word}`, visibility }, author.token),
        );
        expect(posted.status).toBe(200);
      }
    }
    await ordinaryRequestsWork();
  });
});
