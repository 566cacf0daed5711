import type { Kysely } from 'kysely';
import type { CoachSettingsService } from '../coach/coach-settings.service.ts';
import { foldReasons, type ToneAttribute, thresholdFor } from '../coach/sensitivity.ts';
import type { Database, ReplyPolicy } from '../db/schema.ts';
import { findPostTones, type PostToneRow } from './post-tone.repository.ts';
import type { PostToneService } from './post-tone.service.ts';

/** The tone the server measured, as shown to the people a post concerns. */
export interface ToneJson {
  toxicity: number;
  severe_toxicity: number;
  insult: number;
  threat: number;
  identity_attack: number;
  profanity: number;
  emotion: string;
  language: string;
  analysed_at: string;
}

/** Empathie's extension of a Mastodon Status; Mastodon clients ignore it. */
export interface StatusEmpathie {
  tone?: ToneJson;
  /** For a post addressed to the viewer: whether it is folded behind a gentle notice, and why. */
  folded?: boolean;
  reasons?: ToneAttribute[];
  /** Who may reply to the post (its author's choice). */
  reply_policy?: ReplyPolicy;
  /** Whether the viewer may reply, by that policy (false when signed out). */
  can_reply?: boolean;
}

/** The parts of a serialised Mastodon Status the extension reads and writes. */
export interface ExtensibleStatus {
  id: string;
  account: { id: string };
  in_reply_to_account_id: string | null;
  mentions: Array<{ id: string }>;
  reblog: ExtensibleStatus | null;
  empathie?: StatusEmpathie;
}

/**
 * Called by the status presenter on every page of statuses, for one viewer. Adds `empathie.tone`
 * only for the post's author and the people it addresses (the reply target and those mentioned):
 * scores about a post are not for every reader. For those it addresses, adds `folded` and
 * `reasons` from their own sensitivity. Costs three queries per page, whatever its size (plus a
 * one-time measure of any concerned post that has no tone yet).
 */
export type StatusExtension = (
  statuses: ExtensibleStatus[],
  viewerId: string | null,
) => Promise<void>;

export function serializeTone(row: PostToneRow): ToneJson {
  return {
    toxicity: row.toxicity,
    severe_toxicity: row.severe_toxicity,
    insult: row.insult,
    threat: row.threat,
    identity_attack: row.identity_attack,
    profanity: row.profanity,
    emotion: row.emotion,
    language: row.language,
    analysed_at: row.analysed_at,
  };
}

function addressedTo(status: ExtensibleStatus, viewerId: string): boolean {
  return (
    status.in_reply_to_account_id === viewerId || status.mentions.some((m) => m.id === viewerId)
  );
}

export function createStatusExtension(deps: {
  db: Kysely<Database>;
  settings: CoachSettingsService;
  /** Measures, once, a concerned post that has no tone yet (published before tones existed). */
  tones: Pick<PostToneService, 'analysePost'>;
}): StatusExtension {
  return async (statuses, viewerId) => {
    if (viewerId === null || statuses.length === 0) return;
    // A share carries no text of its own: the shared post inside it is the one to look at.
    const concerned = statuses
      .flatMap((s) => (s.reblog ? [s.reblog] : [s]))
      .filter((s) => s.account.id === viewerId || addressedTo(s, viewerId));
    if (concerned.length === 0) return;
    const [tones, sensitivity] = await Promise.all([
      findPostTones(
        deps.db,
        concerned.map((s) => s.id),
      ),
      deps.settings.sensitivities([viewerId]),
    ]);
    // Bounded by the page size, and each post is measured only once: the row is kept.
    for (const id of new Set(concerned.map((s) => s.id))) {
      if (tones.has(id)) continue;
      const measured = await deps.tones.analysePost(id);
      if (measured) tones.set(id, measured);
    }
    const threshold = thresholdFor(sensitivity.get(viewerId) ?? 'medium');
    for (const status of concerned) {
      const tone = tones.get(status.id);
      if (!tone) continue;
      const empathie: StatusEmpathie = { ...status.empathie, tone: serializeTone(tone) };
      if (status.account.id !== viewerId) {
        const reasons = foldReasons(tone, threshold);
        empathie.folded = reasons.length > 0;
        empathie.reasons = reasons;
      }
      status.empathie = empathie;
    }
  };
}
