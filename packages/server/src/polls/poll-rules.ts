import { z } from 'zod';
import { formBoolean } from '../http/params.ts';

/** The limits the instance announces (`configuration.polls`) and enforces. */
export const POLL_LIMITS = {
  minOptions: 2,
  maxOptions: 4,
  maxCharactersPerOption: 50,
  minExpiration: 5 * 60,
  maxExpiration: 30 * 24 * 60 * 60,
} as const;

/**
 * `poll[options][]`, `poll[expires_in]`, `poll[multiple]`, `poll[hide_totals]`, from a form or
 * JSON. Only the types are checked here (generously bounded); the rules a person can break are
 * checked by `checkPoll`, which says what is wrong in words rather than in zod's terms.
 */
export const pollParam = z.preprocess(
  (v) => (v === '' || v === null ? undefined : v),
  z
    .object({
      options: z.preprocess(
        (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
        z.array(z.string().max(1000)).max(100),
      ),
      expires_in: z.coerce.number().int(),
      multiple: formBoolean.optional(),
      hide_totals: formBoolean.optional(),
    })
    .optional(),
);

export type PollParam = NonNullable<z.infer<typeof pollParam>>;

/** A poll as the posts service receives it. */
export interface PollInput {
  options: string[];
  expiresIn: number;
  multiple: boolean;
  hideTotals: boolean;
}

export function toPollInput(p: PollParam | undefined): PollInput | undefined {
  if (!p) return undefined;
  return {
    options: p.options,
    expiresIn: p.expires_in,
    multiple: p.multiple ?? false,
    hideTotals: p.hide_totals ?? false,
  };
}

/** What is wrong with a poll, for a message in the request's language. */
export type PollProblem =
  | { reason: 'options_count'; count: number }
  | { reason: 'option_empty'; position: number }
  | { reason: 'option_too_long'; position: number; length: number }
  | { reason: 'option_duplicate'; title: string }
  | { reason: 'expiry'; expiresIn: number };

export interface PollInvalid {
  kind: 'poll_invalid';
  problem: PollProblem;
}

/** The rules of a poll (Mastodon's): 2–4 distinct options of 1–50 characters, 5 min to 30 days. */
export function checkPoll(poll: PollInput): PollInvalid | null {
  const bad = (problem: PollProblem): PollInvalid => ({ kind: 'poll_invalid', problem });
  const count = poll.options.length;
  if (count < POLL_LIMITS.minOptions || count > POLL_LIMITS.maxOptions) {
    return bad({ reason: 'options_count', count });
  }
  const seen = new Set<string>();
  for (const [i, raw] of poll.options.entries()) {
    const title = raw.trim();
    const length = [...title].length;
    if (length === 0) return bad({ reason: 'option_empty', position: i + 1 });
    if (length > POLL_LIMITS.maxCharactersPerOption) {
      return bad({ reason: 'option_too_long', position: i + 1, length });
    }
    const key = title.toLowerCase();
    if (seen.has(key)) return bad({ reason: 'option_duplicate', title });
    seen.add(key);
  }
  if (poll.expiresIn < POLL_LIMITS.minExpiration || poll.expiresIn > POLL_LIMITS.maxExpiration) {
    return bad({ reason: 'expiry', expiresIn: poll.expiresIn });
  }
  return null;
}
