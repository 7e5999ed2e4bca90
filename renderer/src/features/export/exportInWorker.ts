import type { PadananDb } from '../../db/schema';
import { runWorkerJob, settleJobResponse, type JobWorker } from '../../workers/workerJob';
import type { ExportFile } from './exporters';
import { exportFailed, handleExport, isExportResponse, type ExportCommand, type ExportRequest } from './exportProtocol';

/** What exportInWorker needs from a Worker (a fake one in Node tests). */
export type ExportWorker = JobWorker<ExportRequest>;
export type ExportWorkerFactory = () => ExportWorker;

/**
 * Builds an export file in a dedicated worker (one per export, ended when it answers) from what
 * is stored: the caller flushes pending keystrokes first. Where there are no workers (Node tests)
 * it runs in place on `db`.
 */
export function exportInWorker(db: PadananDb, command: ExportCommand, createWorker: ExportWorkerFactory | undefined = defaultWorkerFactory()): Promise<ExportFile> {
  const job = { fileName: '', result: (response: { file: ExportFile }) => response.file, failed: exportFailed };
  if (!createWorker) return handleExport(db, command).then((response) => settleJobResponse(response, job));
  return runWorkerJob(createWorker, { ...job, request: { ...command, dbName: db.name }, transfer: [], label: 'export', isResponse: isExportResponse });
}

function defaultWorkerFactory(): ExportWorkerFactory | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return () => new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' }) as unknown as ExportWorker;
}
