import { Hashtag, LanguageString, Mention, Note, PUBLIC_COLLECTION } from '@fedify/fedify';
import { Temporal } from '@js-temporal/polyfill';
import type { ReplyPolicy, Visibility } from '../../db/schema.ts';
import { type EmpathieObjectRef, empathieLink } from '../empathie-objects/empathie-vocabulary.ts';
import type { LocalUris } from '../uri.ts';
import { type AttachmentSource, documentsOf } from './note-attachments.ts';
import type { PollSource } from './question.ts';

/** A post of this instance with what its Note names: everything read, nothing left to fetch. */
export interface NoteSource {
  id: string;
  authorUsername: string;
  contentHtml: string;
  spoilerText: string;
  sensitive: boolean;
  visibility: Visibility;
  language: string | null;
  replyPolicy: ReplyPolicy;
  createdAt: string;
  editedAt: string | null;
  inReplyToUri: string | null;
  /** People named (and the replied-to author): actor URI and `@name@host` as shown. */
  mentions: Array<{ uri: string; acct: string }>;
  tags: Array<{ name: string; display: string }>;
  /** The post's images, as `Document` attachments (note-attachments.ts). */
  attachments?: AttachmentSource[];
  /** The call to action or spotlight the post carries (empathie-objects/), if any. */
  empathie?: EmpathieObjectRef | null;
  /** The post's poll, if it has one: the post then travels as a `Question` (question.ts). */
  poll?: PollSource | null;
}

export interface Addressing {
  to: URL[];
  cc: URL[];
}

/**
 * Who a post is addressed to, for each of the four visibilities exactly as Mastodon writes it:
 * public → to Public, cc followers; unlisted → to followers, cc Public; private → to followers;
 * direct → to the mentioned people only. The people named are always addressed (cc, or to for
 * a direct post), which is how they learn of it.
 */
export function addressingOf(visibility: Visibility, followers: URL, mentioned: URL[]): Addressing {
  switch (visibility) {
    case 'public':
      return { to: [PUBLIC_COLLECTION], cc: [followers, ...mentioned] };
    case 'unlisted':
      return { to: [followers], cc: [PUBLIC_COLLECTION, ...mentioned] };
    case 'private':
      return { to: [followers], cc: mentioned };
    case 'direct':
      return { to: mentioned, cc: [] };
    default: {
      const unexpected: never = visibility;
      throw new Error(`unknown visibility ${String(unexpected)}`);
    }
  }
}

/**
 * The visibility an incoming post's addressing says, read the same way back: Public in `to` is
 * public, in `cc` unlisted; the author's followers collection (or any collection we cannot tell
 * apart) without Public is followers-only; people alone is direct.
 */
export function visibilityOf(to: URL[], cc: URL[], followersUri: string | null): Visibility {
  const publicHref = PUBLIC_COLLECTION.href;
  const isPublic = (u: URL) =>
    u.href === publicHref || u.href === 'as:Public' || u.href === 'Public';
  if (to.some(isPublic)) return 'public';
  if (cc.some(isPublic)) return 'unlisted';
  if (followersUri && [...to, ...cc].some((u) => u.href === followersUri)) return 'private';
  return 'direct';
}

const GTS = 'https://gotosocial.org/ns#';
const GTS_CONTEXT = 'https://gotosocial.org/ns';

/**
 * GoToSocial's `interactionPolicy.canReply` from the post's reply policy, so servers that read it
 * (GoToSocial, Empathie) know who may answer before they try: everyone (Public), the people the
 * author follows (their following collection), the people named, or nobody but the author.
 */
export function canReplyOf(
  policy: ReplyPolicy,
  authorUri: string,
  followingUri: string,
  mentioned: string[],
): string[] {
  switch (policy) {
    case 'everyone':
      return [PUBLIC_COLLECTION.href];
    case 'following':
      return [authorUri, followingUri, ...mentioned];
    case 'mentioned':
      return [authorUri, ...mentioned];
    case 'nobody':
      return [authorUri];
    default: {
      const unexpected: never = policy;
      throw new Error(`unknown reply policy ${String(unexpected)}`);
    }
  }
}

