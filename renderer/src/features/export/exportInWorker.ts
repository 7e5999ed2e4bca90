import type { PadananDb } from '../../db/schema';
import type { ExportFile } from './exporters';
import { exportFailed, handleExport, isExportResponse, settleExport, type ExportCommand, type ExportRequest } from './exportProtocol';

/** What exportInWorker needs from a Worker (a fake one in Node tests). */
export interface ExportWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ExportRequest): void;
  terminate(): void;
}

export type ExportWorkerFactory = () => ExportWorker;

/**
 * Builds an export file in a dedicated worker (one per export, ended when it answers) from what
 * is stored: the caller flushes pending keystrokes first. Where there are no workers (Node tests)
 * it runs in place on `db`.
 */
export function exportInWorker(db: PadananDb, command: ExportCommand, createWorker: ExportWorkerFactory | undefined = defaultWorkerFactory()): Promise<ExportFile> {
  if (!createWorker) return handleExport(db, command).then(settleExport);
  return new Promise<ExportFile>((resolve, reject) => {
    let worker: ExportWorker;
    try {
      worker = createWorker();
    } catch (error) {
      reject(exportFailed(error instanceof Error ? error.message : String(error)));
      return;
    }
    const finish = (outcome: () => ExportFile) => {
      worker.onmessage = worker.onerror = null;
      worker.terminate();
      try {
        resolve(outcome());
      } catch (error) {
        reject(error);
      }
    };
    worker.onmessage = (event) => {
      const response = event.data;
      finish(() => {
        if (!isExportResponse(response)) throw exportFailed('unexpected reply from the worker');
        return settleExport(response);
      });
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish(() => {
        throw exportFailed(event.message || 'the worker stopped');
      });
    };
    worker.postMessage({ ...command, dbName: db.name });
  });
}

function defaultWorkerFactory(): ExportWorkerFactory | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return () => new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' }) as unknown as ExportWorker;
}
