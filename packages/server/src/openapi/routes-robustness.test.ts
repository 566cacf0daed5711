import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, jsonRequest, signUp } from '../accounts/test-helpers.ts';
import { createTestApp } from '../testing/test-app.ts';

/**
 * Walks every route the OpenAPI document lists (every domain registers there) and throws bad
 * input at it, as an admin, as a member and anonymously: whatever arrives, the answer is a
 * deliberate 2xx/4xx in our error format, never a 500.
 */

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: { token: string; id: string };
let member: { token: string; id: string };
type Route = { method: string; path: string };
const routes: Route[] = [];

beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t.app, 'keeper');
  member = await signUp(t.app, 'member');
  const doc = await json(await t.app.request('/api/openapi.json'));
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
    for (const method of Object.keys(item)) routes.push({ method: method.toUpperCase(), path });
  }
});
afterAll(() => t.close());

const ids = (id: string) => (path: string) => path.replace(/\{[^}]+\}/g, id);
const hostile: unknown[] = [
  { username: ['x'], email: { a: 1 }, password: 12, agreement: 'nope', note: 7, id: [{}] },
  { intention: 'x'.repeat(5000), display_name: null, source: 'public', locked: [] },
  { max_uses: -1, expires_in: 'soon', registration_mode: 42, ui_language: true },
  { grant_type: 'password', username: null, password: { $ne: 1 }, token: 5 },
];

describe('every documented route', () => {
  it('lists a reasonable number of routes', () => {
    expect(routes.length).toBeGreaterThan(25);
  });

  it('never answers 500 to hostile bodies, ids and query strings', async () => {
    const failures: string[] = [];
    for (const who of [admin, member, null]) {
      for (const route of routes) {
        for (const id of [member.id, '1', '999999999999999999']) {
          const path = ids(id)(route.path);
          const bodies = route.method === 'GET' ? [undefined] : [...hostile, undefined];
          for (const body of bodies) {
            const query = route.method === 'GET' ? '?limit=abc&max_id=x&id[]=y&acct=' : '';
            const response = await t.app.request(
              path + query,
              jsonRequest(route.method, body, who?.token),
            );
            if (response.status >= 500) failures.push(`${route.method} ${path} ${response.status}`);
            if (response.status >= 400) {
              const error = await json(response);
              if (typeof error.error !== 'string' || typeof error.error_description !== 'string') {
                failures.push(`${route.method} ${path}: error body without code or message`);
              }
            }
          }
          const malformed = await t.app.request(path, {
            method: route.method,
            headers: {
              'content-type': 'application/json',
              ...(who ? { authorization: `Bearer ${who.token}` } : {}),
            },
            ...(route.method === 'GET' ? {} : { body: '{"broken": ' }),
          });
          if (malformed.status >= 500)
            failures.push(`${route.method} ${path} malformed ${malformed.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
