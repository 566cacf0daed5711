import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { ScheduledStatus } from '../../api/empathie.types.ts';
import type { Status } from '../../api/mastodon.types.ts';
import { UndoToast } from './undo-toast.tsx';

export interface HoldHandlers {
  /** Puts the held text back where it was written; false when that composer is gone. */
  restore: (held: ScheduledStatus) => boolean;
  /** The post once published, for the list it was written from. */
  onPublished: (status: Status) => void;
}

export interface PendingHold {
  held: ScheduledStatus;
  handlers: HoldHandlers;
  /** Length of the window when it opened, in seconds (for what the live region says). */
  total: number;
}

interface UndoApi {
  hold: (held: ScheduledStatus, handlers: HoldHandlers) => void;
}

const UndoContext = createContext<UndoApi | null>(null);

/**
 * Posts held for their undo window, above the routes: the toast outlives the page it was posted
 * from, so the person can still take the post back after navigating away.
 */
export function UndoProvider(props: { children: ReactNode }) {
  const [pending, setPending] = useState<PendingHold[]>([]);
  const hold = useCallback((held: ScheduledStatus, handlers: HoldHandlers) => {
    const until = Date.parse(held.empathie?.undo_until ?? held.scheduled_at);
    const total = Math.max(1, Math.ceil((until - Date.now()) / 1000));
    setPending((current) => [
      ...current.filter((item) => item.held.id !== held.id),
      { held, handlers, total },
    ]);
  }, []);
  const done = useCallback((id: string) => {
    setPending((current) => current.filter((item) => item.held.id !== id));
  }, []);
  const value = useMemo(() => ({ hold }), [hold]);
  return (
    <UndoContext.Provider value={value}>
      {props.children}
      <div className="undo-stack">
        {pending.map((item) => (
          <UndoToast key={item.held.id} pending={item} onDone={() => done(item.held.id)} />
        ))}
      </div>
    </UndoContext.Provider>
  );
}

export function useUndo(): UndoApi {
  const undo = useContext(UndoContext);
  if (!undo) throw new Error('useUndo must be used inside <UndoProvider>');
  return undo;
}
