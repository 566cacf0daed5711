import {
  type Actor,
  Application,
  type DocumentLoader,
  exportSpki,
  type Image,
  Link,
  PropertyValue,
  Service,
} from '@fedify/fedify';
import sanitizeHtml from 'sanitize-html';

/**
 * A remote actor turned into what we store: the fields of its `accounts` row and of its
 * `remote_profiles` row. Everything here came from another server, so text is bounded and HTML
 * cut down to an allow-list before anyone sees it.
 */
export interface RemoteActorData {
  uri: string;
  username: string;
  domain: string;
  url: string;
  displayName: string;
  /** Sanitised HTML. */
  note: string;
  intention: string;
  locked: boolean;
  bot: boolean;
  discoverable: boolean;
  inboxUrl: string | null;
  sharedInboxUrl: string | null;
  publicKeyPem: string | null;
  publicKeyId: string | null;
  avatarUrl: string | null;
  headerUrl: string | null;
  fields: Array<{ name: string; value: string }>;
  followersUrl: string | null;
  followingUrl: string | null;
  outboxUrl: string | null;
  featuredUrl: string | null;
}

// A bio needs paragraphs, line breaks and links (mentions, hashtags), nothing more.
const BIO: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'a', 'span'],
  allowedAttributes: { a: ['href', 'rel', 'class'], span: ['class'] },
  allowedClasses: { a: ['mention', 'hashtag', 'u-url'], span: ['h-card', 'invisible', 'ellipsis'] },
  allowedSchemes: ['http', 'https'],
  allowProtocolRelative: false,
  nonTextTags: ['style', 'script', 'textarea', 'option', 'noscript', 'title', 'head'],
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }),
  },
};

export function sanitizeBio(html: string): string {
  return sanitizeHtml(html.slice(0, 20_000), BIO);
}

function plain(text: string, max: number): string {
  return sanitizeHtml(text, { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

/** Usernames other servers use: letters, digits and a few marks; never `@` or `/`. */
const REMOTE_USERNAME = /^[\p{L}\p{N}_.\-~]{1,64}$/u;

async function imageUrl(image: Promise<Image | null>): Promise<string | null> {
  try {
    const found = await image;
    const url = found?.url;
    const href = url instanceof Link ? url.href : url;
    return href instanceof URL && (href.protocol === 'https:' || href.protocol === 'http:')
      ? href.href
      : null;
  } catch {
    return null;
  }
}

/**
 * Reads what we keep of a remote actor, or null when it cannot be an account here (no id, no
 * usable username, no inbox). `intention` comes from the raw document (empathie-extension.ts).
 */
export async function remoteActorData(
  actor: Actor,
  intention: string | null,
  options: { documentLoader?: DocumentLoader; contextLoader?: DocumentLoader } = {},
): Promise<RemoteActorData | null> {
  const id = actor.id;
  const username = actor.preferredUsername?.toString() ?? '';
  if (!id || !REMOTE_USERNAME.test(username) || !actor.inboxId) return null;
  const loader = { ...options, suppressError: true };
  let publicKeyPem: string | null = null;
  let publicKeyId: string | null = null;
  try {
    const key = await actor.getPublicKey(loader);
    if (key?.publicKey && key.ownerId?.href === id.href) {
      publicKeyPem = await exportSpki(key.publicKey);
      publicKeyId = key.id?.href ?? null;
    }
  } catch {
    // No usable key: the account is stored; its signatures will not verify until it has one.
  }
  const fields: Array<{ name: string; value: string }> = [];
  try {
    for await (const attachment of actor.getAttachments(loader)) {
      if (!(attachment instanceof PropertyValue) || fields.length >= 16) continue;
      fields.push({
        name: plain(attachment.name?.toString() ?? '', 255),
        value: sanitizeBio(attachment.value?.toString() ?? ''),
      });
    }
  } catch {
    // Attachments that do not parse are left out; the profile stays usable.
  }
  const url = actor.url instanceof Link ? actor.url.href : actor.url;
  return {
    uri: id.href,
    username,
    domain: id.host.toLowerCase(),
    url: url instanceof URL ? url.href : id.href,
    displayName: plain(actor.name?.toString() ?? '', 100),
    note: sanitizeBio(actor.summary?.toString() ?? ''),
    intention: intention ?? '',
    locked: actor.manuallyApprovesFollowers === true,
    bot: actor instanceof Service || actor instanceof Application,
    discoverable: actor.discoverable === true,
    inboxUrl: actor.inboxId.href,
    sharedInboxUrl: actor.endpoints?.sharedInbox?.href ?? null,
    publicKeyPem,
    publicKeyId,
    avatarUrl: await imageUrl(actor.getIcon(loader)),
    headerUrl: await imageUrl(actor.getImage(loader)),
    fields,
    followersUrl: actor.followersId?.href ?? null,
    followingUrl: actor.followingId?.href ?? null,
    outboxUrl: actor.outboxId?.href ?? null,
    featuredUrl: actor.featuredId?.href ?? null,
  };
}
