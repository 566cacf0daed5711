import type { ApiClient } from './api-client.ts';

const enc = encodeURIComponent;

/** Mastodon's MediaAttachment entity (images only on Empathie; docs/api.md). */
export interface MediaAttachment {
  id: string;
  type: 'image' | 'unknown' | 'gifv' | 'video' | 'audio';
  /** Null while the server is still processing the upload. */
  url: string | null;
  preview_url: string | null;
  remote_url?: string | null;
  meta?: {
    original?: { width: number; height: number };
    small?: { width: number; height: number };
    focus?: { x: number; y: number };
  };
  /** The alt text: what the image shows, for people who cannot see it. */
  description: string | null;
  blurhash: string | null;
}

// Uploads and descriptions. createEndpoints spreads these in.
export function createMediaEndpoints(api: ApiClient) {
  return {
    /** POST /api/v2/media: 200 when processed, 202 (url null) while it is. */
    uploadMedia: (file: File) => {
      const form = new FormData();
      form.set('file', file);
      return api.request<MediaAttachment>('POST', '/api/v2/media', { form });
    },
    media: (id: string) => api.request<MediaAttachment>('GET', `/api/v1/media/${enc(id)}`),
    describeMedia: (id: string, description: string) =>
      api.request<MediaAttachment>('PUT', `/api/v1/media/${enc(id)}`, { body: { description } }),
  };
}
