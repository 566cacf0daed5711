import { useCallback, useEffect, useState } from 'react';
import type { Endpoints } from '../../api/endpoints.ts';
import { useLive, useLiveEvents } from '../live/live-context.tsx';

const pollEveryMs = 60_000;
export const unreadCap = 40;

/**
 * How many notifications arrived after the read marker: counted again as each one arrives live
 * (and after the live connection comes back), with a gentle poll as the fallback.
 */
export function useUnreadCount(
  api: Endpoints,
  signedIn: boolean,
): { count: number; refresh: () => void } {
  const [count, setCount] = useState(0);

  const refresh = useCallback(() => {
    if (!signedIn) return setCount(0);
    void api.markers().then(async (markers) => {
      const lastRead = markers.ok ? markers.value.notifications?.last_read_id : undefined;
      const page = await api.notifications({
        limit: unreadCap,
        ...(lastRead ? { since_id: lastRead } : {}),
      });
      if (page.ok) setCount(page.value.length);
    });
  }, [api, signedIn]);

  useEffect(() => {
    refresh();
    if (!signedIn) return;
    const timer = window.setInterval(refresh, pollEveryMs);
    return () => window.clearInterval(timer);
  }, [refresh, signedIn]);

  useLiveEvents('user:notification', (event) => {
    if (event.event === 'notification') refresh();
  });
  const { reconnections } = useLive();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a reconnection is the trigger
  useEffect(() => {
    if (reconnections > 0) refresh();
  }, [reconnections]);

  return { count, refresh };
}
