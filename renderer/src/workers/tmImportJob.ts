import { readTmx, type TmxUnit } from '../../../core/formats/tmx';
import type { PadananDb } from '../db/schema';
import { StringHashSet } from '../../../core/tm/stringHashSet';
import { beginTmImport, discardTmImport, finishTmImport, forEachTmUnit, listTmImports, storeTmImportBatch, tmPairKey, type TmUnitDraft } from '../db/tm';

/**
 * A TMX import into a project's translation memory, as the import worker runs it: the file is
 * read in chunks by core's streaming TMX reader, units are stored in batches (each batch one
 * transaction), and at the end the import is either finished (its units become part of the TM)
 * or discarded (failure or cancel: every unit it stored is deleted). At most one chunk's units and
 * one batch are in memory at a time, whatever the file's size, plus a 64-bit hash per
 * source+target pair of the project (about 32 bytes each with the table's slack), by which
 * duplicates are recognised. Two different pairs with the same 64-bit hash (odds of about one in
 * 10^7 for a million units imported into a million) would make the second count as a duplicate.
 *
 * A segment confirmed while the import runs is not in that set: if the file holds the very same
 * pair, it is stored once more. Lookups show such a pair once.
 */
export interface TmxImportRequest {
  projectId: string;
  fileName: string;
  bytes: Uint8Array;
  /** Import id (chosen by the caller so that it can hold a lock named after it first). */
  importId?: string;
}

export interface TmxImportProgress {
  bytesRead: number;
  bytesTotal: number;
  /** Units read from the file so far. */
  units: number;
  stored: number;
  duplicates: number;
}

export interface TmxImportResult extends TmxImportProgress {
  importId: string;
  /** <tu>s without both an Indonesian and an English side. */
  skipped: number;
}

export interface TmxImportOptions {
  onProgress?: (progress: TmxImportProgress) => void;
  /** Checked between chunks and batches; an aborted import is discarded and rejects with TmxImportCancelled. */
  signal?: { readonly aborted: boolean };
  chunkBytes?: number;
  batchSize?: number;
  /** Called once the import record exists (the id is needed to discard it from outside). */
  onStarted?: (importId: string) => void;
}

export class TmxImportCancelled extends Error {
  constructor() {
    super('TMX import cancelled');
    this.name = 'TmxImportCancelled';
  }
}

export const TMX_CHUNK_BYTES = 1 << 20;
/** Chromium writes about 6–10k TM units per second; 5k per transaction keeps each commit short. */
export const TMX_BATCH_SIZE = 5_000;

export async function runTmxImport(db: PadananDb, request: TmxImportRequest, options: TmxImportOptions = {}): Promise<TmxImportResult> {
  const { bytes, fileName } = request;
  const chunkBytes = options.chunkBytes ?? TMX_CHUNK_BYTES;
  const batchSize = options.batchSize ?? TMX_BATCH_SIZE;
  // The project's pairs, as 64-bit hashes, so that no unit needs a look-up in storage: one read
  // of the store instead of one request per unit (which gets slow in a store of a million).
  const running = new Set((await listTmImports(db, request.projectId)).filter((r) => r.status === 'running').map((r) => r.id));
  const known = new StringHashSet();
  await forEachTmUnit(db, request.projectId, (units) => {
    for (const unit of units) if (!(unit.importId && running.has(unit.importId))) known.add(tmPairKey(unit.source, unit.target));
  });
  const record = await beginTmImport(db, request.projectId, fileName, request.importId);
  options.onStarted?.(record.id);
  const progress: TmxImportProgress = { bytesRead: 0, bytesTotal: bytes.length, units: 0, stored: 0, duplicates: 0 };
  let batch: TmUnitDraft[] = [];
  const checkCancel = () => {
    if (options.signal?.aborted) throw new TmxImportCancelled();
  };
  const writeBatch = async () => {
    if (batch.length === 0) return;
    const drafts = batch;
    batch = [];
    checkCancel();
    const result = await storeTmImportBatch(db, record.id, drafts, { isKnown: (source, target) => known.has(tmPairKey(source, target)) });
    for (const draft of drafts) known.add(tmPairKey(draft.source, draft.target));
    progress.stored += result.stored;
    progress.duplicates += result.duplicates;
  };
  try {
    const summary = await readTmx(
      chunksOf(bytes, chunkBytes),
      async (unit: TmxUnit) => {
        progress.units++;
        batch.push(draftOf(unit, fileName));
        if (batch.length >= batchSize) await writeBatch();
      },
      {
        fileName,
        onProgress: (bytesRead) => {
          progress.bytesRead = bytesRead;
          checkCancel();
          options.onProgress?.({ ...progress });
        },
      },
    );
    await writeBatch();
    checkCancel();
    await finishTmImport(db, record.id);
    return { ...progress, importId: record.id, skipped: summary.skipped };
  } catch (error) {
    try {
      await discardTmImport(db, record.id);
    } catch (discardError) {
      // The import's own error is what the user needs; an abandoned record is discarded later.
      console.error('Padanan could not discard a failed TMX import', discardError);
    }
    throw error;
  }
}

function draftOf(unit: TmxUnit, fileName: string): TmUnitDraft {
  const draft: TmUnitDraft = { source: unit.source, target: unit.target, context: unit.context || fileName };
  if (unit.createdAt !== undefined) draft.createdAt = unit.createdAt;
  if (unit.changedAt !== undefined) draft.changedAt = unit.changedAt;
  return draft;
}

function* chunksOf(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, Math.min(bytes.length, at + size));
}
