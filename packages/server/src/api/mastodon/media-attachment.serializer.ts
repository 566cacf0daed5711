import type { MediaRow } from '../../media/media.repository.ts';
import { MAX_DESCRIPTION_CHARS } from '../../media/media.service.ts';
import {
  MAX_INPUT_PIXELS,
  MEDIA_MAX_BYTES,
  SUPPORTED_TYPES,
} from '../../media/media-processing.ts';
import { proxyUrlOf } from '../../media/proxy-urls.ts';
import { isImageType } from '../../media/remote-media.service.ts';

/** Mastodon's MediaAttachment entity (images only on Empathie). */
export interface MastodonMediaAttachment {
  id: string;
  /** `unknown`: a remote attachment that is not an image, linked to at its origin. */
  type: 'image' | 'unknown';
  /** Null while the image is still being processed (the 202 answer of POST /api/v2/media). */
  url: string | null;
  preview_url: string | null;
  /** A remote post's image: where its server keeps it (url/preview_url are our image proxy). */
  remote_url: string | null;
  preview_remote_url: null;
  text_url: null;
  meta: {
    original?: { width: number; height: number; size: string; aspect: number };
    small?: { width: number; height: number; size: string; aspect: number };
    focus: { x: number; y: number };
  };
  description: string | null;
  blurhash: string | null;
}

function dimensions(width: number | null, height: number | null) {
  if (!width || !height) return undefined;
  return { width, height, size: `${width}x${height}`, aspect: width / height };
}

/**
 * `urlOf` turns a storage key into its public address (disk route or S3 bucket). A remote post's
 * image is served by our image proxy (`/media/proxy/<random key>`, media/image-proxy.routes.ts),
 * fetched and cleaned on first view; one that is not an image links to its origin, as Mastodon.
 */
export function serializeMediaAttachment(
  row: MediaRow,
  urlOf: (key: string) => string,
  publicUrl = '',
): MastodonMediaAttachment {
  if (row.remote_url !== null) return serializeRemote(row, publicUrl);
  const ready = row.state === 'ready';
  const original = ready ? dimensions(row.original_width, row.original_height) : undefined;
  const small = ready ? dimensions(row.small_width, row.small_height) : undefined;
  return {
    id: row.id,
    type: 'image',
    url: ready && row.original_key ? urlOf(row.original_key) : null,
    preview_url: ready && row.small_key ? urlOf(row.small_key) : null,
    remote_url: null,
    preview_remote_url: null,
    text_url: null,
    meta: {
      ...(original ? { original } : {}),
      ...(small ? { small } : {}),
      focus: { x: Number(row.focus_x), y: Number(row.focus_y) },
    },
    description: row.description,
    blurhash: row.blurhash,
  };
}

function serializeRemote(row: MediaRow, publicUrl: string): MastodonMediaAttachment {
  const image = isImageType(row.remote_media_type) && row.proxy_key !== null;
  const original = dimensions(row.original_width, row.original_height);
  const small = dimensions(row.small_width, row.small_height);
  return {
    id: row.id,
    type: image ? 'image' : 'unknown',
    url: image ? proxyUrlOf(publicUrl, row.proxy_key ?? '', 'original') : row.remote_url,
    preview_url: image ? proxyUrlOf(publicUrl, row.proxy_key ?? '', 'small') : null,
    remote_url: row.remote_url,
    preview_remote_url: null,
    text_url: null,
    meta: {
      ...(original ? { original } : {}),
      ...(small ? { small } : {}),
      focus: { x: Number(row.focus_x), y: Number(row.focus_y) },
    },
    description: row.description,
    blurhash: row.blurhash,
  };
}

/** What the instance says of its media limits (`configuration.media_attachments`). */
export const MASTODON_MEDIA_LIMITS = {
  supported_mime_types: [...SUPPORTED_TYPES],
  image_size_limit: MEDIA_MAX_BYTES,
  image_matrix_limit: MAX_INPUT_PIXELS,
  video_size_limit: 0,
  video_frame_rate_limit: 0,
  video_matrix_limit: 0,
  description_limit: MAX_DESCRIPTION_CHARS,
};
