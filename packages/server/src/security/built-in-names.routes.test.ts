import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, jsonRequest, signUp } from '../accounts/test-helpers.ts';
import { createTestApp } from '../testing/test-app.ts';

/**
 * Names that every ordinary object inherits (`__proto__`, `constructor`, `prototype`,
 * `toString`…) arrive in query strings, forms, JSON and the words of posts. None of them may
 * change how the server behaves for the next request, or break a timeline that shows them.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let alice: { token: string; id: string };
let bob: { token: string; id: string };

beforeAll(async () => {
  t = await createTestApp();
  alice = await signUp(t.app, 'alice');
  bob = await signUp(t.app, 'bob');
});
afterAll(() => t.close());

async function stillWorks() {
  expect(({} as Record<string, unknown>).limit).toBeUndefined();
  expect(({} as Record<string, unknown>).x).toBeUndefined();
  const timeline = await t.app.request('/api/v1/timelines/public?limit=2');
  expect(timeline.status).toBe(200);
  const post = await t.app.request(
    '/api/v1/statuses',
    jsonRequest('POST', { status: 'Une journée ordinaire.' }, alice.token),
  );
  expect(post.status).toBe(200);
}

describe('prototype keys in requests', () => {
  it('refuses __proto__ in a query string, and the next request still works', async () => {
    for (const query of [
      '__proto__[limit]=1',
      '__proto__[x]=1',
      'constructor[prototype][limit]=1',
      '__proto__=1',
    ]) {
      const response = await t.app.request(`/api/v1/timelines/public?${query}`);
      expect(response.status, query).toBe(400);
      expect((await json(response)).error).toBe('malformed_request');
      await stillWorks();
    }
  });

  it('refuses them in forms and JSON bodies, and the next request still works', async () => {
    const form = await t.app.request('/api/v1/statuses', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${alice.token}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'status=hello&__proto__[x]=1',
    });
    expect(form.status).toBe(400);
    await stillWorks();
    const body = await t.app.request('/api/v1/statuses', {
      method: 'POST',
      headers: { authorization: `Bearer ${alice.token}`, 'content-type': 'application/json' },
      body: '{"status":"hello","__proto__":{"x":1},"source":{"constructor":{"prototype":{"x":1}}}}',
    });
    expect(body.status).toBe(400);
    await stillWorks();
  });
});

describe('built-in names as words of a post', () => {
  it('a direct message "@bob constructor" is posted and every view of it keeps working', async () => {
    for (const word of ['constructor', '__proto__', 'toString', 'prototype', 'hasOwnProperty']) {
      const posted = await t.app.request(
        '/api/v1/statuses',
        jsonRequest('POST', { status: `@bob ${word}`, visibility: 'direct' }, alice.token),
      );
      expect(posted.status, word).toBe(200);
      const { id } = await json(posted);
      for (const [path, token] of [
        ['/api/v1/notifications', bob.token],
        ['/api/v1/timelines/home', bob.token],
        ['/api/v1/timelines/home', alice.token],
        [`/api/v1/statuses/${id}`, bob.token],
        [`/api/v1/statuses/${id}/context`, alice.token],
        [`/api/v1/accounts/${alice.id}/statuses`, alice.token],
      ] as const) {
        const response = await t.app.request(path, jsonRequest('GET', undefined, token));
        expect(response.status, `${word}: ${path}`).toBe(200);
      }
    }
    const analyze = await t.app.request(
      '/api/empathie/v1/analyze',
      jsonRequest('POST', { text: 'constructor __proto__' }, alice.token),
    );
    expect(analyze.status).toBeLessThan(500);
  });
});

describe('control characters', () => {
  it('are refused in posts, names and query strings with a clear error, and nothing is stored', async () => {
    for (const [path, body] of [
      ['/api/v1/statuses', { status: 'bonjour\u0000tout le monde' }],
      ['/api/v1/statuses', { status: 'cloche\u0007' }],
      ['/api/v1/accounts/update_credentials', { display_name: 'Al\u0000ice' }],
      ['/api/v1/accounts/update_credentials', { note: 'x\u001bx' }],
    ] as const) {
      const method = path.endsWith('update_credentials') ? 'PATCH' : 'POST';
      const response = await t.app.request(
        path,
        jsonRequest(method, body, alice.token, { 'accept-language': 'en' }),
      );
      expect(response.status, JSON.stringify(body)).toBe(422);
      const error = await json(response);
      expect(error.error).toBe('validation_failed');
      expect(error.error_description).toContain('control character');
    }
    const me = await json(
      await t.app.request(
        '/api/v1/accounts/verify_credentials',
        jsonRequest('GET', undefined, alice.token),
      ),
    );
    expect(me.display_name).not.toContain('\u0000');
    const statuses = await json(await t.app.request(`/api/v1/accounts/${alice.id}/statuses`));
    expect(JSON.stringify(statuses)).not.toMatch(/cloche|\\u0000/);
    const search = await t.app.request(
      '/api/v2/search?q=a%00b',
      jsonRequest('GET', undefined, alice.token),
    );
    expect(search.status).toBe(422);
  });

  it('keep line breaks and tabs, which people do type', async () => {
    const response = await t.app.request(
      '/api/v1/statuses',
      jsonRequest('POST', { status: 'ligne un\nligne deux\tet un tab\r\n' }, alice.token),
    );
    expect(response.status).toBe(200);
  });
});
