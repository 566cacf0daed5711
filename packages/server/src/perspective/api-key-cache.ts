import type { ApiKeyRow } from './api-keys.repository.ts';

/** How long a live key read from the database is trusted without reading it again. */
export const API_KEY_CACHE_TTL_MS = 5_000;
/** The most keys remembered at once; the oldest is dropped first. */
export const API_KEY_CACHE_MAX_ENTRIES = 1_000;

export interface ApiKeyCache {
  /** The cached live key with this hash, or undefined (never cached, expired or forgotten). */
  get(keyHash: string, nowMs: number): ApiKeyRow | undefined;
  /**
   * A mark to take before reading the database: `remember` ignores a row read before a key was
   * forgotten, so a revocation racing a check cannot put the revoked key back in.
   */
  mark(): number;
  /** Keeps a live key read from the database after `mark()` returned `since`. */
  remember(keyHash: string, row: ApiKeyRow, nowMs: number, since: number): void;
  /** Drops a key at once (revoked in this process). */
  forget(keyHash: string): void;
  readonly size: number;
}

/**
 * The live API keys `comments:analyze` has just seen, by the hash of the key (the key itself is
 * never kept). A busy client sends the same key hundreds of times a second; reading its row every
 * time was a tenth of the request's cost. Only live keys are cached, never a miss, so unknown keys
 * cannot fill it, and its size is bounded besides. A key revoked through this process is forgotten
 * at once; another process that cached it still honours it for at most `API_KEY_CACHE_TTL_MS`.
 */
export function createApiKeyCache(
  options: { ttlMs?: number; maxEntries?: number } = {},
): ApiKeyCache {
  const ttlMs = options.ttlMs ?? API_KEY_CACHE_TTL_MS;
  const maxEntries = options.maxEntries ?? API_KEY_CACHE_MAX_ENTRIES;
  const entries = new Map<string, { row: ApiKeyRow; expiresAt: number }>();
  // Bumped by every forget: a read that started before it may hold a row that is no longer live.
  let generation = 0;
  return {
    get(keyHash, nowMs) {
      const entry = entries.get(keyHash);
      if (entry === undefined) return undefined;
      if (entry.expiresAt <= nowMs) {
        entries.delete(keyHash);
        return undefined;
      }
      return entry.row;
    },
    mark: () => generation,
    remember(keyHash, row, nowMs, since) {
      if (since !== generation || row.revoked_at !== null) return;
      entries.delete(keyHash);
      // A Map iterates in insertion order: the first key is the one remembered longest ago.
      while (entries.size >= maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
      entries.set(keyHash, { row, expiresAt: nowMs + ttlMs });
    },
    forget(keyHash) {
      generation++;
      entries.delete(keyHash);
    },
    get size() {
      return entries.size;
    },
  };
}
