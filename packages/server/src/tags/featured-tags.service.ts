import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { parseTagName } from './tag-name.ts';
import type { TagsRepository } from './tags.repository.ts';

/** As Mastodon: a profile shows at most ten featured hashtags (`configuration.accounts`). */
export const MAX_FEATURED_TAGS = 10;

export type FeaturedTagError =
  | { kind: 'invalid_name' }
  | { kind: 'too_many' }
  | { kind: 'already_featured' }
  | { kind: 'not_found' };

export interface FeaturedTag {
  id: string;
  name: string;
  statusesCount: number;
  lastStatusAt: string | null;
}

export type FeaturedTagsService = ReturnType<typeof createFeaturedTagsService>;

/** The hashtags a person puts forward on their profile, with how often they used each. */
export function createFeaturedTagsService(deps: {
  repo: TagsRepository;
  clock: Clock;
  ids: IdGenerator;
}) {
  const { repo, clock, ids } = deps;

  async function list(accountId: string): Promise<FeaturedTag[]> {
    const rows = await repo.featured(accountId);
    const usage = await repo.usage(
      accountId,
      rows.map((r) => r.tag_id),
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      statusesCount: usage.get(r.tag_id)?.count ?? 0,
      lastStatusAt: usage.get(r.tag_id)?.last ?? null,
    }));
  }

  return {
    list,

    async feature(accountId: string, raw: string): Promise<Result<FeaturedTag, FeaturedTagError>> {
      const parsed = parseTagName(raw);
      if (!parsed) return err({ kind: 'invalid_name' });
      const current = await repo.featured(accountId);
      if (current.some((f) => f.name === parsed.name)) return err({ kind: 'already_featured' });
      if (current.length >= MAX_FEATURED_TAGS) return err({ kind: 'too_many' });
      const now = clock.now().toISOString();
      const tag = await repo.ensure(parsed.name, parsed.display, ids(), now);
      const id = ids();
      if (!(await repo.feature({ id, accountId, tagId: tag.id, now }))) {
        return err({ kind: 'already_featured' });
      }
      const shown = (await list(accountId)).find((f) => f.id === id);
      return shown ? ok(shown) : err({ kind: 'not_found' });
    },

    async unfeature(accountId: string, id: string): Promise<Result<null, FeaturedTagError>> {
      return (await repo.unfeature(accountId, id)) ? ok(null) : err({ kind: 'not_found' });
    },

    suggestions: async (accountId: string) =>
      (await repo.suggestions(accountId, MAX_FEATURED_TAGS)).map((r) => r.name),
  };
}
