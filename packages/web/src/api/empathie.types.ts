// Shapes of the Empathie extensions the web app reads (docs/api.md, "Empathie endpoints").

import type { Call, Spotlight } from './collective-endpoints.ts';
import type { ReplyPolicy } from './defence.types.ts';

export type Sensitivity = 'off' | 'low' | 'medium' | 'high';

export interface CoachSettings {
  coach_enabled: boolean;
  sensitivity: Sensitivity;
  cool_down_minutes: number;
  undo_seconds: number;
  /** Derived from the sensitivity by the server; null when sensitivity is off. */
  score_threshold: number | null;
}

/** A PATCH: a null value goes back to the instance default. */
export type CoachSettingsPatch = Partial<{
  [K in Exclude<keyof CoachSettings, 'score_threshold'>]: CoachSettings[K] | null;
}>;

export const OUTCOMES = [
  'revised',
  'used_suggestion',
  'sent_later',
  'posted_anyway',
  'saved_draft',
  'cancelled',
] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type OutcomeCounts = Record<Outcome, number>;

export interface CoachOutcomeInput {
  outcome: Outcome;
  score_before: number;
  score_after?: number;
  findings?: string[];
  language?: 'fr' | 'en';
}

export interface CoachWeek {
  week: string;
  stepped_in: number;
  outcomes: OutcomeCounts;
  posts: number;
  /** Posts that went out that a reader at the default sensitivity would find hurtful. */
  hurtful_posts: number;
}

export interface CoachMe {
  weeks: number;
  since: string;
  stepped_in: number;
  posts_published: number;
  hurtful_published: number;
  outcomes: OutcomeCounts;
  average_score_drop: number | null;
  per_week: CoachWeek[];
}

export interface AdminCoachStats {
  weeks: number;
  since: string;
  min_group: number;
  pauses: number;
  shares: Record<Outcome, number> | null;
  average_score_drop: number | null;
  per_week: { week: string; pauses: number | null; withheld: boolean }[];
}

export interface DraftInput {
  text: string;
  spoiler_text: string;
  visibility: 'public' | 'unlisted' | 'private' | 'direct';
  language: string | null;
  in_reply_to_id: string | null;
}

export interface Draft extends DraftInput {
  id: string;
  created_at: string;
  updated_at: string;
}

export type ToneAttributeName =
  | 'toxicity'
  | 'severe_toxicity'
  | 'insult'
  | 'threat'
  | 'identity_attack'
  | 'profanity';

/** `empathie` on a Status: tone for its author and the people it addresses; folding for the latter. */
export interface StatusEmpathie {
  tone?: Partial<Record<ToneAttributeName, number>> & { emotion?: string; language?: string };
  folded?: boolean;
  reasons?: ToneAttributeName[];
  /** Who may reply to the post, and whether the viewer may (reply controls). */
  reply_policy?: ReplyPolicy;
  can_reply?: boolean;
  /** The call to action this status carries. */
  call?: Call;
  /** The spotlight this status carries. */
  spotlight?: Spotlight;
}

/** Mastodon's ScheduledStatus with Empathie's `empathie` (a post waiting: sent later or undo). */
export interface ScheduledStatus {
  id: string;
  scheduled_at: string;
  params: {
    text: string;
    spoiler_text: string | null;
    visibility: string;
    language: string | null;
    in_reply_to_id: string | null;
  };
  empathie?: {
    kind: 'scheduled' | 'undo' | 'review';
    undo_until: string | null;
    failure: string | null;
  };
}
