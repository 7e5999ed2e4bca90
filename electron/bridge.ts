import type { IpcRenderer } from 'electron';
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  isMenuCommand,
  type InvokeChannel,
  type InvokeContract,
  type IpcResult,
  type PadananBridge,
} from './ipc/contract';

/**
 * What the preload exposes as `window.padanan`, built from injected collaborators so it can be tested
 * without Electron. Each function is one task; `ipcRenderer` itself never reaches the page.
 */
export interface BridgeDeps {
  ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;
  /** True while the page is handling a user gesture (`navigator.userActivation.isActive`). */
  hasUserActivation(): boolean;
}

export function createBridge(deps: BridgeDeps): PadananBridge {
  const invoke = async <C extends InvokeChannel>(
    channel: C,
    ...args: InvokeContract[C]['args']
  ): Promise<IpcResult<InvokeContract[C]['result']>> => {
    try {
      return (await deps.ipc.invoke(channel, ...args)) as IpcResult<InvokeContract[C]['result']>;
    } catch (error) {
      return {
        ok: false,
        error: { code: 'desktop.unexpected', message: error instanceof Error ? error.message : String(error) },
      };
    }
  };

  return {
    openFiles: (request) => invoke(INVOKE_CHANNELS.openFiles, request),
    saveFile: (request) => invoke(INVOKE_CHANNELS.saveFile, request),
    setLanguage: (language) => invoke(INVOKE_CHANNELS.setLanguage, language),
    openExternal: (url) => {
      if (!deps.hasUserActivation()) {
        return Promise.resolve({
          ok: false,
          error: { code: 'desktop.ipcRefused', message: 'Links open only when you click them.' },
        });
      }
      return invoke(INVOKE_CHANNELS.openExternal, url);
    },
    onMenuCommand(listener) {
      const forward = (_event: unknown, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      deps.ipc.on(EVENT_CHANNELS.menuCommand, forward);
      return () => {
        deps.ipc.removeListener(EVENT_CHANNELS.menuCommand, forward);
      };
    },
  };
}
