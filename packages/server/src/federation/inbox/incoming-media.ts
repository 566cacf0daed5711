import { type Object as ApObject, Document, Link } from '@fedify/fedify';
import type { RemoteMediaInput } from '../../media/remote-media.service.ts';

/** Attachments read from one Note: Mastodon keeps four, a Note may list more. */
const MAX_READ = 8;

/** Never fetch while reading what a Note embeds: an attachment given only by its id is skipped. */
const embeddedOnly = { documentLoader: () => Promise.reject(new Error('not fetched')) };

function httpUrl(value: URL | Link | null): string | null {
  const href = value instanceof Link ? value.href : value;
  if (!(href instanceof URL)) return null;
  return href.protocol === 'https:' || href.protocol === 'http:' ? href.href : null;
}

function dimension(value: number | null): number | null {
  return value !== null && Number.isInteger(value) && value > 0 && value <= 100_000 ? value : null;
}

/**
 * The media a remote Note (or Question) carries, as Mastodon reads them: each `Document` (or its subtypes
 * `Image`, `Video`, `Audio`) with an http(s) `url`; its `name` is the alt text, read as plain
 * text. Other attachments (a `PropertyValue`, a `Link` such as another Empathie's call to
 * action) are not media. Whether a kept one is an image is decided by its `mediaType`: one that
 * says otherwise is shown as Mastodon's `unknown` (a link to the original), never proxied.
 * Nothing is downloaded here.
 */
export async function remoteAttachments(note: ApObject): Promise<RemoteMediaInput[]> {
  const found: RemoteMediaInput[] = [];
  try {
    for await (const item of note.getAttachments(embeddedOnly)) {
      if (found.length >= MAX_READ) break;
      if (!(item instanceof Document)) continue;
      const url = httpUrl(item.url);
      if (!url) continue;
      const linkType = item.url instanceof Link ? item.url.mediaType : null;
      const mediaType = (item.mediaType ?? linkType)?.trim().toLowerCase() || null;
      found.push({
        url,
        mediaType: mediaType && /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(mediaType) ? mediaType : null,
        description: item.name === null ? null : String(item.name),
        width: dimension(item.width),
        height: dimension(item.height),
        blurhash: null,
      });
    }
  } catch {
    // An attachment given by reference only: what was read so far is kept.
  }
  return found;
}
