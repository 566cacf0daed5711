import { useEffect, useState } from 'react';
import type { CoachSettings } from '../../api/empathie.types.ts';
import { useApi } from '../../app/services-context.tsx';

/**
 * The person's coach settings; null while loading, signed out, or when the server cannot say —
 * then the composer behaves as before the coach existed.
 */
export function useCoachSettings(signedIn: boolean): CoachSettings | null {
  const api = useApi();
  const [settings, setSettings] = useState<CoachSettings | null>(null);
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    void api.coachSettings().then((result) => {
      if (live && result.ok) setSettings(result.value);
    });
    return () => {
      live = false;
    };
  }, [api, signedIn]);
  return settings;
}