/**
 * A Note that also carries `interactionPolicy`, which Fedify 1.5's vocabulary does not know: it
 * is added to the JSON-LD Fedify writes, compact (`interactionPolicy` under GoToSocial's context)
 * when the Note is the document, expanded IRIs when it is embedded in an activity (JSON-LD
 * readers understand both; a plain-JSON reader of an embedded Note sees the full IRI key).
 */
export class PolicyNote extends Note {
  canReply: string[] = [];

  override async toJsonLd(options: Parameters<Note['toJsonLd']>[0] = {}): Promise<unknown> {
    return withInteractionPolicy(await super.toJsonLd(options), this.canReply);
  }
}

/** Adds `interactionPolicy.canReply` to the JSON-LD Fedify wrote (a Note's or a Question's). */
export function withInteractionPolicy(json: unknown, canReply: string[]): unknown {
  if (canReply.length === 0) return json;
  const always = canReply;
  if (Array.isArray(json)) {
    const node = json[0] as Record<string, unknown>;
    node[`${GTS}interactionPolicy`] = [
      { [`${GTS}canReply`]: [{ [`${GTS}always`]: always.map((id) => ({ '@id': id })) }] },
    ];
    return json;
  }
  const node = json as Record<string, unknown>;
  if ('@context' in node) {
    const context = node['@context'];
    return {
      ...node,
      '@context': [...(Array.isArray(context) ? context : [context]), GTS_CONTEXT],
      interactionPolicy: { canReply: { always, approvalRequired: [] } },
    };
  }
  return {
    ...node,
    [`${GTS}interactionPolicy`]: { [`${GTS}canReply`]: { [`${GTS}always`]: always } },
  };
}

/**
 * What the object of a local post says, addressed by its visibility, as Fedify's constructors take
 * it: the Note's, and the Question's when the post has a poll (question.ts adds the options).
 */
export function noteValues(source: NoteSource, uris: LocalUris) {
  const author = source.authorUsername;
  const mentioned = source.mentions.map((m) => new URL(m.uri));
  const { to, cc } = addressingOf(source.visibility, new URL(uris.followers(author)), mentioned);
  // A call or a spotlight ends with a link to its page, so every server shows where it lives.
  const content = source.contentHtml + (source.empathie?.linkHtml ?? '');
  return {
    id: new URL(uris.status(author, source.id)),
    attribution: new URL(uris.actor(author)),
    url: new URL(uris.statusUrl(author, source.id)),
    // `content` for everyone, `contentMap` (a LanguageString) for readers that sort by language.
    contents: source.language ? [content, new LanguageString(content, source.language)] : [content],
    summary: source.spoilerText === '' ? null : source.spoilerText,
    sensitive: source.sensitive,
    published: Temporal.Instant.from(source.createdAt),
    updated: source.editedAt ? Temporal.Instant.from(source.editedAt) : null,
    replyTarget: source.inReplyToUri ? new URL(source.inReplyToUri) : null,
    tos: to,
    ccs: cc,
    // Another Empathie dereferences this Link; Mastodon keeps only attachments with a `url`.
    attachments: [
      // The post's images, as Mastodon's `Document`s (note-attachments.ts).
      ...documentsOf(source.attachments),
      ...(source.empathie ? [empathieLink(source.empathie)] : []),
    ],
    tags: [
      ...source.mentions.map((m) => new Mention({ href: new URL(m.uri), name: `@${m.acct}` })),
      ...source.tags.map(
        (t) =>
          new Hashtag({
            href: new URL(`${uris.origin}/tags/${encodeURIComponent(t.name)}`),
            name: `#${t.display}`,
          }),
      ),
    ],
  } satisfies ConstructorParameters<typeof Note>[0];
}

/** Who may reply to a local post, as `interactionPolicy.canReply` says it. */
export function canReplyOfSource(source: NoteSource, uris: LocalUris): string[] {
  const author = source.authorUsername;
  return canReplyOf(
    source.replyPolicy,
    uris.actor(author),
    uris.following(author),
    source.mentions.map((m) => m.uri),
  );
}

/** The Note of a local post, addressed by its visibility. */
export function noteOf(source: NoteSource, uris: LocalUris): PolicyNote {
  const note = new PolicyNote(noteValues(source, uris));
  note.canReply = canReplyOfSource(source, uris);
  return note;
}
