import { Document } from '@fedify/fedify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** One image of a local post as its Note carries it. */
export interface AttachmentSource {
  /** Absolute: `/media/<key>` on our origin (a bucket's file is redirected to from there). */
  url: string;
  mediaType: string;
  description: string | null;
  width: number | null;
  height: number | null;
}

/** The images of a local post, in order, as the Note carries them (ready ones only). */
export async function loadAttachments(
  db: Kysely<Database>,
  postId: string,
  origin: string,
): Promise<AttachmentSource[]> {
  const rows = await db
    .selectFrom('media_attachments')
    .select(['original_key', 'original_type', 'description', 'original_width', 'original_height'])
    .where('post_id', '=', postId)
    .where('state', '=', 'ready')
    .where('remote_url', 'is', null)
    .orderBy('position')
    .execute();
  return rows.flatMap((r) =>
    r.original_key && r.original_type
      ? [
          {
            url: `${origin}/media/${r.original_key}`,
            mediaType: r.original_type,
            description: r.description,
            width: r.original_width,
            height: r.original_height,
          },
        ]
      : [],
  );
}

/**
 * Mastodon's attachments: a `Document` per image with `mediaType`, `url`, `name` (the alt text),
 * `width` and `height`. Mastodon's `blurhash` (`toot:blurhash`) and `focalPoint` are not in
 * Fedify 1.5's vocabulary, and adding them after Fedify writes the JSON-LD would change a Note
 * that the integrity proof has already signed: they are left out.
 */
export function documentsOf(attachments: AttachmentSource[] | undefined): Document[] {
  return (attachments ?? []).map(
    (a) =>
      new Document({
        mediaType: a.mediaType,
        url: new URL(a.url),
        name: a.description,
        width: a.width,
        height: a.height,
      }),
  );
}
