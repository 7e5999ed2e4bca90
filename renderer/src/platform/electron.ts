import { PadananError } from '../../../core/errors';
import type { IpcResult, MenuCommandPayload, PadananBridge, UiLanguage } from '../../../electron/ipc/contract';
import type { MenuCommand, PlatformApi } from './api';
import './preloadApi';

/**
 * The platform inside Electron, over the preload's `window.padanan`. Dialogs and file bytes are
 * handled by the main process; failures arrive as data and are rethrown here as PadananError so the
 * UI translates them like any other error. Dropped files need no IPC: the browser path reads them.
 *
 * The native menu follows the interface language by watching `<html lang>`, which the settings code
 * sets whenever the language changes, so no UI code has to know about menus.
 */
export function createElectronPlatform(
  bridge: PadananBridge | undefined = window.padanan,
  doc: Document = document,
): PlatformApi {
  if (!bridge) throw new Error('createElectronPlatform() outside Electron: window.padanan is missing');
  followDocumentLanguage(bridge, doc);
  return {
    kind: 'electron',
    async openFiles(request) {
      return unwrap(
        await bridge.openFiles({ title: request.title, filters: request.filters, multiple: request.multiple ?? false }),
      );
    },
    async saveFile(request) {
      return unwrap(
        await bridge.saveFile({
          title: request.title,
          suggestedName: request.suggestedName,
          bytes: request.bytes,
          filters: request.filters,
        }),
      );
    },
    onMenuCommand(listener: (command: MenuCommand) => void) {
      return bridge.onMenuCommand(listener);
    },
  };
}

// The contract's command list and the platform api's type must stay the same set.
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const menuCommandsMatch: SameSet<MenuCommand, MenuCommandPayload> = true;
void menuCommandsMatch;

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PadananError(result.error.code, result.error.message, result.error.params ?? {});
}

function followDocumentLanguage(bridge: PadananBridge, doc: Document): void {
  let sent: UiLanguage | undefined;
  const sync = () => {
    // No lang yet: keep the menu in the system's language until the UI says otherwise.
    if (!doc.documentElement.lang) return;
    const language = menuLanguage(doc.documentElement.lang);
    if (language === sent) return;
    sent = language;
    void bridge.setLanguage(language);
  };
  sync();
  const Observer = doc.defaultView?.MutationObserver;
  if (Observer) new Observer(sync).observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

function menuLanguage(lang: string): UiLanguage {
  return lang.toLowerCase().startsWith('id') ? 'id' : 'en';
}
