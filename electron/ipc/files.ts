import type { BaseWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { PadananError } from '../../core/errors';
import type { OpenFilesPayload, PickedFilePayload, SaveFilePayload } from './contract';

/**
 * Open and save through native dialogs. The renderer never names a path: it asks for a dialog, the
 * user picks, and only the picked paths are read or written, so a compromised page cannot reach any
 * other file. Reads are capped (bytes cross IPC in one message); writes go to a temporary file in the
 * same folder and are renamed over the target, so a failed save leaves the old file intact.
 */
export interface FileSystem {
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}

export interface FileDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  fs: FileSystem;
  path: { basename(path: string): string; dirname(path: string): string; join(...parts: string[]): string };
  /** Window the dialogs are modal to (none when it is gone). */
  parentWindow(): BaseWindow | undefined;
  /** Folder proposed by the first dialog (the user's documents folder). */
  defaultDirectory(): string;
  /** Most bytes read per request, all picked files together. */
  maxReadBytes: number;
  randomSuffix(): string;
}

export const DEFAULT_MAX_READ_BYTES = 256 * 1024 * 1024;

export interface FileHandlers {
  openFiles(request: OpenFilesPayload): Promise<PickedFilePayload[]>;
  saveFile(request: SaveFilePayload): Promise<boolean>;
}

export function createFileHandlers(deps: FileDeps): FileHandlers {
  let lastDirectory: string | undefined;

  return {
    async openFiles(request) {
      const options: OpenDialogOptions = {
        title: request.title,
        defaultPath: lastDirectory ?? deps.defaultDirectory(),
        filters: request.filters,
        properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      };
      const parent = deps.parentWindow();
      const picked = parent ? await deps.dialog.showOpenDialog(parent, options) : await deps.dialog.showOpenDialog(options);
      if (picked.canceled || picked.filePaths.length === 0) return [];
      const paths = request.multiple ? picked.filePaths : picked.filePaths.slice(0, 1);
      lastDirectory = deps.path.dirname(paths[0]!);

      let budget = deps.maxReadBytes;
      const files: PickedFilePayload[] = [];
      for (const path of paths) {
        const name = deps.path.basename(path);
        const info = await deps.fs.stat(path).catch((error: unknown) => {
          throw readError(name, error);
        });
        if (!info.isFile()) throw new PadananError('desktop.notAFile', `${name} is not a file.`, { file: name });
        if (info.size > budget) throw tooLarge(name, deps.maxReadBytes);
        const bytes = await deps.fs.readFile(path).catch((error: unknown) => {
          throw readError(name, error);
        });
        // The file may have grown between stat and read.
        if (bytes.byteLength > budget) throw tooLarge(name, deps.maxReadBytes);
        budget -= bytes.byteLength;
        files.push({ name, bytes });
      }
      return files;
    },

    async saveFile(request) {
      const options: SaveDialogOptions = {
        title: request.title,
        defaultPath: deps.path.join(lastDirectory ?? deps.defaultDirectory(), safeFileName(request.suggestedName)),
        filters: request.filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = deps.parentWindow();
      const picked = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
      if (picked.canceled || !picked.filePath) return false;
      const target = picked.filePath;
      const name = deps.path.basename(target);
      lastDirectory = deps.path.dirname(target);
      const temporary = deps.path.join(lastDirectory, `.${name}.${deps.randomSuffix()}.tmp`);
      try {
        await deps.fs.writeFile(temporary, request.bytes);
        await deps.fs.rename(temporary, target);
      } catch (error) {
        await deps.fs.rm(temporary, { force: true }).catch(() => undefined);
        throw new PadananError('desktop.writeFailed', `Could not save ${name}: ${describe(error)}`, {
          file: name,
          reason: describe(error),
        });
      }
      return true;
    },
  };
}

/**
 * A name proposed in the save dialog comes from document titles: keep it a bare file name
 * (no folders, no characters Windows refuses, no leading dots).
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 200);
  return cleaned === '' ? 'untitled' : cleaned;
}

function tooLarge(name: string, limit: number): PadananError {
  const limitMb = Math.round(limit / (1024 * 1024));
  return new PadananError(
    'desktop.fileTooLarge',
    `${name} is larger than ${limitMb} MB.`,
    { file: name, limitMb },
  );
}

function readError(name: string, error: unknown): PadananError {
  return new PadananError('desktop.readFailed', `Could not read ${name}: ${describe(error)}`, {
    file: name,
    reason: describe(error),
  });
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}
