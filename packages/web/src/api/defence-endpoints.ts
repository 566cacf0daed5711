import type { ApiClient } from './api-client.ts';
import type {
  BlockList,
  BlockListEntry,
  Filter,
  NewFilter,
  NotificationPolicy,
  NotificationRequest,
  PolicyField,
  PolicyOutcome,
  ReplyPolicy,
} from './defence.types.ts';
import type { Status } from './mastodon.types.ts';

const enc = encodeURIComponent;
const lists = '/api/empathie/v1/block_lists';

// Reply policy default, keyword filters, strangers' notifications, shared block lists;
// createEndpoints spreads these in.
export function createDefenceEndpoints(api: ApiClient) {
  return {
    defaultReplyPolicy: () =>
      api.request<{ reply_policy: ReplyPolicy }>('GET', '/api/empathie/v1/reply_policy/default'),
    saveDefaultReplyPolicy: (reply_policy: ReplyPolicy) =>
      api.request<{ reply_policy: ReplyPolicy }>('PUT', '/api/empathie/v1/reply_policy/default', {
        body: { reply_policy },
      }),

    /** Changes who may reply to one of one's posts (not an edit of its words). */
    setReplyPolicy: (statusId: string, reply_policy: ReplyPolicy) =>
      api.request<Status>('PUT', `/api/v1/statuses/${enc(statusId)}`, { body: { reply_policy } }),

    filters: () => api.request<Filter[]>('GET', '/api/v2/filters'),
    createFilter: (input: NewFilter) =>
      api.request<Filter>('POST', '/api/v2/filters', { body: input }),
    deleteFilter: (id: string) => api.request<unknown>('DELETE', `/api/v2/filters/${enc(id)}`),

    notificationPolicy: () =>
      api.request<NotificationPolicy>('GET', '/api/v2/notifications/policy'),
    saveNotificationPolicy: (change: Partial<Record<PolicyField, PolicyOutcome>>) =>
      api.request<NotificationPolicy>('PATCH', '/api/v2/notifications/policy', { body: change }),
    notificationRequests: () =>
      api.request<NotificationRequest[]>('GET', '/api/v1/notifications/requests'),
    answerNotificationRequest: (id: string, answer: 'accept' | 'dismiss') =>
      api.request<unknown>('POST', `/api/v1/notifications/requests/${enc(id)}/${answer}`),

    myBlockLists: () => api.request<BlockList[]>('GET', lists),
    subscribedBlockLists: () => api.request<BlockList[]>('GET', `${lists}/subscriptions`),
    blockList: (id: string) => api.request<BlockList>('GET', `${lists}/${enc(id)}`),
    blockListEntries: (id: string) =>
      api.request<BlockListEntry[]>('GET', `${lists}/${enc(id)}/accounts`, {
        query: { limit: 80 },
      }),
    createBlockList: (input: {
      title: string;
      description?: string;
      visibility?: 'public' | 'private';
    }) => api.request<BlockList>('POST', lists, { body: input }),
    deleteBlockList: (id: string) => api.request<unknown>('DELETE', `${lists}/${enc(id)}`),
    addToBlockList: (id: string, accountIds: string[], reason: string) =>
      api.request<BlockList>('POST', `${lists}/${enc(id)}/accounts`, {
        body: { account_ids: accountIds, reason },
      }),
    removeFromBlockList: (id: string, accountIds: string[]) =>
      api.request<BlockList>('DELETE', `${lists}/${enc(id)}/accounts`, {
        body: { account_ids: accountIds },
      }),
    subscribeBlockList: (id: string, action: 'block' | 'mute') =>
      api.request<BlockList>('POST', `${lists}/${enc(id)}/subscribe`, { body: { action } }),
    unsubscribeBlockList: (id: string) =>
      api.request<BlockList>('POST', `${lists}/${enc(id)}/unsubscribe`),
    exportBlockList: (id: string) => api.download(`${lists}/${enc(id)}/export`),
    importBlockList: (id: string, csv: string) =>
      api.request<{ imported: number; skipped: string[] }>('POST', `${lists}/${enc(id)}/import`, {
        body: { csv },
      }),
  };
}
