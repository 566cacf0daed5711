import { describe, expect, it } from 'vitest';
import { createApiKeyCache } from './api-key-cache.ts';
import type { ApiKeyRow } from './api-keys.repository.ts';

const row = (id: string, revoked_at: string | null = null): ApiKeyRow => ({
  id,
  name: id,
  key_hash: `hash-${id}`,
  key_prefix: 'emp_abcd',
  account_id: 'a1',
  requests_per_minute: 60,
  created_at: '2026-11-01T10:00:00.000Z',
  last_used_at: null,
  revoked_at,
});

describe('the API key cache', () => {
  it('keeps a key for its lifetime, then forgets it', () => {
    const cache = createApiKeyCache({ ttlMs: 5_000 });
    cache.remember('h1', row('1'), 1_000, cache.mark());
    expect(cache.get('h1', 5_999)?.id).toBe('1');
    expect(cache.get('h1', 6_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('holds at most its bound, dropping the key remembered longest ago', () => {
    const cache = createApiKeyCache({ maxEntries: 3 });
    for (const id of ['1', '2', '3', '4', '5']) cache.remember(`h${id}`, row(id), 0, cache.mark());
    expect(cache.size).toBe(3);
    expect(cache.get('h1', 1)).toBeUndefined();
    expect(cache.get('h2', 1)).toBeUndefined();
    expect(cache.get('h5', 1)?.id).toBe('5');
  });

  it('holds 1,000 keys by default, however many are presented', () => {
    const cache = createApiKeyCache();
    for (let i = 0; i < 5_000; i++) cache.remember(`h${i}`, row(String(i)), 0, cache.mark());
    expect(cache.size).toBe(1_000);
  });

  it('never remembers a revoked row, nor one read before a key was forgotten', () => {
    const cache = createApiKeyCache();
    cache.remember('h1', row('1', '2026-11-01T10:00:00.000Z'), 0, cache.mark());
    expect(cache.get('h1', 1)).toBeUndefined();
    const before = cache.mark();
    cache.forget('h2');
    cache.remember('h2', row('2'), 0, before);
    expect(cache.get('h2', 1)).toBeUndefined();
    cache.remember('h2', row('2'), 0, cache.mark());
    cache.forget('h2');
    expect(cache.get('h2', 1)).toBeUndefined();
  });
});
