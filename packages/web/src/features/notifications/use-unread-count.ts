import { useCallback, useEffect, useState } from 'react';
import type { Endpoints } from '../../api/endpoints.ts';

const pollEveryMs = 60_000;
export const unreadCap = 40;

/** How many notifications arrived after the read marker; polled gently while signed in. */
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

  return { count, refresh };
}
