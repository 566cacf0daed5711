import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json } from '../../accounts/test-helpers.ts';
import { type Instances, startInstances } from './instances.fixture.ts';

// Two real processes on loopback: the ground every cross-instance federation test stands on.
let net: Instances;
beforeAll(async () => {
  net = await startInstances(2);
}, 240_000);
afterAll(() => net?.stop(), 30_000);

describe('two instances on loopback', () => {
  it('answer at http://localhost:PORT, each with its own domain', () => {
    const [one, two] = net.instances;
    expect(one?.origin).toMatch(/^http:\/\/localhost:\d+$/);
    expect(two?.domain).toMatch(/^localhost:\d+$/);
    expect(one?.domain).not.toBe(two?.domain);
  });

  it("serve instance 2's WebFinger and actor over real HTTP at localhost:PORT", async () => {
    const [, two] = net.instances;
    if (!two) throw new Error('two instances expected');
    const alice = await two.signUp('alice');
    // Fetched from the test's own process by the name a remote server would use; instance 1
    // doing the same itself is remote-accounts.instances.test.ts.
    const jrd = await json(
      await fetch(`${two.origin}/.well-known/webfinger?resource=acct:${alice.acct}`),
    );
    const self = jrd.links.find((l: { rel: string }) => l.rel === 'self');
    expect(self.href).toBe(`${two.origin}/users/alice`);
    const actor = await json(
      await fetch(self.href, { headers: { accept: 'application/activity+json' } }),
    );
    expect(actor.id).toBe(`${two.origin}/users/alice`);
    expect(actor.inbox).toBe(`${two.origin}/users/alice/inbox`);
    expect(actor.publicKey.owner).toBe(actor.id);
  });

  it('are stopped by stop(): nothing keeps listening', async () => {
    const origins = net.instances.map((i) => i.origin);
    await net.stop();
    for (const origin of origins) {
      await expect(fetch(`${origin}/api/v1/instance`)).rejects.toThrow();
    }
  }, 30_000);
});
