import { createContext, type ReactNode, useContext } from 'react';
import type { Endpoints } from '../api/endpoints.ts';
import type { SessionSignal } from '../features/auth/session-signal.ts';

export interface Services {
  api: Endpoints;
  sessionSignal: SessionSignal;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider(props: { services: Services; children: ReactNode }) {
  return (
    <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>
  );
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>');
  return services;
}

export function useApi(): Endpoints {
  return useServices().api;
}
