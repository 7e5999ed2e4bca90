import { PadananError } from '../../../core/errors';
import { newId } from '../db/ids';
import { importFailed, type SerializedError } from './parseProtocol';
import type { TmxImportProgress, TmxImportResult } from './tmImportJob';
import { isTmImportEvent, type TmImportRequest } from './tmProtocol';

/** What importTmxInWorker needs from a Worker (a fake one in Node tests). */
export interface TmImportWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: TmImportRequest, transfer?: Transferable[]): void;
  terminate(): void;
}

export type TmImportWorkerFactory = () => TmImportWorker;

export interface TmxImportHandle {
  /** Resolves with the figures, rejects with a PadananError, or with TmxImportCancelledError after cancel(). */
  result: Promise<TmxImportResult>;
  /** Stops the import; everything it stored is removed before `result` settles. */
  cancel(): void;
}

export class TmxImportCancelledError extends Error {
  constructor() {
    super('TMX import cancelled');
    this.name = 'TmxImportCancelledError';
  }
}

/**
 * Imports a TMX file into a project's translation memory in a dedicated worker (parsing and
 * writing both happen there, so neither the UI thread nor the message channel ever holds the
 * units). The file's bytes are transferred, not copied: the caller's array is emptied.
 */
export function importTmxInWorker(
  request: { dbName: string; projectId: string; file: { name: string; bytes: Uint8Array } },
  onProgress: (progress: TmxImportProgress) => void,
  createWorker: TmImportWorkerFactory = createTmImportWorker,
): TmxImportHandle {
  let cancel = () => {};
  const result = new Promise<TmxImportResult>((resolve, reject) => {
    const { name, bytes } = request.file;
    let worker: TmImportWorker;
    try {
      worker = createWorker();
    } catch (error) {
      reject(importFailed(name, error instanceof Error ? error.message : String(error)));
      return;
    }
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      worker.onmessage = worker.onerror = null;
      worker.terminate();
      outcome();
    };
    cancel = () => {
      if (!settled) worker.postMessage({ type: 'cancel' });
    };
    worker.onmessage = (event) => {
      const message = event.data;
      if (!isTmImportEvent(message)) return finish(() => reject(importFailed(name, 'unexpected reply from the TMX import worker')));
      switch (message.type) {
        case 'progress':
          onProgress(message.progress);
          return;
        case 'started':
          return;
        case 'done':
          return finish(() => resolve(message.result));
        case 'cancelled':
          return finish(() => reject(new TmxImportCancelledError()));
        case 'failed':
          return finish(() => reject(toPadananError(message.error, name)));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish(() => reject(importFailed(name, event.message || 'the TMX import worker stopped')));
    };
    worker.postMessage({ type: 'start', dbName: request.dbName, projectId: request.projectId, fileName: name, bytes, importId: newId() }, [bytes.buffer]);
  });
  return { result, cancel: () => cancel() };
}

function toPadananError(error: SerializedError, fileName: string): PadananError {
  if (error.padanan) return new PadananError(error.code, error.message, error.params);
  return importFailed(fileName, error.message);
}

function createTmImportWorker(): TmImportWorker {
  return new Worker(new URL('./tmImport.worker.ts', import.meta.url), { type: 'module' }) as unknown as TmImportWorker;
}
