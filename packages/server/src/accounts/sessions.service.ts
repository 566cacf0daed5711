import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Viewer } from '../http/auth.ts';
import type { Clock } from '../shared/clock.ts';
import { listLiveTokens, revokeAllTokens, revokeOwnToken } from './sessions.repository.ts';

export interface Session {
  id: string;
  appName: string | null;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  /** The session making this request. */
  current: boolean;
}

export type SessionsService = ReturnType<typeof createSessionsService>;

/**
 * A person's sessions are their live access tokens: one per log-in or app. Listing them lets a
 * person spot one they do not recognise; revoking one logs that device or app out at its next
 * request (the token resolver refuses revoked tokens).
 */
export function createSessionsService(deps: { db: Kysely<Database>; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async list(viewer: Viewer): Promise<Session[]> {
      const rows = await listLiveTokens(db, viewer.accountId);
      return rows.map((row) => ({
        id: row.id,
        appName: row.app_name,
        scopes: row.scopes.split(/\s+/).filter(Boolean),
        createdAt: row.created_at,
        lastUsedAt: row.last_used_at,
        current: row.id === viewer.tokenId,
      }));
    },

    /** Revokes one of the viewer's sessions (the current one too: that is a log-out). */
    revoke(viewer: Viewer, sessionId: string): Promise<boolean> {
      return revokeOwnToken(db, viewer.accountId, sessionId, clock.now().toISOString());
    },

    /** Logs out everywhere; with `keepCurrent`, everywhere else. Returns how many were closed. */
    revokeAll(viewer: Viewer, options: { keepCurrent: boolean }): Promise<number> {
      return revokeAllTokens(
        db,
        viewer.accountId,
        clock.now().toISOString(),
        options.keepCurrent ? viewer.tokenId : null,
      );
    },
  };
}
