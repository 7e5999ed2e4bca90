/**
 * The IPC contract between the main process, the preload and the renderer: channel names and payload
 * shapes. Types and plain constants only, no runtime electron or node import, so the renderer and the
 * sandboxed preload can both import it.
 *
 * File paths never cross this boundary: the main process shows the dialog and moves the bytes, so the
 * renderer can only ever read or write a file the user just picked.
 */

/** Request/response channels (renderer → main, `ipcRenderer.invoke`). */
export const INVOKE_CHANNELS = {
  openFiles: 'files:open',
  saveFile: 'files:save',
  setLanguage: 'app:set-language',
  openExternal: 'shell:open-external',
} as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[keyof typeof INVOKE_CHANNELS];

/** Events pushed by the main process to the renderer (`webContents.send`). */
export const EVENT_CHANNELS = {
  menuCommand: 'menu:command',
} as const;

/** Native menu commands forwarded to the renderer; kept equal to `MenuCommand` in the platform api. */
export const MENU_COMMANDS = [
  'new-project',
  'import-document',
  'import-glossary',
  'export',
  'export-glossary',
  'run-qa',
] as const;
export type MenuCommandPayload = (typeof MENU_COMMANDS)[number];

export const UI_LANGUAGES = ['en', 'id'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export interface FileFilterPayload {
  name: string;
  extensions: string[];
}

export interface OpenFilesPayload {
  title: string;
  filters: FileFilterPayload[];
  multiple?: boolean;
}

export interface PickedFilePayload {
  name: string;
  bytes: Uint8Array;
}

export interface SaveFilePayload {
  title: string;
  suggestedName: string;
  bytes: Uint8Array;
  filters: FileFilterPayload[];
}

/** Argument tuple and result of every invoke channel. */
export interface InvokeContract {
  'files:open': { args: [OpenFilesPayload]; result: PickedFilePayload[] };
  'files:save': { args: [SaveFilePayload]; result: boolean };
  'app:set-language': { args: [UiLanguage]; result: null };
  'shell:open-external': { args: [string]; result: boolean };
}

/**
 * Errors travel as data: an Error thrown across contextBridge loses everything but its message.
 * `code` is an i18n key in the renderer's `errors` namespace.
 */
export interface IpcError {
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** What the preload exposes as `window.padanan`: task-shaped functions, nothing generic. */
export interface PadananBridge {
  openFiles(request: OpenFilesPayload): Promise<IpcResult<PickedFilePayload[]>>;
  saveFile(request: SaveFilePayload): Promise<IpcResult<boolean>>;
  /** Changes the language of the native menus to match the interface. */
  setLanguage(language: UiLanguage): Promise<IpcResult<null>>;
  /** Opens an http(s) link in the user's browser; refused unless called during a user gesture. */
  openExternal(url: string): Promise<IpcResult<boolean>>;
  onMenuCommand(listener: (command: MenuCommandPayload) => void): () => void;
}

export function isMenuCommand(value: unknown): value is MenuCommandPayload {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}
