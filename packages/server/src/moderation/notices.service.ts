import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { AuditEntry } from './audit.repository.ts';
import {
  findNoticeByReference,
  findPost,
  insertNotice,
  type NoticeRow,
  resolveLocalUrl,
} from './moderation.repository.ts';
import type { NoticeCategory } from './moderation.tables.ts';

export const NOTICE_CATEGORIES = [
  'harassment',
  'hate',
  'threats',
  'privacy',
  'intellectual_property',
  'child_safety',
  'other',
] as const satisfies readonly NoticeCategory[];

export interface NoticeInput {
  url: string;
  category: NoticeCategory;
  explanation: string;
  name: string | null;
  email: string | null;
  senderId: string | null;
}

/** Unambiguous letters and digits; 12 of them are 60 bits: a reference nobody guesses. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
function newReference(): string {
  const bytes = randomBytes(12);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return `N-${out}`;
}

export type NoticesService = ReturnType<typeof createNoticesService>;

/**
 * Notices of illegal content from anyone (DSA Art. 16): stored with a reference the notifier
 * keeps, matched to the local post or account the URL names, and placed in the queue (threats
 * and child safety first). The notifier reads the decision with the reference and their e-mail.
 */
export function createNoticesService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  publicUrl: string;
  audit: (entry: AuditEntry) => Promise<void>;
}) {
  const { db, clock, ids, publicUrl } = deps;

  /** A URL of this instance: a post or profile URL as stored, or a web-app link ending in a post id. */
  async function target(url: string) {
    const direct = await resolveLocalUrl(db, url);
    if (direct) return direct;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    if (parsed.origin !== new URL(publicUrl).origin) return null;
    const postId = /\/(\d{6,20})\/?$/.exec(parsed.pathname)?.[1];
    if (!postId) return null;
    const post = await findPost(db, postId);
    return post ? { accountId: post.account_id, postId: post.id } : null;
  }

  return {
    async submit(input: NoticeInput): Promise<NoticeRow> {
      const found = await target(input.url);
      const urgent = input.category === 'threats' || input.category === 'child_safety';
      const row: NoticeRow = {
        id: ids(),
        reference: newReference(),
        url: input.url,
        category: input.category,
        explanation: input.explanation,
        name: input.name,
        email: input.email,
        email_key: input.email ? input.email.trim().toLowerCase() : null,
        sender_id: input.senderId,
        target_account_id: found?.accountId ?? null,
        target_post_id: found?.postId ?? null,
        priority: urgent ? 2 : 0,
        state: 'open',
        assigned_to: null,
        outcome: null,
        decision: null,
        decided_by: null,
        decided_at: null,
        created_at: clock.now().toISOString(),
      };
      await insertNotice(db, row);
      await deps.audit({
        actorId: input.senderId,
        action: 'notice.create',
        targetType: 'notice',
        targetId: row.id,
        detail: { category: row.category },
      });
      return row;
    },

    /** The notice, for its notifier only: the e-mail they gave, or the account that sent it. */
    async read(
      reference: string,
      proof: { email: string | null; accountId: string | null },
    ): Promise<NoticeRow | null> {
      const row = await findNoticeByReference(db, reference);
      if (!row) return null;
      const byEmail =
        proof.email !== null &&
        row.email_key !== null &&
        row.email_key === proof.email.trim().toLowerCase();
      const byAccount = proof.accountId !== null && row.sender_id === proof.accountId;
      return byEmail || byAccount ? row : null;
    },
  };
}
