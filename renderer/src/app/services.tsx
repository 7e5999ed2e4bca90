import { createContext, useContext, type ReactNode } from 'react';
import type { PadananDb } from '../db/schema';
import type { PlatformApi } from '../platform/api';

/** What every feature needs from the outside world; created once in main.tsx. */
export interface AppServices {
  db: PadananDb;
  platform: PlatformApi;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside <ServicesProvider>');
  return services;
}
