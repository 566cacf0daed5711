import type { ApiClient } from './api-client.ts';

const enc = encodeURIComponent;
const admin = '/api/empathie/v1/admin/announcements';

/** Mastodon's Announcement, as the banner reads it (docs/api.md, "Announcements"). */
export interface Announcement {
  id: string;
  content: string;
  starts_at: string | null;
  ends_at: string | null;
  all_day: boolean;
  published_at: string | null;
  updated_at: string;
  read: boolean;
  reactions: Array<{ name: string; count: number; me: boolean }>;
}

/** An announcement as admins write it: both languages, drafts included. */
export interface AdminAnnouncement {
  id: string;
  content_fr: string;
  content_en: string;
  starts_at: string | null;
  ends_at: string | null;
  all_day: boolean;
  published: boolean;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface AnnouncementInput {
  content_fr: string;
  content_en: string;
  ends_at: string | null;
  published: boolean;
}

// createEndpoints spreads these in.
export function createAnnouncementEndpoints(api: ApiClient) {
  return {
    announcements: () => api.request<Announcement[]>('GET', '/api/v1/announcements'),
    dismissAnnouncement: (id: string) =>
      api.request<Record<string, never>>('POST', `/api/v1/announcements/${enc(id)}/dismiss`, {
        body: {},
      }),
    adminAnnouncements: () => api.request<AdminAnnouncement[]>('GET', admin),
    createAnnouncement: (input: AnnouncementInput) =>
      api.request<AdminAnnouncement>('POST', admin, { body: input }),
    updateAnnouncement: (id: string, input: AnnouncementInput) =>
      api.request<AdminAnnouncement>('PUT', `${admin}/${enc(id)}`, { body: input }),
    deleteAnnouncement: (id: string) =>
      api.request<Record<string, never>>('DELETE', `${admin}/${enc(id)}`),
  };
}
