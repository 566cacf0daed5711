import type { PageParams } from '../db/pagination.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { parseTagName } from './tag-name.ts';
import type { TagsRepository } from './tags.repository.ts';

export type TagError = { kind: 'invalid_name' } | { kind: 'not_found' };

export type FollowedTagsService = ReturnType<typeof createFollowedTagsService>;

/**
 * Following a hashtag brings its public posts to one's home (`tag-fanout.ts`), from the moment of
 * the follow on, as on Mastodon.
 */
export function createFollowedTagsService(deps: {
  repo: TagsRepository;
  clock: Clock;
  ids: IdGenerator;
}) {
  const { repo, clock, ids } = deps;
  return {
    async follow(accountId: string, raw: string): Promise<Result<string, TagError>> {
      const parsed = parseTagName(raw);
      if (!parsed) return err({ kind: 'invalid_name' });
      const now = clock.now().toISOString();
      const tag = await repo.ensure(parsed.name, parsed.display, ids(), now);
      await repo.follow({ id: ids(), accountId, tagId: tag.id, now });
      return ok(tag.name);
    },

    async unfollow(accountId: string, raw: string): Promise<Result<string, TagError>> {
      const parsed = parseTagName(raw);
      if (!parsed) return err({ kind: 'invalid_name' });
      const tag = await repo.findByName(parsed.name);
      if (tag) await repo.unfollow(accountId, tag.id);
      return ok(parsed.name);
    },

    followed: (accountId: string, page: PageParams) => repo.followed(accountId, page),
    isFollowing: async (accountId: string | null, name: string) =>
      accountId !== null && (await repo.followedAmong(accountId, [name])).has(name),
  };
}
