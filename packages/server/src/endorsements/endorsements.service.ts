import type { Bilingual } from '../http/language.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import type { EndorsementsRepository } from './endorsements.repository.ts';

/** Mastodon shows a handful on a profile; more would stop being a choice. */
export const MAX_ENDORSEMENTS = 20;

export type EndorsementError = { kind: 'not_found' } | { kind: 'invalid'; message: Bilingual };

const NOT_FOLLOWING: Bilingual = {
  fr: 'On ne peut mettre en avant que des comptes que l’on suit.',
  en: 'You can only feature accounts you follow.',
};
const TOO_MANY: Bilingual = {
  fr: `Vous mettez déjà ${MAX_ENDORSEMENTS} comptes en avant : retirez-en un d’abord.`,
  en: `You already feature ${MAX_ENDORSEMENTS} accounts: remove one first.`,
};

/** Featuring people on one's profile (Mastodon's endorsements): only people one follows. */
export function createEndorsementsService(deps: {
  repo: EndorsementsRepository;
  clock: Clock;
  ids: IdGenerator;
}) {
  const { repo, clock, ids } = deps;
  return {
    async endorse(accountId: string, targetId: string): Promise<Result<null, EndorsementError>> {
      if (!(await repo.follows(accountId, targetId))) {
        return err({ kind: 'invalid', message: NOT_FOLLOWING });
      }
      const already = await repo.endorsedAmong(accountId, [targetId]);
      if (!already.has(targetId) && (await repo.count(accountId)) >= MAX_ENDORSEMENTS) {
        return err({ kind: 'invalid', message: TOO_MANY });
      }
      await repo.add({ id: ids(), accountId, targetId, at: clock.now().toISOString() });
      return ok(null);
    },

    unendorse: (accountId: string, targetId: string) => repo.remove(accountId, targetId),
  };
}

export type EndorsementsService = ReturnType<typeof createEndorsementsService>;
