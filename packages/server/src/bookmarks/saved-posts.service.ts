import type { Kysely } from 'kysely';
import type { PostRow } from '../api/mastodon/status.serializer.ts';
import type { Database } from '../db/schema.ts';
import type { Bilingual } from '../http/language.ts';
import { findVisiblePost } from '../posts/posts.repository.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import type { SavedPostsRepository } from './saved-posts.repository.ts';

/** Mastodon's default, which apps show as "5 pinned posts at most". */
export const MAX_PINS = 5;

export type SaveError = { kind: 'not_found' } | { kind: 'not_pinnable'; message: Bilingual };

const NOT_PINNABLE = {
  others: {
    fr: 'Seules vos propres publications peuvent être épinglées.',
    en: 'Only your own posts can be pinned.',
  },
  share: {
    fr: 'Un partage ne peut pas être épinglé : épinglez la publication d’origine si elle est à vous.',
    en: 'A share cannot be pinned: pin the original post if it is yours.',
  },
  direct: {
    fr: 'Un message privé ne peut pas être épinglé sur votre profil.',
    en: 'A direct message cannot be pinned to your profile.',
  },
  limit: {
    fr: `Vous avez déjà épinglé ${MAX_PINS} publications : retirez-en une d’abord.`,
    en: `You have already pinned ${MAX_PINS} posts: unpin one first.`,
  },
} as const;

/**
 * Bookmarks and pins. A person may keep only what they can see; a share bookmarks the post it
 * shares (as Mastodon does); pins are for one's own public, unlisted or followers-only posts.
 */
export function createSavedPostsService(deps: {
  db: Kysely<Database>;
  repo: SavedPostsRepository;
  clock: Clock;
  ids: IdGenerator;
}) {
  const { db, repo, clock, ids } = deps;

  async function visible(viewerId: string, postId: string): Promise<PostRow | null> {
    return (await findVisiblePost(db, postId, viewerId)) ?? null;
  }

  return {
    async bookmark(
      viewerId: string,
      postId: string,
      keep: boolean,
    ): Promise<Result<PostRow, SaveError>> {
      const post = await visible(viewerId, postId);
      if (!post) return err({ kind: 'not_found' });
      const target = post.reblog_of_id ? await visible(viewerId, post.reblog_of_id) : post;
      if (!target) return err({ kind: 'not_found' });
      if (keep) {
        await repo.add('bookmarks', {
          id: ids(),
          accountId: viewerId,
          postId: target.id,
          createdAt: clock.now().toISOString(),
        });
      } else {
        await repo.remove('bookmarks', viewerId, target.id);
      }
      return ok(post);
    },

    async pin(viewerId: string, postId: string): Promise<Result<PostRow, SaveError>> {
      const post = await visible(viewerId, postId);
      if (!post) return err({ kind: 'not_found' });
      if (post.account_id !== viewerId)
        return err({ kind: 'not_pinnable', message: NOT_PINNABLE.others });
      if (post.reblog_of_id) return err({ kind: 'not_pinnable', message: NOT_PINNABLE.share });
      if (post.visibility === 'direct')
        return err({ kind: 'not_pinnable', message: NOT_PINNABLE.direct });
      if ((await repo.count('pins', viewerId)) >= MAX_PINS) {
        return err({ kind: 'not_pinnable', message: NOT_PINNABLE.limit });
      }
      await repo.add('pins', {
        id: ids(),
        accountId: viewerId,
        postId: post.id,
        createdAt: clock.now().toISOString(),
      });
      return ok(post);
    },

    async unpin(viewerId: string, postId: string): Promise<Result<PostRow, SaveError>> {
      const post = await visible(viewerId, postId);
      if (!post) return err({ kind: 'not_found' });
      await repo.remove('pins', viewerId, post.id);
      return ok(post);
    },
  };
}

export type SavedPostsService = ReturnType<typeof createSavedPostsService>;
