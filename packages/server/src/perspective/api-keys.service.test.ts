import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import type { Viewer } from '../http/auth.ts';
import { createIdGenerator } from '../shared/ids.ts';
import { insertAccountRow } from '../testing/account-row.fixture.ts';
import { freshDatabase, testClock } from '../testing/test-app.ts';
import { API_KEY_CACHE_TTL_MS } from './api-key-cache.ts';
import { type ApiKeysRepository, apiKeysRepository } from './api-keys.repository.ts';
import { apiKeysService } from './api-keys.service.ts';

// comments:analyze checks its key from a short in-process cache: a busy key is read once, a key
// revoked here stops at once, and one revoked by another process stops within the cache's lifetime.

const NOW = '2026-11-01T10:00:00.000Z';
const admin: Viewer = {
  accountId: 'a1',
  username: 'camille',
  role: 'admin',
  tokenId: 't1',
  scopes: ['read', 'write'],
};

describe('API key checks', () => {
  let h: DatabaseHandle;
  const clock = testClock();
  const ids = createIdGenerator(() => clock.now().getTime());

  beforeAll(async () => {
    h = await freshDatabase();
    await insertAccountRow(h.db, admin.accountId, admin.username, NOW);
  });
  afterAll(() => h.close());

  /** The repository, counting how often a key is looked up, with an optional pause in the read. */
  function countingRepo(pause?: () => Promise<void>) {
    const repo = apiKeysRepository(h.db);
    const counted: ApiKeysRepository & { reads: number } = {
      ...repo,
      reads: 0,
      async findLiveByHash(keyHash) {
        counted.reads++;
        const row = await repo.findLiveByHash(keyHash);
        if (pause) await pause();
        return row;
      },
    };
    return counted;
  }

  async function newKey(keys: ReturnType<typeof apiKeysService>, name: string) {
    const created = await keys.create(admin, { name, requestsPerMinute: 1_000 });
    if (!created.ok) throw new Error('the admin could not create a key');
    return created.value;
  }

  it('reads a busy key once, and again once the cache has expired', async () => {
    const repo = countingRepo();
    const keys = apiKeysService({ repo, clock, ids });
    const { key } = await newKey(keys, 'busy');
    for (let i = 0; i < 5; i++) expect((await keys.check(key)).ok).toBe(true);
    expect(repo.reads).toBe(1);
    clock.advance(API_KEY_CACHE_TTL_MS);
    expect((await keys.check(key)).ok).toBe(true);
    expect(repo.reads).toBe(2);
  });

  it('never caches an unknown key', async () => {
    const repo = countingRepo();
    const keys = apiKeysService({ repo, clock, ids });
    for (let i = 0; i < 3; i++) {
      expect(await keys.check('emp_not_a_key')).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(repo.reads).toBe(3);
  });

  it('refuses a revoked key at once, though it was cached a moment before', async () => {
    const keys = apiKeysService({ repo: countingRepo(), clock, ids });
    const { key, view } = await newKey(keys, 'leaked');
    expect((await keys.check(key)).ok).toBe(true);
    expect((await keys.revoke(admin, view.id)).ok).toBe(true);
    expect(await keys.check(key)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('lets another process honour a revoked key for at most the cache lifetime', async () => {
    const here = apiKeysService({ repo: countingRepo(), clock, ids });
    const elsewhere = apiKeysService({ repo: countingRepo(), clock, ids });
    const { key, view } = await newKey(here, 'two processes');
    expect((await here.check(key)).ok).toBe(true);
    expect((await elsewhere.check(key)).ok).toBe(true);
    await here.revoke(admin, view.id);
    expect((await here.check(key)).ok).toBe(false);
    clock.advance(API_KEY_CACHE_TTL_MS - 1);
    expect((await elsewhere.check(key)).ok).toBe(true);
    clock.advance(1);
    expect(await elsewhere.check(key)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('does not let a check that read the key before its revocation cache it again', async () => {
    let release = () => {};
    let reading = () => {};
    const paused = new Promise<void>((resolve) => {
      release = resolve;
    });
    const started = new Promise<void>((resolve) => {
      reading = resolve;
    });
    let first = true;
    const keys = apiKeysService({
      repo: countingRepo(async () => {
        if (!first) return;
        first = false;
        reading();
        await paused;
      }),
      clock,
      ids,
    });
    const { key, view } = await newKey(keys, 'raced');
    // The check reads the live row, then waits while the key is revoked.
    const inFlight = keys.check(key);
    await started;
    await keys.revoke(admin, view.id);
    release();
    // That request was already under way, as before any cache; the next one is refused.
    expect((await inFlight).ok).toBe(true);
    expect(await keys.check(key)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('records the last use once a minute, from the cached key too', async () => {
    const repo = countingRepo();
    const keys = apiKeysService({ repo, clock, ids });
    const { key, view } = await newKey(keys, 'used');
    const lastUse = async () =>
      (await keys.list(admin)).find((k) => k.id === view.id)?.last_used_at ?? null;
    // Two seconds before a minute turns, well inside the cache's lifetime.
    clock.advance(60_000 - (clock.now().getTime() % 60_000) - 2_000);
    await keys.check(key);
    const first = clock.now().toISOString();
    expect(await lastUse()).toBe(first);
    clock.advance(1_000);
    await keys.check(key);
    expect(await lastUse()).toBe(first);
    clock.advance(2_000);
    await keys.check(key);
    expect(repo.reads).toBe(1);
    expect(await lastUse()).toBe(clock.now().toISOString());
  });
});
