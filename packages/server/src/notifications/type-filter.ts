import { z } from 'zod';
import { storedTypes } from '../api/mastodon/notification.serializer.ts';
import type { NotificationType } from '../db/schema.ts';

/** `types[]` / `exclude_types[]` / `grouped_types[]`: one value or several, as apps send them. */
export const typeList = z.preprocess(
  (v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]),
  z.array(z.string().max(40)).max(20).optional(),
);

const toStored = (wire: string[] | undefined) =>
  wire ? [...new Set(wire.flatMap(storedTypes))] : null;

/**
 * The stored types a request's `types[]` and `exclude_types[]` name (wire names: excluding
 * `mention` also excludes replies, which travel as mentions). `types: null` means every type.
 */
export function typeFilter(q: {
  types?: string[] | undefined;
  exclude_types?: string[] | undefined;
}): {
  types: NotificationType[] | null;
  excludeTypes: NotificationType[];
} {
  return { types: toStored(q.types), excludeTypes: toStored(q.exclude_types) ?? [] };
}
