import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../http/auth.ts';
import { refuseSuspendedSenders } from './domain-gate.ts';

/** Our gate in front of a stand-in for Fedify that says whether it was reached. */
function app(suspended: string[]) {
  const a = new Hono<AppEnv>();
  a.use(refuseSuspendedSenders({ acceptsActivitiesFrom: async (h) => !suspended.includes(h) }));
  a.all('*', async (c) => c.json({ reached: true, body: await c.req.text() }, 202));
  return a;
}

const activity = (actor: unknown) => JSON.stringify({ type: 'Create', actor, object: {} });
const signed = (keyId: string) => ({
  'content-type': 'application/activity+json',
  signature: `keyId="${keyId}",algorithm="rsa-sha256",headers="(request-target) host date",signature="x"`,
});

describe('activities from a suspended domain are refused on arrival', () => {
  const gate = app(['bad.example']);

  it('by the actor of the activity, at the shared inbox and at a person’s', async () => {
    for (const path of ['/inbox', '/users/ana/inbox']) {
      const res = await gate.request(path, {
        method: 'POST',
        headers: signed('https://good.example/users/x#main-key'),
        body: activity('https://bad.example/users/troll'),
      });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: string }).error).toBe('forbidden');
    }
  });

  it('by the host of the signing key, whatever actor it names', async () => {
    const res = await gate.request('/inbox', {
      method: 'POST',
      headers: signed('https://bad.example/users/troll#main-key'),
      body: activity({ id: 'https://good.example/users/x' }),
    });
    expect(res.status).toBe(403);
  });

  it('lets other servers through, with the body intact for Fedify', async () => {
    const body = activity('https://good.example/users/x');
    const res = await gate.request('/inbox', {
      method: 'POST',
      headers: signed('https://good.example/users/x#main-key'),
      body,
    });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ reached: true, body });
  });

  it('does not judge other paths, or a body that is not JSON', async () => {
    expect((await gate.request('/users/ana', { method: 'GET' })).status).toBe(202);
    const res = await gate.request('/inbox', { method: 'POST', body: 'not json' });
    expect(res.status).toBe(202);
  });
});
