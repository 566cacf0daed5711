import type { MediaRow } from '../../media/media.repository.ts';

/** Mastodon's MediaAttachment entity (images only on Empathie). */
export interface MastodonMediaAttachment {
  id: string;
  type: 'image';
  /** Null while the image is still being processed (the 202 answer of POST /api/v2/media). */
  url: string | null;
  preview_url: string | null;
  remote_url: null;
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

/** `urlOf` turns a storage key into its public address (disk route or S3 bucket). */
export function serializeMediaAttachment(
  row: MediaRow,
  urlOf: (key: string) => string,
): MastodonMediaAttachment {
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
