import type { Selectable } from 'kysely';
import type { ScheduledStatusTable } from '../../db/schema.ts';

type ScheduledRow = Selectable<ScheduledStatusTable>;

/** Mastodon's ScheduledStatus, plus Empathie's `empathie` object (undo window, refusal). */
export interface MastodonScheduledStatus {
  id: string;
  scheduled_at: string;
  params: {
    text: string;
    poll: null;
    media_ids: null;
    sensitive: boolean | null;
    spoiler_text: string | null;
    visibility: ScheduledRow['visibility'];
    scheduled_at: null;
    in_reply_to_id: string | null;
    language: string | null;
    application_id: null;
    idempotency: null;
    with_rate_limit: boolean;
  };
  media_attachments: [];
  empathie: {
    /**
     * `scheduled` (send later), `undo` (held for the undo window) or `review` (sent later after
     * the coach paused it: held for its author's last look when its time comes).
     */
    kind: ScheduledRow['kind'];
    /** When the undo window closes (the post is then published); null for a scheduled post. */
    undo_until: string | null;
    /**
     * Why it did not leave (`not_found`, `too_long`, `empty`; `awaiting_review`: its time came and
     * it waits for its author's last look), else null.
     */
    failure: string | null;
  };
}

export function serializeScheduledStatus(row: ScheduledRow): MastodonScheduledStatus {
  return {
    id: row.id,
    scheduled_at: row.scheduled_at,
    params: {
      text: row.text,
      poll: null,
      media_ids: null,
      sensitive: row.sensitive === null ? null : row.sensitive === 1,
      spoiler_text: row.spoiler_text === '' ? null : row.spoiler_text,
      visibility: row.visibility,
      // Mastodon leaves it null in params: the time is the entity's own `scheduled_at`.
      scheduled_at: null,
      in_reply_to_id: row.in_reply_to_id,
      language: row.language,
      application_id: null,
      idempotency: null,
      with_rate_limit: false,
    },
    media_attachments: [],
    empathie: {
      kind: row.kind,
      undo_until: row.kind === 'undo' ? row.scheduled_at : null,
      failure: row.failure,
    },
  };
}
