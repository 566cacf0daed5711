import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json } from '../accounts/test-helpers.ts';
import { type Instance, type Instances, startInstances } from './testing/instances.fixture.ts';

// Two real servers on loopback: instance 1 finds people of instance 2 as Mastodon apps ask.
let net: Instances;
let one: Instance;
let two: Instance;
beforeAll(async () => {
  net = await startInstances(2);
  [one, two] = net.instances as [Instance, Instance];
}, 240_000);
afterAll(() => net?.stop(), 30_000);

describe('remote accounts across instances', () => {
  it('resolves @alice@localhost:PORT2 from instance 1 and stores her with acct name@host', async () => {
    const alice = await two.signUp('alice');
    await two.call('PATCH', '/api/v1/accounts/update_credentials', alice.token, {
      display_name: 'Alice',
      note: 'Jardins et abeilles',
      locked: true,
    });
    await two.call('PUT', '/api/empathie/v1/intention', alice.token, {
      intention: 'Partager ce qui pousse',
    });
    const bob = await one.signUp('bob');
    const q = encodeURIComponent(`@${alice.acct}`);
    const res = await one.call('GET', `/api/v2/search?q=${q}&resolve=true`, bob.token);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.accounts).toHaveLength(1);
    const found = body.accounts[0];
    expect(found).toMatchObject({
      username: 'alice',
      acct: alice.acct,
      display_name: 'Alice',
      locked: true,
      uri: `${two.origin}/users/alice`,
      url: `${two.origin}/@alice`,
    });
    // Her bio arrives as HTML (sanitised), shown as it is, not escaped a second time.
    expect(found.note).toBe('<p>Jardins et abeilles</p>');
    expect(found.empathie.intention).toBe('Partager ce qui pousse');

    // Stored: the lookup and the account routes of instance 1 now know her by that id.
    const looked = await json(
      await one.call(
        'GET',
        `/api/v1/accounts/lookup?acct=${encodeURIComponent(alice.acct)}`,
        bob.token,
      ),
    );
    expect(looked.id).toBe(found.id);
    const again = await json(await one.call('GET', `/api/v1/accounts/${found.id}`, bob.token));
    expect(again.acct).toBe(alice.acct);
  }, 60_000);

  it('finds an unknown remote account through lookup, and nobody for a name that does not exist', async () => {
    const carol = await two.signUp('carol');
    const dan = await one.signUp('dan');
    const looked = await one.call(
      'GET',
      `/api/v1/accounts/lookup?acct=${encodeURIComponent(carol.acct)}`,
      dan.token,
    );
    expect(looked.status).toBe(200);
    expect((await json(looked)).acct).toBe(carol.acct);
    const missing = await one.call(
      'GET',
      `/api/v1/accounts/lookup?acct=${encodeURIComponent(`nobody@${two.domain}`)}`,
      dan.token,
    );
    expect(missing.status).toBe(404);
  }, 60_000);

  it('never answers someone on the other side of a block, even by resolving them', async () => {
    const fay = await two.signUp('fay');
    const gus = await one.signUp('gus');
    const q = encodeURIComponent(`@${fay.acct}`);
    const first = await json(
      await one.call('GET', `/api/v2/search?q=${q}&resolve=true`, gus.token),
    );
    expect(first.accounts).toHaveLength(1);
    const blocked = await one.call(
      'POST',
      `/api/v1/accounts/${first.accounts[0].id}/block`,
      gus.token,
    );
    expect(blocked.status).toBe(200);
    const again = await json(
      await one.call('GET', `/api/v2/search?q=${q}&resolve=true`, gus.token),
    );
    expect(again.accounts).toEqual([]);
  }, 60_000);

  it('does not resolve for an anonymous request', async () => {
    const q = encodeURIComponent(`@erin@${two.domain}`);
    await two.signUp('erin');
    const body = await json(await one.call('GET', `/api/v2/search?q=${q}&resolve=true`));
    expect(body.accounts).toEqual([]);
  }, 60_000);
});
