import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Policy } from '../policy/policy.service.ts';
import {
  type AccountRow,
  findLocalAccountsByUsername,
  findRemoteAccountsByRef,
} from './posts.repository.ts';
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

/**
 * Mastodon counts the content warning with the text against the limit. A post of images alone
 * may have no text, as on Mastodon (their descriptions say what they show).
 */
export function checkLength(
  text: string,
  spoilerText: string,
  max: number,
  hasMedia = false,
): ComposeError | null {
  if (text.trim() === '' && !hasMedia) return { kind: 'empty' };
  const length = countCharacters(text) + [...spoilerText].length;
  return length > max ? { kind: 'too_long', max, length } : null;
}

/**
 * Resolves a draft's mentions and hashtags and renders it. A mention of someone in a block
 * relation with the author is left as plain text and creates no mention row, hence no
 * notification: a blocked person cannot reach you by naming you (the policy decides who).
 */
export async function compose(
  db: Kysely<Database>,
  text: string,
  authorId: string,
  ctx: { publicUrl: string; domain: string },
  reach: Pick<Policy, 'unmentionable'>,
): Promise<Composed> {
  const entities = extractEntities(text);
  const localRefs = entities.mentions.filter(
    (m) => m.domain === null || m.domain === ctx.domain.toLowerCase(),
  );
  const found = await findLocalAccountsByUsername(db, [
    ...new Set(localRefs.map((m) => m.username)),
  ]);
  const excluded = await reach.unmentionable(
    authorId,
    found.map((a) => a.id),
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
  // Remote people named by `@name@host` are mentioned if this instance knows them (a search
  // resolves them first): the mention row is what addresses the post to them (ADR 0019).
  const remoteRefs = entities.mentions.filter((m) => !localRefs.includes(m));
  const remote = await findRemoteAccountsByRef(db, remoteRefs);
  const remoteExcluded = await reach.unmentionable(
    authorId,
    remote.map((a) => a.id),
  );
  for (const account of remote) {
    if (remoteExcluded.has(account.id) || account.domain === null) continue;
    const ref = { username: account.username_key, domain: account.domain.toLowerCase() };
    resolved.set(mentionKey(ref), { url: account.url, username: account.username });
    mentions.set(account.id, account);
  }
  const html = renderPostHtml(text, { publicUrl: ctx.publicUrl, mentions: resolved });
  const tags = entities.tags.map((t) => ({ name: normaliseTag(t), display: t }));
  return { html, mentions: [...mentions.values()], tags };
}
