import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { follow, type Person, person, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';
import { collectionsRepository } from './collections.repository.ts';
import { remoteAccountsRepository } from './remote-accounts.repository.ts';
import type { RemoteActorData } from './remote-profile.ts';

let t: TestApp;
let alice: Person;
beforeAll(async () => {
  t = await createTestApp();
  alice = await person(t, 'alice');
});
afterAll(() => t.close());

const remote = (n: number, origin: string): RemoteActorData => ({
  uri: `${origin}/users/r${n}`,
  username: `r${n}`,
  domain: new URL(origin).host,
  url: `${origin}/@r${n}`,
  displayName: '',
  note: '',
  intention: '',
  locked: false,
  bot: false,
  discoverable: false,
  inboxUrl: `${origin}/users/r${n}/inbox`,
  sharedInboxUrl: `${origin}/inbox`,
  publicKeyPem: null,
  publicKeyId: null,
  avatarUrl: null,
  headerUrl: null,
  fields: [],
  followersUrl: null,
  followingUrl: null,
  outboxUrl: null,
  featuredUrl: null,
});

describe('who receives a delivery to "followers"', () => {
  it('is every remote follower with their inboxes, or those of one server, never local ones', async () => {
    const bob = await person(t, 'bob');
    await follow(t, bob, alice);
    const repo = remoteAccountsRepository(t.database.db);
    const now = t.clock.now().toISOString();
    let n = 0;
    for (const origin of ['https://a.example', 'https://a.example:8443', 'https://b.example']) {
      n += 1;
      const account = await repo.upsert(remote(n, origin), `80000000000000000${n}`, now);
      await t.database.db
        .insertInto('follows')
        .values({
          id: `70000000000000000${n}`,
          account_id: account.id,
          target_account_id: alice.id,
          created_at: now,
        })
        .execute();
    }
    const collections = collectionsRepository(t.database.db);
    const all = await collections.remoteFollowers(alice.id, null);
    expect(all.map((r) => r.uri).sort()).toEqual([
      'https://a.example/users/r1',
      'https://a.example:8443/users/r2',
      'https://b.example/users/r3',
    ]);
    expect(all.every((r) => r.domain !== null && r.inbox_url !== null)).toBe(true);
    const one = await collections.remoteFollowers(alice.id, 'https://a.example');
    expect(one.map((r) => r.uri)).toEqual(['https://a.example/users/r1']);
    expect(await collections.countFollowers(alice.id)).toBe(4);
    const page = await collections.followersPage(alice.id, null, 2);
    expect(page).toHaveLength(2);
    const next = await collections.followersPage(alice.id, page.at(-1)?.follow_id ?? null, 2);
    expect(next.map((r) => r.uri)).not.toContain(page[0]?.uri);
  });
});
