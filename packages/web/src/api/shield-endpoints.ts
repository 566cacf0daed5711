import type {
  Ally,
  AllyLogEntry,
  AllyPermission,
  AllySummary,
  HeldAction,
  HeldItem,
  ShieldChange,
  ShieldDefaults,
  ShieldStatus,
} from '../features/shield/shield.types.ts';
import type { ApiClient } from './api-client.ts';

const enc = encodeURIComponent;
const base = '/api/empathie/v1';
/** `?for=` when an ally acts for the person they help. */
const forQuery = (forId?: string) => (forId ? { query: { for: forId } } : {});

// The shield and allies; createEndpoints spreads these in.
export function createShieldEndpoints(api: ApiClient) {
  return {
    shield: (forId?: string) => api.request<ShieldStatus>('GET', `${base}/shield`, forQuery(forId)),
    saveShield: (change: ShieldChange) =>
      api.request<ShieldStatus>('PUT', `${base}/shield`, { body: change }),
    heldFolder: (forId?: string) =>
      api.request<HeldItem[]>('GET', `${base}/shield/held`, forQuery(forId)),
    actOnHeld: (id: string, action: HeldAction, forId?: string) =>
      api.request<HeldItem>('POST', `${base}/shield/held/${enc(id)}/${action}`, forQuery(forId)),
    adminShieldDefaults: () => api.request<ShieldDefaults>('GET', `${base}/admin/shield/settings`),
    saveAdminShieldDefaults: (change: Partial<ShieldDefaults>) =>
      api.request<ShieldDefaults>('PATCH', `${base}/admin/shield/settings`, { body: change }),
    allies: () => api.request<Ally[]>('GET', `${base}/allies`),
    inviteAlly: (accountId: string, permissions: AllyPermission[]) =>
      api.request<Ally>('POST', `${base}/allies`, { body: { account_id: accountId, permissions } }),
    revokeAlly: (accountId: string) =>
      api.request<unknown>('DELETE', `${base}/allies/${enc(accountId)}`),
    helping: () => api.request<Ally[]>('GET', `${base}/allies/helping`),
    allyInvitations: () => api.request<Ally[]>('GET', `${base}/ally_invitations`),
    answerAllyInvitation: (id: string, answer: 'accept' | 'decline') =>
      api.request<Ally>('POST', `${base}/ally_invitations/${enc(id)}/${answer}`),
    allyLog: (forId?: string) =>
      api.request<AllyLogEntry[]>('GET', `${base}/allies/log`, forQuery(forId)),
    allySummary: () => api.request<AllySummary[]>('GET', `${base}/allies/log/summary`),
  };
}
