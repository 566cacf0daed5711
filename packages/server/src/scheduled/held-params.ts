import { z } from 'zod';
import { UNDO_RANGE } from '../coach/coach-settings.service.ts';
import { formBoolean } from '../http/params.ts';

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

/**
 * The parameters of `POST /api/v1/statuses` that hold a post instead of publishing it:
 * Mastodon's `scheduled_at`, and Empathie's undo window (`undo_window=true` takes the author's
 * coach setting, `empathie_undo_seconds` a number of seconds chosen by the client).
 */
export const heldPostParams = {
  scheduled_at: z.preprocess(blankToUndefined, z.iso.datetime({ offset: true }).optional()),
  undo_window: formBoolean.optional(),
  empathie_undo_seconds: z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(UNDO_RANGE.min).max(UNDO_RANGE.max).optional(),
  ),
  /**
   * With `scheduled_at`: when its time comes, hold the post for the author's last look instead
   * of sending it (the coach's "send later" after a pause on a hurtful draft).
   */
  empathie_review: formBoolean.optional(),
};

export interface HeldPostParams {
  scheduled_at?: string | undefined;
  undo_window?: boolean | undefined;
  empathie_undo_seconds?: number | undefined;
  empathie_review?: boolean | undefined;
}

/** Whether a request asks to hold the post (the scheduled domain answers it then). */
export function isHeld(params: HeldPostParams): boolean {
  return (
    params.scheduled_at !== undefined ||
    params.undo_window === true ||
    params.empathie_undo_seconds !== undefined ||
    // Answered by the scheduled domain too, which refuses it without a time.
    params.empathie_review === true
  );
}
