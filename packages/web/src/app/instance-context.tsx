import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import type { InstanceV2 } from '../api/mastodon.types.ts';
import { useApi } from './services-context.tsx';

// Until the instance answers, the composer uses the documented default limit.
export const defaultMaxCharacters = 2800;

export interface InstanceInfo {
  instance: InstanceV2 | null;
  maxCharacters: number;
}

const InstanceContext = createContext<InstanceInfo>({
  instance: null,
  maxCharacters: defaultMaxCharacters,
});

export function InstanceProvider(props: { children: ReactNode }) {
  const api = useApi();
  const [instance, setInstance] = useState<InstanceV2 | null>(null);

  useEffect(() => {
    let active = true;
    void api.instance().then((result) => {
      if (active && result.ok) setInstance(result.value);
    });
    return () => {
      active = false;
    };
  }, [api]);

  const maxCharacters = instance?.configuration?.statuses?.max_characters ?? defaultMaxCharacters;
  return (
    <InstanceContext.Provider value={{ instance, maxCharacters }}>
      {props.children}
    </InstanceContext.Provider>
  );
}

export function useInstance(): InstanceInfo {
  return useContext(InstanceContext);
}
