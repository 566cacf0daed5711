import type { Analysis, Engine } from '@empathie/engine';
import { useCallback, useEffect, useState } from 'react';
import { useEngineLoader } from './engine-context.tsx';

export type EngineState = 'idle' | 'loading' | 'ready' | 'failed';

/** The engine, loaded on demand (first focus of a composer) rather than with the page. */
export function useCoachEngine(enabled: boolean) {
  const loader = useEngineLoader();
  const [engine, setEngine] = useState<Engine | null>(null);
  const [state, setState] = useState<EngineState>('idle');

  // `force`: the caller has just learnt the coach is on, before this hook's next render does.
  const ensureLoaded = useCallback(
    async (force = false): Promise<Engine | null> => {
      if ((!enabled && !force) || !loader) return null;
      if (engine) return engine;
      setState('loading');
      try {
        const loaded = await loader();
        setEngine(loaded);
        setState('ready');
        return loaded;
      } catch {
        setState('failed');
        return null;
      }
    },
    [enabled, loader, engine],
  );

  return { engine, state, ensureLoaded };
}

/** Pause in typing before the draft is read again. */
export const analysisDelayMs = 250;

/**
 * Reads `text` after a short pause in typing. Runs in the page, on the device: the draft never
 * leaves it.
 */
export function useDebouncedAnalysis(
  text: string,
  engine: Engine | null,
  delay = analysisDelayMs,
): Analysis | null {
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  useEffect(() => {
    if (!engine || text.trim() === '') {
      setAnalysis(null);
      return;
    }
    const timer = setTimeout(() => setAnalysis(engine.analyze(text)), delay);
    return () => clearTimeout(timer);
  }, [text, engine, delay]);
  return analysis;
}
