import { importTmxInWorker, TmxImportCancelledError, type TmxImportHandle } from '../../workers/tmImport';
import type { TmxImportProgress, TmxImportResult } from '../../workers/tmImportJob';
import type { PickedFile } from '../../platform/api';
import { notifyTmChanged } from './tmClients';

/**
 * The TMX import of the window (one at a time), kept outside React so that it survives the
 * project pane being unmounted and remounted (going to the project list and back).
 */
export interface TmImportState {
  projectId: string;
  fileName: string;
  progress?: TmxImportProgress;
  cancelling: boolean;
}

export type TmImportOutcome = { kind: 'done'; result: TmxImportResult; fileName: string } | { kind: 'cancelled'; fileName: string } | { kind: 'failed'; error: unknown };

let state: TmImportState | undefined;
let handle: TmxImportHandle | undefined;
const listeners = new Set<() => void>();

export function tmImportState(): TmImportState | undefined {
  return state;
}

export function subscribeTmImport(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Starts an import; resolves when it is over, however it ends (never rejects). */
export async function startTmImport(
  dbName: string,
  projectId: string,
  file: PickedFile,
  start: typeof importTmxInWorker = importTmxInWorker,
): Promise<TmImportOutcome> {
  if (state) return { kind: 'failed', error: new Error('A TMX import is already running') };
  set({ projectId, fileName: file.name, cancelling: false });
  try {
    handle = start({ dbName, projectId, file }, (progress) => state && set({ ...state, progress }));
    const result = await handle.result;
    notifyTmChanged(dbName, projectId);
    return { kind: 'done', result, fileName: file.name };
  } catch (error) {
    if (error instanceof TmxImportCancelledError) return { kind: 'cancelled', fileName: file.name };
    return { kind: 'failed', error };
  } finally {
    handle = undefined;
    set(undefined);
  }
}

export function cancelTmImport(): void {
  if (!state || !handle) return;
  set({ ...state, cancelling: true });
  handle.cancel();
}

function set(next: TmImportState | undefined): void {
  state = next;
  listeners.forEach((listener) => listener());
}
