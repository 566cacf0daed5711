import type { Engine } from '@empathie/engine';
import { createContext, type ReactNode, useContext } from 'react';

/** Loads the engine once; later calls share the same promise. */
export type EngineLoader = () => Promise<Engine>;

/**
 * Wraps a loader so the model is fetched and decoded once per page. A failed load (the chunk did
 * not arrive) is forgotten, so the next focus of a composer tries again.
 */
export function createEngineLoader(load: () => Promise<Engine>): EngineLoader {
  let pending: Promise<Engine> | null = null;
  return () => {
    if (!pending) {
      pending = load().catch((error: unknown) => {
        pending = null;
        throw error;
      });
    }
    return pending;
  };
}

const EngineContext = createContext<EngineLoader | null>(null);

export function CoachEngineProvider(props: { load: EngineLoader; children: ReactNode }) {
  return <EngineContext.Provider value={props.load}>{props.children}</EngineContext.Provider>;
}

/** Null outside the provider: the composer then simply works without its coach. */
export function useEngineLoader(): EngineLoader | null {
  return useContext(EngineContext);
}
