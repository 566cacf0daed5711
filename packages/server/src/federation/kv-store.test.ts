import { Temporal } from '@js-temporal/polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { freshDatabase, testClock } from '../testing/test-app.ts';
import { databaseKvStore, purgeExpiredKv } from './kv-store.ts';
import { remoteAccountsRepository } from './remote-accounts.repository.ts';
import type { RemoteActorData } from './remote-profile.ts';

let database: DatabaseHandle;
const clock = testClock();
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

describe("Fedify's key-value store on our database", () => {
  it('keeps JSON values under keys whose parts may hold any character', async () => {
    const kv = databaseKvStore(database.db, clock);
    await kv.set(['_fedify', 'remoteDocument', 'https://a.example/x:y'], { a: [1, 'é'] });
    await kv.set(['_fedify', 'remoteDocument', 'https://a.example/x', 'y'], 'other');
    expect(await kv.get(['_fedify', 'remoteDocument', 'https://a.example/x:y'])).toEqual({
      a: [1, 'é'],
    });
    expect(await kv.get(['_fedify', 'remoteDocument', 'https://a.example/x', 'y'])).toBe('other');
    await kv.set(['k'], 1);
    await kv.set(['k'], 2);
    expect(await kv.get(['k'])).toBe(2);
    await kv.delete(['k']);
    expect(await kv.get(['k'])).toBeUndefined();
  });

  it('forgets a value once its time to live has passed, and purges it', async () => {
    const kv = databaseKvStore(database.db, clock);
    await kv.set(['ttl'], 'soon gone', { ttl: Temporal.Duration.from({ minutes: 5 }) });
    await kv.set(['ttl2'], 'gone too', { ttl: Temporal.Duration.from({ minutes: 5 }) });
    clock.advance(4 * 60_000);
    expect(await kv.get(['ttl'])).toBe('soon gone');
    clock.advance(2 * 60_000);
    expect(await kv.get(['ttl'])).toBeUndefined();
    expect(await purgeExpiredKv(database.db, clock)).toBe(1);
  });
});

const remote = (over: Partial<RemoteActorData> = {}): RemoteActorData => ({
  uri: 'https://masto.example/users/camille',
  username: 'Camille',
  domain: 'masto.example',
  url: 'https://masto.example/@Camille',
  displayName: 'Camille',
  note: '<p>hi</p>',
  intention: '',
  locked: false,
  bot: false,
  discoverable: true,
  inboxUrl: 'https://masto.example/users/camille/inbox',
  sharedInboxUrl: 'https://masto.example/inbox',
  publicKeyPem: null,
  publicKeyId: null,
  avatarUrl: 'https://files.masto.example/a.png',
  headerUrl: null,
  fields: [{ name: 'Site', value: 'x' }],
  followersUrl: null,
  followingUrl: null,
  outboxUrl: null,
  featuredUrl: null,
  ...over,
});

describe('remote accounts storage', () => {
  it('stores a remote account once, refreshing it by URI or by name@domain', async () => {
    const repo = remoteAccountsRepository(database.db);
    const first = await repo.upsert(remote(), '900000000000000001', '2026-11-01T10:00:00.000Z');
    expect(first).toMatchObject({ domain: 'masto.example', username_key: 'camille' });
    const renamed = await repo.upsert(
      remote({ displayName: 'Camille B.' }),
      '900000000000000002',
      '2026-11-02T10:00:00.000Z',
    );
    expect(renamed.id).toBe(first.id);
    expect(renamed.display_name).toBe('Camille B.');
    // Re-created on its server (new URI, same name): still one account here.
    const moved = await repo.upsert(
      remote({ uri: 'https://masto.example/users/camille2' }),
      '900000000000000003',
      '2026-11-03T10:00:00.000Z',
    );
    expect(moved.id).toBe(first.id);
    expect(await repo.fetchedAt(first.id)).toBe('2026-11-03T10:00:00.000Z');
    expect((await repo.byAcct('camille', 'masto.example'))?.uri).toBe(
      'https://masto.example/users/camille2',
    );
  });
});
