import { PadananError } from '../../../core/errors';
import type { SerializedError } from './parseProtocol';
import type { TmxImportProgress, TmxImportResult } from './tmImportJob';
import type { TmLoadInfo, TmMatch } from './tmIndexService';

/**
 * Messages between the UI thread and the two TM workers: tmImport.worker.ts (one per TMX import)
 * and tmIndex.worker.ts (one per open project, answering lookups). Errors cross as plain data
 * (see parseProtocol.ts) and become PadananErrors again on the UI side.
 */

export type TmImportRequest =
  | { type: 'start'; dbName: string; projectId: string; fileName: string; bytes: Uint8Array; importId: string }
  | { type: 'cancel' };

export type TmImportEvent =
  | { type: 'started'; importId: string }
  | { type: 'progress'; progress: TmxImportProgress }
  | { type: 'done'; result: TmxImportResult }
  | { type: 'cancelled' }
  | { type: 'failed'; error: SerializedError };

export type TmIndexCall =
  | { type: 'open'; dbName: string; projectId: string }
  | { type: 'refresh' }
  | { type: 'sync'; source: string }
  | { type: 'lookup'; query: string; minScore?: number; limit?: number }
  | { type: 'concordance'; query: string; limit?: number };

/** What each call resolves with. */
export interface TmIndexResults {
  open: TmLoadInfo;
  refresh: number;
  sync: number;
  lookup: TmMatch[];
  concordance: TmMatch[];
}

export type TmIndexRequest = TmIndexCall & { id: number };


/** Name of the Web Lock an import worker holds while it writes (its absence means the import was abandoned). */
export function tmImportLockName(importId: string): string {
  return `padanan-tm-import:${importId}`;
}

export function isTmImportEvent(value: unknown): value is TmImportEvent {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'started' || type === 'progress' || type === 'done' || type === 'cancelled' || type === 'failed';
}


/** An unexpected failure of the TM worker (a bug, the worker dying): says which file, not why. */
export function tmWorkerFailed(detail: string): PadananError {
  return new PadananError('tm.workerFailed', `The translation memory stopped working (${detail}).`, { detail });
}
