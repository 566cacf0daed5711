import type { Bilingual } from '../http/language.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import type { AnnouncementRow, AnnouncementsRepository } from './announcements.repository.ts';

export type AnnouncementError =
  | { kind: 'not_found' }
  | { kind: 'invalid'; field: string; message: Bilingual };

export interface AnnouncementInput {
  contentFr: string;
  contentEn: string;
  startsAt: string | null;
  endsAt: string | null;
  allDay: boolean;
  published: boolean;
}

/** Few distinct reactions keep an announcement readable (and its row count bounded). */
export const MAX_REACTION_KINDS = 12;

const EMPTY: Bilingual = {
  fr: 'Écrivez l’annonce dans au moins une langue.',
  en: 'Write the announcement in at least one language.',
};
const ENDS_BEFORE: Bilingual = {
  fr: 'La fin doit venir après le début.',
  en: 'The end must come after the start.',
};
const NOT_EMOJI: Bilingual = {
  fr: 'Une réaction est un seul émoji.',
  en: 'A reaction is a single emoji.',
};
const TOO_MANY_KINDS: Bilingual = {
  fr: `Cette annonce a déjà ${MAX_REACTION_KINDS} réactions différentes : choisissez-en une existante.`,
  en: `This announcement already has ${MAX_REACTION_KINDS} different reactions: pick one of them.`,
};

// One emoji as Unicode defines it (flags, skin tones and ZWJ sequences included). Built at run
// time: the `v` flag is newer than the TypeScript target, and Node 20 supports it.
const SINGLE_EMOJI = new RegExp('^\\p{RGI_Emoji}$', String('v'));

export function isSingleEmoji(name: string): boolean {
  return name.length <= 32 && SINGLE_EMOJI.test(name);
}

/**
 * Instance announcements: admins write them in French and English (a member sees their own
 * language, or the other when only one was written); members read, dismiss and react.
 */
export function createAnnouncementsService(deps: {
  repo: AnnouncementsRepository;
  clock: Clock;
  ids: IdGenerator;
}) {
  const { repo, clock, ids } = deps;
  const now = () => clock.now().toISOString();

  function check(input: AnnouncementInput): AnnouncementError | null {
    if (input.contentFr.trim() === '' && input.contentEn.trim() === '') {
      return { kind: 'invalid', field: 'content_fr', message: EMPTY };
    }
    if (input.startsAt && input.endsAt && input.endsAt <= input.startsAt) {
      return { kind: 'invalid', field: 'ends_at', message: ENDS_BEFORE };
    }
    return null;
  }

  /** Visible to members: published and not over. */
  async function visible(id: string): Promise<AnnouncementRow | null> {
    const found = await repo.find(id);
    if (!found || found.published_at === null) return null;
    if (found.ends_at !== null && found.ends_at <= now()) return null;
    return found;
  }

  return {
    async create(
      authorId: string,
      input: AnnouncementInput,
    ): Promise<Result<AnnouncementRow, AnnouncementError>> {
      const problem = check(input);
      if (problem) return err(problem);
      const at = now();
      const row: AnnouncementRow = {
        id: ids(),
        content_fr: input.contentFr.trim(),
        content_en: input.contentEn.trim(),
        starts_at: input.startsAt,
        ends_at: input.endsAt,
        all_day: input.allDay ? 1 : 0,
        published_at: input.published ? at : null,
        author_id: authorId,
        created_at: at,
        updated_at: at,
      };
      await repo.insert(row);
      return ok(row);
    },

    async update(
      id: string,
      input: AnnouncementInput,
    ): Promise<Result<AnnouncementRow, AnnouncementError>> {
      const found = await repo.find(id);
      if (!found) return err({ kind: 'not_found' });
      const problem = check(input);
      if (problem) return err(problem);
      const at = now();
      const change = {
        content_fr: input.contentFr.trim(),
        content_en: input.contentEn.trim(),
        starts_at: input.startsAt,
        ends_at: input.endsAt,
        all_day: input.allDay ? 1 : 0,
        // Publishing keeps the first publication time; unpublishing takes it back to a draft.
        published_at: input.published ? (found.published_at ?? at) : null,
        updated_at: at,
      };
      await repo.update(id, change);
      return ok({ ...found, ...change });
    },

    async remove(id: string): Promise<Result<AnnouncementRow, AnnouncementError>> {
      const found = await repo.find(id);
      if (!found) return err({ kind: 'not_found' });
      await repo.remove(id);
      return ok(found);
    },

    all: () => repo.all(),

    /** What a member sees, with `read` (dismissed) and reactions. */
    async forMember(accountId: string, withDismissed: boolean) {
      const rows = await repo.active(now());
      const ids = rows.map((r) => r.id);
      const [dismissed, reactions] = await Promise.all([
        repo.dismissedAmong(accountId, ids),
        repo.reactions(ids, accountId),
      ]);
      return rows
        .filter((r) => withDismissed || !dismissed.has(r.id))
        .map((r) => ({ row: r, read: dismissed.has(r.id), reactions: reactions.get(r.id) ?? [] }));
    },

    async dismiss(id: string, accountId: string): Promise<Result<null, AnnouncementError>> {
      if (!(await visible(id))) return err({ kind: 'not_found' });
      await repo.dismiss(id, accountId, now());
      return ok(null);
    },

    async react(
      id: string,
      accountId: string,
      name: string,
    ): Promise<Result<null, AnnouncementError>> {
      if (!(await visible(id))) return err({ kind: 'not_found' });
      if (!isSingleEmoji(name)) return err({ kind: 'invalid', field: 'name', message: NOT_EMOJI });
      const kinds = await repo.distinctReactionNames(id);
      if (!kinds.has(name) && kinds.size >= MAX_REACTION_KINDS) {
        return err({ kind: 'invalid', field: 'name', message: TOO_MANY_KINDS });
      }
      await repo.react(id, accountId, name, now());
      return ok(null);
    },

    async unreact(
      id: string,
      accountId: string,
      name: string,
    ): Promise<Result<null, AnnouncementError>> {
      if (!(await visible(id))) return err({ kind: 'not_found' });
      await repo.unreact(id, accountId, name);
      return ok(null);
    },
  };
}

export type AnnouncementsService = ReturnType<typeof createAnnouncementsService>;
