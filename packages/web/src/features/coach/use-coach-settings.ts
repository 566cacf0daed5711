import { useCallback, useEffect, useRef, useState } from 'react';
import type { CoachSettings } from '../../api/empathie.types.ts';
import { useApi } from '../../app/services-context.tsx';

/**
 * The person's coach settings; null while loading, signed out, or when the server cannot say —
 * then the composer behaves as before the coach existed.
 */
export function useCoachSettings(signedIn: boolean): CoachSettings | null {
  return useCoachSettingsLoader(signedIn).settings;
}

/**
 * The settings, and `load()` that waits for them when they are still on their way: a publish
 * pressed (or Ctrl+Enter) right after the page opened must still go through the pause.
 */
export function useCoachSettingsLoader(signedIn: boolean) {
  const api = useApi();
  const [settings, setSettings] = useState<CoachSettings | null>(null);
  const pending = useRef<Promise<CoachSettings | null> | null>(null);
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    const request = api.coachSettings().then((result) => {
      const value = result.ok ? result.value : null;
      if (live && value) setSettings(value);
      return value;
    });
    pending.current = request;
    return () => {
      live = false;
    };
  }, [api, signedIn]);
  const load = useCallback(
    async (): Promise<CoachSettings | null> =>
      settings ?? (pending.current ? await pending.current : null),
    [settings],
  );
  return { settings, load };
}
