import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { type AccountRow, findLocalAccountsByUsername } from './posts.repository.ts';
import {
  countCharacters,
  extractEntities,
  mentionKey,
  normaliseTag,
  renderPostHtml,
} from './render.ts';

export type ComposeError = { kind: 'empty' } | { kind: 'too_long'; max: number; length: number };

export interface Composed {
  html: string;
  /** Local accounts mentioned, minus any that block the author or that the author blocks. */
  mentions: AccountRow[];
  tags: Array<{ name: string; display: string }>;
}

/** Mastodon counts the content warning with the text against the limit. */
export function checkLength(text: string, spoilerText: string, max: number): ComposeError | null {
  if (text.trim() === '') return { kind: 'empty' };
  const length = countCharacters(text) + [...spoilerText].length;
  return length > max ? { kind: 'too_long', max, length } : null;
}

/**
 * Resolves a draft's mentions and hashtags and renders it. A mention of someone in a block
 * relation with the author is left as plain text and creates no mention row, hence no
 * notification: a blocked person cannot reach you by naming you.
 */
export async function compose(
  db: Kysely<Database>,
  text: string,
  authorId: string,
  ctx: { publicUrl: string; domain: string },
): Promise<Composed> {
  const entities = extractEntities(text);
  const localRefs = entities.mentions.filter(
    (m) => m.domain === null || m.domain === ctx.domain.toLowerCase(),
  );
  const found = await findLocalAccountsByUsername(db, [
    ...new Set(localRefs.map((m) => m.username)),
  ]);
  const blocking =
    found.length === 0
      ? []
      : await db
          .selectFrom('blocks')
          .select(['account_id', 'target_account_id'])
          .where((w) =>
            w.or([
              w.and([
                w('account_id', '=', authorId),
                w(
                  'target_account_id',
                  'in',
                  found.map((a) => a.id),
                ),
              ]),
              w.and([
                w('target_account_id', '=', authorId),
                w(
                  'account_id',
                  'in',
                  found.map((a) => a.id),
                ),
              ]),
            ]),
          )
          .execute();
  const excluded = new Set(
    blocking.map((b) => (b.account_id === authorId ? b.target_account_id : b.account_id)),
  );
  const byUsername = new Map(
    found.filter((a) => !excluded.has(a.id)).map((a) => [a.username_key, a]),
  );
  const resolved = new Map<string, { url: string; username: string }>();
  const mentions = new Map<string, AccountRow>();
  for (const ref of localRefs) {
    const account = byUsername.get(ref.username);
    if (!account) continue;
    resolved.set(mentionKey(ref), { url: account.url, username: account.username });
    mentions.set(account.id, account);
  }
  const html = renderPostHtml(text, { publicUrl: ctx.publicUrl, mentions: resolved });
  const tags = entities.tags.map((t) => ({ name: normaliseTag(t), display: t }));
  return { html, mentions: [...mentions.values()], tags };
}
