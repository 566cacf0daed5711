import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiResult } from '../../api/api-client.ts';
import type { Status } from '../../api/mastodon.types.ts';
import type { Paginated } from '../../app/use-paginated.ts';
import { useLive, useLiveEvents } from './live-context.tsx';

/**
 * Keeps a timeline live without moving it under the reader's eyes: new posts wait in a calm
 * "N new posts — show" control until the reader asks for them; an edit changes the post in place
 * and a deletion takes it away, as a refresh would.
 */
export function useLiveTimeline(
  stream: string,
  list: Paginated<Status>,
  /** Posts newer than an id, fetched after a reconnection: what was missed while offline. */
  since: (sinceId: string) => Promise<ApiResult<Status[]>>,
) {
  const [waiting, setWaiting] = useState<Status[]>([]);
  const newest = useRef<string | undefined>(undefined);
  newest.current = waiting[0]?.id ?? list.items[0]?.id;
  const sinceRef = useRef(since);
  sinceRef.current = since;

  // Back online: what arrived meanwhile joins the waiting posts, behind the same calm control.
  const { reconnections } = useLive();
  useEffect(() => {
    const from = newest.current;
    if (reconnections === 0 || !from) return;
    void sinceRef.current(from).then((result) => {
      if (!result.ok || result.value.length === 0) return;
      setWaiting((current) => {
        const known = new Set(current.map((s) => s.id));
        return [...result.value.filter((s) => !known.has(s.id)), ...current];
      });
    });
  }, [reconnections]);

  useLiveEvents(stream, (event) => {
    if (event.event === 'update') {
      const status = JSON.parse(event.payload) as Status;
      setWaiting((current) => [status, ...current.filter((s) => s.id !== status.id)]);
    } else if (event.event === 'status.update') {
      const status = JSON.parse(event.payload) as Status;
      list.update(status.id, () => status);
      setWaiting((current) => current.map((s) => (s.id === status.id ? status : s)));
    } else if (event.event === 'delete') {
      list.remove(event.payload);
      setWaiting((current) => current.filter((s) => s.id !== event.payload));
    }
  });

  // A post already shown (the reader's own, added by the composer) is not news.
  const pending = useMemo(() => {
    const shown = new Set(list.items.map((s) => s.id));
    return waiting.filter((s) => !shown.has(s.id));
  }, [waiting, list.items]);

  const show = useCallback(() => {
    // Oldest first, so the newest ends on top.
    for (const status of [...pending].reverse()) list.prepend(status);
    setWaiting([]);
  }, [pending, list]);

  return { pending: pending.length, show };
}
