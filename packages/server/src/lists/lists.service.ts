import type { Bilingual } from '../http/language.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import type { ListRow, ListsRepository, RepliesPolicy } from './lists.repository.ts';

export type ListError =
  | { kind: 'not_found' }
  | { kind: 'invalid'; field: string; message: Bilingual };

/** Mastodon's own cap is per instance; this keeps one person's lists readable. */
export const MAX_LISTS = 50;

const NOT_FOLLOWED: Bilingual = {
  fr: 'On ne peut ajouter à une liste que des comptes que l’on suit.',
  en: 'Only accounts you follow can be added to a list.',
};
const EXCLUSIVE: Bilingual = {
  fr: 'Les listes exclusives (retirées de l’accueil) ne sont pas encore prises en charge.',
  en: 'Exclusive lists (kept out of home) are not supported yet.',
};
const TOO_MANY: Bilingual = {
  fr: `Vous avez déjà ${MAX_LISTS} listes.`,
  en: `You already have ${MAX_LISTS} lists.`,
};

/** A person's lists: theirs alone (404 for anyone else), of accounts they follow. */
export function createListsService(deps: {
  repo: ListsRepository;
  clock: Clock;
  ids: IdGenerator;
}) {
  const { repo, clock, ids } = deps;
  return {
    list: (ownerId: string) => repo.ofOwner(ownerId),

    async find(ownerId: string, id: string): Promise<Result<ListRow, ListError>> {
      const found = await repo.find(ownerId, id);
      return found ? ok(found) : err({ kind: 'not_found' });
    },

    async create(
      ownerId: string,
      input: { title: string; repliesPolicy: RepliesPolicy; exclusive: boolean },
    ): Promise<Result<ListRow, ListError>> {
      if (input.exclusive) return err({ kind: 'invalid', field: 'exclusive', message: EXCLUSIVE });
      if ((await repo.ofOwner(ownerId)).length >= MAX_LISTS) {
        return err({ kind: 'invalid', field: 'title', message: TOO_MANY });
      }
      const row: ListRow = {
        id: ids(),
        account_id: ownerId,
        title: input.title,
        replies_policy: input.repliesPolicy,
        created_at: clock.now().toISOString(),
      };
      await repo.insert(row);
      return ok(row);
    },

    async update(
      ownerId: string,
      id: string,
      input: {
        title?: string | undefined;
        repliesPolicy?: RepliesPolicy | undefined;
        exclusive?: boolean | undefined;
      },
    ): Promise<Result<ListRow, ListError>> {
      const found = await repo.find(ownerId, id);
      if (!found) return err({ kind: 'not_found' });
      if (input.exclusive) return err({ kind: 'invalid', field: 'exclusive', message: EXCLUSIVE });
      const change = {
        title: input.title ?? found.title,
        replies_policy: input.repliesPolicy ?? found.replies_policy,
      };
      await repo.update(ownerId, id, change);
      return ok({ ...found, ...change });
    },

    async remove(ownerId: string, id: string): Promise<Result<null, ListError>> {
      if (!(await repo.find(ownerId, id))) return err({ kind: 'not_found' });
      await repo.remove(ownerId, id);
      return ok(null);
    },

    async addAccounts(
      ownerId: string,
      id: string,
      accountIds: string[],
    ): Promise<Result<null, ListError>> {
      if (!(await repo.find(ownerId, id))) return err({ kind: 'not_found' });
      const followed = await repo.followedAmong(ownerId, accountIds);
      if (accountIds.some((a) => !followed.has(a))) {
        return err({ kind: 'invalid', field: 'account_ids', message: NOT_FOLLOWED });
      }
      await repo.addMembers(
        id,
        accountIds.map((accountId) => ({ id: ids(), accountId })),
      );
      return ok(null);
    },

    async removeAccounts(
      ownerId: string,
      id: string,
      accountIds: string[],
    ): Promise<Result<null, ListError>> {
      if (!(await repo.find(ownerId, id))) return err({ kind: 'not_found' });
      await repo.removeMembers(id, accountIds);
      return ok(null);
    },
  };
}

export type ListsService = ReturnType<typeof createListsService>;
