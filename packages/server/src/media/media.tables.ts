/**
 * The media table, declared beside its domain and merged into `Database` (migration 0026).
 * `state`: `processing` until sharp has written the files, `ready` after, `failed` when the
 * image could not be read; `deleted` while the purge job removes the files of a deleted post.
 */
export type MediaState = 'processing' | 'ready' | 'failed' | 'deleted';

export interface MediaAttachmentTable {
  id: string;
  account_id: string;
  post_id: string | null;
  /** Order inside the post, as the author listed `media_ids`. */
  position: number;
  state: MediaState;
  description: string | null;
  focus_x: number;
  focus_y: number;
  original_key: string | null;
  original_type: string | null;
  original_width: number | null;
  original_height: number | null;
  original_bytes: number | null;
  small_key: string | null;
  small_width: number | null;
  small_height: number | null;
  blurhash: string | null;
  created_at: string;
  /**
   * Images of other servers (migration 0029): the address the image came from (null for an
   * upload), the type its server declared, the random name the image proxy serves it under,
   * `avatar`/`header` for a remote account's pictures (null: a post's attachment), and the last
   * failed fetch, remembered so that a broken remote file is not fetched again on every view.
   */
  remote_url: string | null;
  remote_media_type: string | null;
  proxy_key: string | null;
  purpose: 'avatar' | 'header' | null;
  fetch_error: string | null;
  fetch_failed_at: string | null;
}

declare module '../db/schema.ts' {
  interface Database {
    media_attachments: MediaAttachmentTable;
  }
}
