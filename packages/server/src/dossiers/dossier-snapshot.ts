import type { SnapshotAccount, SnapshotSource } from './dossier-snapshot.repository.ts';
import type { DossierPerson } from './verify/dossier-format.ts';

/** The format of one item, written into each snapshot so a reader knows what it holds. */
export const ITEM_FORMAT = 'empathie-dossier-item/1';

/**
 * One collected post, frozen at collection: what dossier.json lists and what its hash covers.
 * Field names are snake_case JSON, as on the wire; every value is a string, number, boolean,
 * null, array or object, so RFC 8785 canonicalises it without surprise.
 */
export interface DossierSnapshot {
  format: typeof ITEM_FORMAT;
  item_id: string;
  collected_at: string;
  collected_by: DossierPerson;
  status: {
    id: string;
    uri: string;
    url: string;
    visibility: string;
    language: string | null;
    spoiler_text: string;
    sensitive: boolean;
    text: string;
    html: string;
    created_at: string;
    edited_at: string | null;
    in_reply_to_id: string | null;
    mentions: string[];
  };
  author: SnapshotAuthor;
  /** Earlier versions, oldest first, when the author edited the post before it was collected. */
  previous_versions: Array<{
    text: string;
    html: string;
    spoiler_text: string;
    written_at: string;
  }>;
  /** The posts it answers, oldest first, as the person could see them when it was collected. */
  reply_chain: Array<{
    id: string;
    url: string;
    author: { handle: string; display_name: string; url: string } | null;
    text: string;
    created_at: string;
  }>;
  /** The empathy engine's reading of the post, stored when it was published; null if none. */
  scores: {
    toxicity: number;
    severe_toxicity: number;
    insult: number;
    threat: number;
    identity_attack: number;
    profanity: number;
    emotion: string;
    language: string;
    analysed_at: string;
  } | null;
}

export interface SnapshotAuthor {
  id: string;
  handle: string;
  display_name: string;
  url: string;
  uri: string;
  /** When the account was created, to the second: a pile-on often comes from new accounts. */
  created_at: string;
  local: boolean;
  bot: boolean;
}

/** `@name@domain`, the handle that finds the account from anywhere in the fediverse. */
export function handleOf(account: SnapshotAccount, localDomain: string): string {
  return `@${account.username}@${account.domain ?? localDomain}`;
}

export function personOf(account: SnapshotAccount, localDomain: string): DossierPerson {
  return { id: account.id, handle: handleOf(account, localDomain), url: account.url };
}

export function buildSnapshot(
  source: SnapshotSource,
  meta: { itemId: string; collectedAt: string; collectedBy: SnapshotAccount; localDomain: string },
): DossierSnapshot {
  const { post, author, tone } = source;
  const domain = meta.localDomain;
  return {
    format: ITEM_FORMAT,
    item_id: meta.itemId,
    collected_at: meta.collectedAt,
    collected_by: personOf(meta.collectedBy, domain),
    status: {
      id: post.id,
      uri: post.uri,
      url: post.url,
      visibility: post.visibility,
      language: post.language,
      spoiler_text: post.spoiler_text,
      sensitive: Number(post.sensitive) === 1,
      text: post.text,
      html: post.content_html,
      created_at: post.created_at,
      edited_at: post.edited_at,
      in_reply_to_id: post.in_reply_to_id,
      mentions: source.mentions.map((m) => handleOf(m, domain)),
    },
    author: {
      id: author.id,
      handle: handleOf(author, domain),
      display_name: author.display_name,
      url: author.url,
      uri: author.uri,
      created_at: author.created_at,
      local: author.domain === null,
      bot: Number(author.bot) === 1,
    },
    previous_versions: source.previousVersions.map((v) => ({
      text: v.text,
      html: v.content_html,
      spoiler_text: v.spoiler_text,
      written_at: v.created_at,
    })),
    reply_chain: source.ancestors.map(({ post: p, author: a }) => ({
      id: p.id,
      url: p.url,
      author: a ? { handle: handleOf(a, domain), display_name: a.display_name, url: a.url } : null,
      text: p.text,
      created_at: p.created_at,
    })),
    scores: tone
      ? {
          toxicity: Number(tone.toxicity),
          severe_toxicity: Number(tone.severe_toxicity),
          insult: Number(tone.insult),
          threat: Number(tone.threat),
          identity_attack: Number(tone.identity_attack),
          profanity: Number(tone.profanity),
          emotion: tone.emotion,
          language: tone.language,
          analysed_at: tone.analysed_at,
        }
      : null,
  };
}
