/**
 * The renderer's only door to the operating system. Two implementations: electron.ts (the preload's
 * window.padanan) and browser.ts (file input and downloads). Components never touch either directly.
 */
export interface FileFilter {
  /** i18n-translated label shown in the dialog, e.g. "Documents". */
  name: string;
  /** Extensions without the dot. */
  extensions: string[];
}

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface OpenFilesRequest {
  title: string;
  filters: FileFilter[];
  multiple?: boolean;
}

export interface SaveFileRequest {
  title: string;
  suggestedName: string;
  bytes: Uint8Array;
  filters: FileFilter[];
}

export type MenuCommand = 'import-document' | 'export' | 'import-glossary' | 'export-glossary' | 'run-qa' | 'new-project';

export interface PlatformApi {
  readonly kind: 'electron' | 'browser';
  /** Resolves with the chosen files, or [] when the user cancels. */
  openFiles(request: OpenFilesRequest): Promise<PickedFile[]>;
  /** Resolves true when written, false when the user cancels. */
  saveFile(request: SaveFileRequest): Promise<boolean>;
  /** Native menu commands (Electron); returns an unsubscribe function. The browser never calls back. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
