import {
  type MastodonAccount,
  type SerializerContext,
  serializeAccount,
} from '../api/mastodon/account.serializer.ts';
import type { MastodonStatus } from '../api/mastodon/status.serializer.ts';
import type { PageParams } from '../db/pagination.ts';
import { type Db, findAccountsByIds, type PostRow } from '../posts/posts.repository.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import { err, ok, type Result } from '../shared/result.ts';
import type { ConversationRow, ConversationsRepository } from './conversations.repository.ts';

/** Mastodon's Conversation entity. */
export interface MastodonConversation {
  id: string;
  unread: boolean;
  accounts: MastodonAccount[];
  last_status: MastodonStatus | null;
}

export type ConversationsService = ReturnType<typeof createConversationsService>;

/**
 * A person's direct conversations, grouped by who takes part. Rows exist only for participants
 * and are read by their owner only; the last status is read through the visibility rule again,
 * so a deleted message or a block since takes it out (and a conversation with nothing left to
 * show is left out).
 */
export function createConversationsService(deps: {
  db: Db;
  repo: ConversationsRepository;
  present: StatusPresenter;
  ctx: SerializerContext;
}) {
  const { db, repo, present, ctx } = deps;

  async function presentRows(ownerId: string, rows: ConversationRow[]) {
    const visible = await repo.visiblePosts(
      ownerId,
      rows.map((r) => r.last_post_id),
    );
    const postById = new Map<string, PostRow>(visible.map((p) => [p.id, p]));
    const lastOf = new Map<string, PostRow>();
    for (const row of rows) {
      // Rare (the last message was deleted or hidden since): one lookup for that row.
      const last = postById.get(row.last_post_id) ?? (await repo.latestVisible(ownerId, row.id));
      if (last) lastOf.set(row.id, last);
    }
    const kept = rows.filter((r) => lastOf.has(r.id));
    const participantIds = [
      ...new Set(kept.flatMap((r) => (r.participants_key ? r.participants_key.split(',') : []))),
    ];
    const [accounts, statuses] = await Promise.all([
      findAccountsByIds(db, participantIds),
      present([...lastOf.values()], ownerId),
    ]);
    const accountById = new Map(accounts.map((a) => [a.id, a]));
    const statusById = new Map(statuses.map((s) => [s.id, s]));
    return kept.map(
      (row): MastodonConversation => ({
        id: row.id,
        unread: row.unread === 1,
        accounts: (row.participants_key ? row.participants_key.split(',') : []).flatMap((id) => {
          const a = accountById.get(id);
          return a && a.deleted_at === null ? [serializeAccount(a, ctx)] : [];
        }),
        last_status: statusById.get(lastOf.get(row.id)?.id ?? '') ?? null,
      }),
    );
  }

  return {
    /** One page, newest message first; `cursors` are the last messages' ids, for `Link`. */
    async list(ownerId: string, page: PageParams) {
      const rows = await repo.page(ownerId, page);
      return {
        conversations: await presentRows(ownerId, rows),
        newest: rows[0]?.last_post_id,
        oldest: rows.at(-1)?.last_post_id,
      };
    },

    async read(ownerId: string, id: string): Promise<Result<MastodonConversation, 'not_found'>> {
      const row = await repo.find(ownerId, id);
      if (!row) return err('not_found');
      await repo.markRead(ownerId, id);
      const [shown] = await presentRows(ownerId, [{ ...row, unread: 0 }]);
      return shown ? ok(shown) : err('not_found');
    },

    /** The owner's conversation holding this post, as the list shows it (live updates). */
    async ofPost(ownerId: string, postId: string): Promise<MastodonConversation | null> {
      const row = await repo.ofPost(ownerId, postId);
      if (!row) return null;
      const [shown] = await presentRows(ownerId, [row]);
      return shown ?? null;
    },

    async remove(ownerId: string, id: string): Promise<Result<null, 'not_found'>> {
      return (await repo.remove(ownerId, id)) ? ok(null) : err('not_found');
    },
  };
}
