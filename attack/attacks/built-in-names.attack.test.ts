import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp } from '../support/client.ts';
import { startTarget, type TargetServer } from '../support/server.ts';

/**
 * Replays, against the real server process, the two attacks that once took an instance down:
 * a `__proto__` key in a query string (every later database query failed until a restart) and
 * the word "constructor" in a direct message (the target's timelines answered 500 for good).
 */
let target: TargetServer;
let alice: { token: string; id: string };
let bob: { token: string; id: string };

beforeAll(async () => {
  target = await startTarget();
  alice = await signUp(target.origin, 'alice');
  bob = await signUp(target.origin, 'bob');
});
afterAll(() => target?.stop());

async function instanceStillServes() {
  const timeline = await call(target.origin, 'GET', '/api/v1/timelines/public?limit=5');
  expect(timeline.status).toBe(200);
  const post = await call(target.origin, 'POST', '/api/v1/statuses', {
    token: alice.token,
    json: { status: 'Toujours là.' },
  });
  expect(post.status).toBe(200);
  const form = await call(target.origin, 'POST', '/api/v1/statuses', {
    token: alice.token,
    form: 'status=Encore%20l%C3%A0',
  });
  expect(form.status).toBe(200);
  for (const token of [alice.token, bob.token]) {
    expect((await call(target.origin, 'GET', '/api/v1/timelines/home', { token })).status).toBe(
      200,
    );
    expect((await call(target.origin, 'GET', '/api/v1/notifications', { token })).status).toBe(200);
  }
}

describe('prototype keys, anonymously', () => {
  it.each([
    '/api/v1/timelines/public?__proto__[limit]=1',
    '/api/v1/timelines/public?__proto__[x]=1',
    '/api/v1/timelines/public?constructor[prototype][limit]=1',
    '/api/v1/accounts/lookup?acct=alice&__proto__[toString]=1',
    '/api/v2/search?q=a&__proto__[select]=1',
  ])('%s is refused and leaves the instance serving', async (path) => {
    const answer = await call(target.origin, 'GET', path);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('malformed_request');
    await instanceStillServes();
  });

  it('in a form or a JSON body, is refused and leaves the instance serving', async () => {
    const form = await call(target.origin, 'POST', '/api/v1/accounts', {
      form: 'username=mallory&__proto__[isAdmin]=true',
    });
    expect(form.status).toBe(400);
    const body = await call(target.origin, 'POST', '/api/v1/accounts', {
      raw: '{"username":"mallory","__proto__":{"role":"admin"}}',
      headers: { 'content-type': 'application/json' },
    });
    expect(body.status).toBe(400);
    await instanceStillServes();
  });
});

describe('built-in names as the words of a post', () => {
  it('"@bob constructor" reaches bob, and nobody’s timelines break', async () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const sent = await call(target.origin, 'POST', '/api/v1/statuses', {
        token: alice.token,
        json: { status: `@bob ${word}`, visibility: 'direct' },
      });
      expect(sent.status).toBe(200);
    }
    await instanceStillServes();
    const notifications = await call(target.origin, 'GET', '/api/v1/notifications', {
      token: bob.token,
    });
    expect(JSON.stringify(notifications.body)).toContain('constructor');
    const analyze = await call(target.origin, 'POST', '/v1alpha1/comments:analyze', {
      json: { comment: { text: 'constructor' }, requestedAttributes: { TOXICITY: {} } },
    });
    expect(analyze.status).toBeLessThan(500);
  });
});

describe('control characters', () => {
  it('a NUL in a post or a name is refused with a clear error', async () => {
    const post = await call(target.origin, 'POST', '/api/v1/statuses', {
      token: alice.token,
      json: { status: 'a\u0000b' },
      headers: { 'accept-language': 'fr' },
    });
    expect(post.status).toBe(422);
    expect(post.body.error_description).toContain('caractère de contrôle');
    const name = await call(target.origin, 'PATCH', '/api/v1/accounts/update_credentials', {
      token: alice.token,
      json: { display_name: 'Al\u0000ice' },
    });
    expect(name.status).toBe(422);
  });
});
