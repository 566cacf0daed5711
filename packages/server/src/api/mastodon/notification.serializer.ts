import type { NotificationType } from '../../db/schema.ts';
import {
  type AccountRow,
  type MastodonAccount,
  type SerializerContext,
  serializeAccount,
} from './account.serializer.ts';
import type { MastodonStatus } from './status.serializer.ts';

export interface MastodonNotification {
  id: string;
  /** Mastodon has no `reply` type: a reply goes out as `mention`, flagged in `empathie`. */
  type: Exclude<NotificationType, 'reply'>;
  group_key: string;
  created_at: string;
  account: MastodonAccount;
  status: MastodonStatus | null;
  empathie: { reply: boolean };
}

/** Stored types matching a wire type from `types[]` / `exclude_types[]`. */
export function storedTypes(wire: string): NotificationType[] {
  switch (wire) {
    case 'mention':
      return ['mention', 'reply'];
    case 'reply':
      return ['reply'];
    case 'follow':
    case 'follow_request':
    case 'favourite':
    case 'reblog':
    case 'poll':
      return [wire];
    default:
      return [];
  }
}

export function serializeNotification(
  row: { id: string; type: NotificationType; created_at: string },
  from: AccountRow,
  status: MastodonStatus | null,
  ctx: SerializerContext,
): MastodonNotification {
  return {
    id: row.id,
    type: row.type === 'reply' ? 'mention' : row.type,
    group_key: `ungrouped-${row.id}`,
    created_at: row.created_at,
    account: serializeAccount(from, ctx),
    status,
    empathie: { reply: row.type === 'reply' },
  };
}
