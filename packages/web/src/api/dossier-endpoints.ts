import { type ApiClient, buildQuery } from './api-client.ts';
import type { Visibility } from './mastodon.types.ts';

const base = '/api/empathie/v1/dossiers';
const enc = encodeURIComponent;

/** An evidence dossier as the server lists it (docs/api.md, "Evidence dossiers"). */
export interface Dossier {
  id: string;
  owner_id: string;
  title: string;
  item_count: number;
  created_at: string;
  updated_at: string;
}

/** What the web app reads of a snapshot; dossier.json holds every field. */
export interface DossierSnapshot {
  item_id: string;
  collected_at: string;
  collected_by: { handle: string };
  status: {
    url: string;
    text: string;
    spoiler_text: string;
    visibility: Visibility;
    created_at: string;
    edited_at: string | null;
  };
  author: { handle: string; display_name: string; url: string; created_at: string };
  reply_chain: Array<{ id: string; text: string; author: { handle: string } | null }>;
  scores: { toxicity: number } | null;
}

export interface DossierItem {
  id: string;
  status_id: string;
  visibility: string;
  collected_at: string;
  collected_by: string;
  sha256: string;
  snapshot: DossierSnapshot;
}

export type DossierWithItems = Dossier & { items: DossierItem[] };

/** The person's own dossiers, or (with `forId`) those of the person an ally helps. */
export function createDossierEndpoints(api: ApiClient) {
  const q = (forId?: string) => (forId ? { for: forId } : undefined);
  return {
    dossiers: (forId?: string) =>
      api.request<Dossier[]>('GET', base, { query: { ...q(forId), limit: 40 } }),
    dossier: (id: string, forId?: string) =>
      api.request<DossierWithItems>('GET', `${base}/${enc(id)}`, { query: q(forId) ?? {} }),
    createDossier: (title: string, forId?: string) =>
      api.request<Dossier>('POST', base, { body: { title }, query: q(forId) ?? {} }),
    deleteDossier: (id: string) => api.request<unknown>('DELETE', `${base}/${enc(id)}`),
    addToDossier: (id: string, statusId: string, forId?: string) =>
      api.request<DossierItem>('POST', `${base}/${enc(id)}/items`, {
        body: { status_id: statusId },
        query: q(forId) ?? {},
      }),
    removeFromDossier: (id: string, itemId: string, forId?: string) =>
      api.request<unknown>('DELETE', `${base}/${enc(id)}/items/${enc(itemId)}`, {
        query: q(forId) ?? {},
      }),
    /** The signed ZIP, with local times in `timeZone` (the browser's). */
    exportDossier: (id: string, timeZone: string, forId?: string) =>
      api.download(`${base}/${enc(id)}/export${buildQuery({ ...q(forId), tz: timeZone })}`),
  };
}
