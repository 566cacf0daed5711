import { useEffect, useRef } from 'react';
import type { ScheduledStatus } from '../../api/empathie.types.ts';
import type { Status } from '../../api/mastodon.types.ts';
import { useUndo } from './undo-context.tsx';

export interface ComposerHoldHandlers {
  restore: (held: ScheduledStatus) => void;
  onPublished: (status: Status) => void;
}

/**
 * For a composer: hands a held post to the undo toast, and answers for the composer only while it
 * is on screen — once it is gone, an undo saves the text as a draft instead (see UndoToast).
 */
export function useHeldPost(handlers: ComposerHoldHandlers): (held: ScheduledStatus) => void {
  const undo = useUndo();
  const mounted = useRef(true);
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return (held) =>
    undo.hold(held, {
      restore: (back) => {
        if (!mounted.current) return false;
        latest.current.restore(back);
        return true;
      },
      onPublished: (status) => {
        if (mounted.current) latest.current.onPublished(status);
      },
    });
}
