import { PadananError } from '../../../../core/errors';
import type { ReviewLabels } from '../../../../core/formats/bilingualDocx';
import { withPadananDb } from '../../db/database';
import { getDocument } from '../../db/documents';
import type { PadananDb } from '../../db/schema';
import { readAllSegments } from '../../db/segments';
import { documentMissing } from '../../db/storageErrors';
import { serializeError, type SerializedError } from '../../workers/parseProtocol';
import { exporters, type ExportFile, type Exporter } from './exporters';

/**
 * An export as a message to export.worker.ts: reading every segment of the document and writing
 * the file (XLIFF, DOCX, TMX of the whole project …) takes seconds for a large document, which
 * must not freeze the editor. Only ids and labels go over; the file's bytes come back transferred.
 */
export interface ExportCommand {
  documentId: string;
  /** The id of an entry of `exporters`. */
  exporterId: string;
  reviewLabels?: ReviewLabels;
}

export type ExportRequest = ExportCommand & { dbName: string };

export type ExportResponse = { ok: true; file: ExportFile } | { ok: false; error: SerializedError };

/** Builds the file from what is stored now; never throws (errors come back as data). */
export async function handleExport(db: PadananDb, command: ExportCommand, list: readonly Exporter[] = exporters): Promise<ExportResponse> {
  try {
    const exporter = list.find((e) => e.id === command.exporterId);
    if (!exporter) throw exportFailed(`no exporter “${command.exporterId}”`);
    const doc = await getDocument(db, command.documentId);
    if (!doc) throw documentMissing(command.documentId);
    const segments = await readAllSegments(db, command.documentId);
    const context = command.reviewLabels ? { db, reviewLabels: command.reviewLabels } : { db };
    return { ok: true, file: await exporter.build(doc, segments, context) };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}

/** Inside the worker: one request, on a connection of its own to the database. */
export function handleExportRequest({ dbName, ...command }: ExportRequest): Promise<ExportResponse> {
  return withPadananDb(dbName, (db) => handleExport(db, command));
}

/** The file's bytes go back to the UI thread without a copy. */
export function exportTransfer(response: ExportResponse): Transferable[] {
  return response.ok ? [response.file.bytes.buffer as ArrayBuffer] : [];
}

/** A bug in a writer, or the worker stopping: nothing was saved. */
export function exportFailed(detail: string): PadananError {
  return new PadananError('export.failed', `The file could not be written (${detail}). Nothing was saved.`, { detail });
}

/** Checks a worker reply's shape: it crossed a thread boundary. */
export function isExportResponse(value: unknown): value is ExportResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; file?: { fileName?: unknown; bytes?: unknown; mediaType?: unknown }; error?: unknown };
  if (v.ok === false) return typeof v.error === 'object' && v.error !== null;
  return v.ok === true && typeof v.file?.fileName === 'string' && v.file.bytes instanceof Uint8Array && typeof v.file.mediaType === 'string';
}
