import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { useSession } from '../auth/session-context.tsx';
import { type LiveListener, LiveStream, streamingUrlFor } from './live-stream.ts';

interface Live {
  stream: LiveStream | null;
  /** Bumped each time the connection comes back: views refetch what they may have missed. */
  reconnections: number;
}

const LiveContext = createContext<Live>({ stream: null, reconnections: 0 });

/** Opens the app's one live connection while someone is signed in (their session cookie). */
export function LiveProvider(props: { children: ReactNode }) {
  const { session } = useSession();
  const signedIn = session.status === 'signed-in';
  const [live, setLive] = useState<Live>({ stream: null, reconnections: 0 });
  useEffect(() => {
    if (!signedIn || typeof WebSocket === 'undefined') return;
    const stream = new LiveStream({
      url: streamingUrlFor(window.location),
      onReconnect: () =>
        setLive((current) => ({ ...current, reconnections: current.reconnections + 1 })),
    });
    setLive({ stream, reconnections: 0 });
    return () => {
      stream.close();
      setLive({ stream: null, reconnections: 0 });
    };
  }, [signedIn]);
  return <LiveContext.Provider value={live}>{props.children}</LiveContext.Provider>;
}

export function useLive(): Live {
  return useContext(LiveContext);
}

/** Calls `listener` for each event of `stream` while the component is shown. */
export function useLiveEvents(stream: string, listener: LiveListener): void {
  const { stream: live } = useLive();
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => {
    if (!live) return;
    return live.subscribe(stream, (event) => latest.current(event));
  }, [live, stream]);
}
