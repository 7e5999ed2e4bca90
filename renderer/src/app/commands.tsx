import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { MenuCommand, PlatformApi } from '../platform/api';
import { CommandRouter } from './commandRouter';

const CommandContext = createContext<CommandRouter | null>(null);

export function CommandProvider({ platform, children }: { platform: PlatformApi; children: ReactNode }) {
  const router = useRef<CommandRouter>(null);
  router.current ??= new CommandRouter();
  useEffect(() => platform.onMenuCommand((command) => router.current!.dispatch(command)), [platform]);
  return <CommandContext.Provider value={router.current}>{children}</CommandContext.Provider>;
}

/** Handles a menu command while the calling component is mounted. */
export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  const router = useContext(CommandContext);
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => router?.register(command, () => latest.current()), [router, command]);
}
