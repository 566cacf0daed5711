import { randomBytes } from 'node:crypto';
import { hashToken, type Viewer } from '../http/auth.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { createRateLimiter, type RateLimiter } from '../shared/rate-limiter.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { type ApiKeyCache, createApiKeyCache } from './api-key-cache.ts';
import type { ApiKeyRow, ApiKeysRepository } from './api-keys.repository.ts';

export const DEFAULT_REQUESTS_PER_MINUTE = 60;

export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  owner_id: string;
  requests_per_minute: number;
  created_at: string;
  last_used_at: string | null;
  revoked: boolean;
}

export type KeyCheck =
  | { ok: true; key: ApiKeyRow }
  | { ok: false; reason: 'missing' | 'invalid' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

function view(row: ApiKeyRow): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.key_prefix,
    owner_id: row.account_id,
    requests_per_minute: row.requests_per_minute,
    created_at: row.created_at,
    last_used_at: row.last_used_at,
    revoked: row.revoked_at !== null,
  };
}

/**
 * API keys for the Perspective-compatible endpoint. Admins always manage keys; members may create
 * their own when the admin allows it. The key itself is shown once and only its hash is stored.
 */
export function apiKeysService(deps: {
  repo: ApiKeysRepository;
  clock: Clock;
  ids: IdGenerator;
  /** Live keys by hash, so that a busy client's key is not read on every request. */
  cache?: ApiKeyCache;
}) {
  const { repo, clock, ids } = deps;
  const cache = deps.cache ?? createApiKeyCache();
  // One limiter per key, rebuilt if an admin's quota for it changes. Per process, like log-in limits.
  const limiters = new Map<string, { rpm: number; limiter: RateLimiter }>();
  const limiterFor = (row: ApiKeyRow): RateLimiter => {
    let entry = limiters.get(row.id);
    if (!entry || entry.rpm !== row.requests_per_minute) {
      entry = {
        rpm: row.requests_per_minute,
        limiter: createRateLimiter({ max: row.requests_per_minute, windowMs: 60_000 }, clock),
      };
      limiters.set(row.id, entry);
    }
    return entry.limiter;
  };
  return {
    async create(
      viewer: Viewer,
      input: { name: string; requestsPerMinute?: number | undefined },
    ): Promise<Result<{ key: string; view: ApiKeyView }, 'forbidden'>> {
      if (viewer.role !== 'admin' && !(await repo.memberKeysAllowed())) return err('forbidden');
      // Members get the default quota; only admins may raise it.
      const requestsPerMinute =
        viewer.role === 'admin'
          ? (input.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE)
          : DEFAULT_REQUESTS_PER_MINUTE;
      const key = `emp_${randomBytes(24).toString('base64url')}`;
      const row: ApiKeyRow = {
        id: ids(),
        name: input.name,
        key_hash: hashToken(key),
        key_prefix: key.slice(0, 8),
        account_id: viewer.accountId,
        requests_per_minute: requestsPerMinute,
        created_at: clock.now().toISOString(),
        last_used_at: null,
        revoked_at: null,
      };
      await repo.insert(row);
      return ok({ key, view: view(row) });
    },

    /** Admins see every key; members see their own. */
    async list(viewer: Viewer): Promise<ApiKeyView[]> {
      const rows = await repo.listByAccount(viewer.role === 'admin' ? null : viewer.accountId);
      return rows.map(view);
    },

    async revoke(viewer: Viewer, id: string): Promise<Result<ApiKeyView, 'not_found'>> {
      const row = await repo.findById(id);
      if (!row || (viewer.role !== 'admin' && row.account_id !== viewer.accountId))
        return err('not_found');
      const at = clock.now().toISOString();
      if (row.revoked_at === null) await repo.revoke(id, at);
      // After the write: a check that reads the row from now on finds it revoked.
      cache.forget(row.key_hash);
      return ok(view({ ...row, revoked_at: row.revoked_at ?? at }));
    },

    memberKeysAllowed: () => repo.memberKeysAllowed(),
    setMemberKeysAllowed: (allowed: boolean) => repo.setMemberKeysAllowed(allowed),

    /** Checks a key presented with a request and counts it against its per-minute quota. */
    async check(key: string | undefined): Promise<KeyCheck> {
      if (!key) return { ok: false, reason: 'missing' };
      const keyHash = hashToken(key);
      const at = clock.now();
      let row = cache.get(keyHash, at.getTime());
      if (row === undefined) {
        const since = cache.mark();
        const found = await repo.findLiveByHash(keyHash);
        if (!found) return { ok: false, reason: 'invalid' };
        // Our own copy: its last use is updated below without another read.
        row = { ...found };
        cache.remember(keyHash, row, at.getTime(), since);
      }
      const decision = limiterFor(row).hit(row.id);
      if (!decision.ok) {
        return { ok: false, reason: 'rate_limited', retryAfterSeconds: decision.retryAfterSeconds };
      }
      // Recording the last use at minute precision keeps writes rare under load.
      const now = at.toISOString();
      if (row.last_used_at?.slice(0, 16) !== now.slice(0, 16)) {
        row.last_used_at = now;
        await repo.touch(row.id, now);
      }
      return { ok: true, key: row };
    },
  };
}

export type ApiKeysService = ReturnType<typeof apiKeysService>;
