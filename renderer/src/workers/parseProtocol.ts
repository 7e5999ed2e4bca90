import { PadananError } from '../../../core/errors';
import { codecForFile } from '../../../core/formats/registry';
import type { ImportedDocument } from '../../../core/formats/types';
import { SOURCE_LANG } from '../../../core/model';
import { createDefaultSegmenter, createSegmenter } from '../../../core/segment/index';

/**
 * The messages between parseDocument.ts (UI thread) and parseDocument.worker.ts. Errors cross
 * as plain data because structured clone drops an Error's class and extra fields.
 */
export interface ParseRequest {
  name: string;
  bytes: Uint8Array;
  /** The project's custom segmentation rules (SRX 2.0 text); absent: Padanan's default rules. */
  srx?: string;
}

export interface SerializedError {
  /** True when the worker threw a PadananError (a message for the user); false for a bug. */
  padanan: boolean;
  code: string;
  message: string;
  params: Record<string, string | number>;
}

export type ParseResponse = { ok: true; document: ImportedDocument } | { ok: false; error: SerializedError };

/** Runs in the worker: picks the codec by file name and reads the bytes. Never throws. */
export function handleParseRequest(request: ParseRequest): ParseResponse {
  try {
    const codec = codecForFile(request.name);
    if (!codec) throw unsupportedFile(request.name);
    const segmenter = request.srx === undefined ? createDefaultSegmenter() : createSegmenter(request.srx, { language: SOURCE_LANG });
    return { ok: true, document: codec.read(request.bytes, { fileName: request.name, segmenter }) };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof PadananError) {
    return { padanan: true, code: error.code, message: error.message, params: { ...error.params } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { padanan: false, code: 'import.failed', message, params: {} };
}

/** Back on the UI thread: a PadananError again, so `isPadananError` and i18n codes work. */
export function deserializeError(error: SerializedError, fileName: string): PadananError {
  if (error.padanan) return new PadananError(error.code, error.message, error.params);
  return importFailed(fileName, error.message);
}

export function unsupportedFile(name: string): PadananError {
  const dot = name.lastIndexOf('.');
  const extension = dot < 0 ? '' : name.slice(dot + 1);
  return new PadananError('import.unsupported', `${name} is not a document Padanan can import.`, { file: name, extension });
}

/** An unexpected failure (a codec bug, the worker dying): the message says which file, not why. */
export function importFailed(fileName: string, detail: string): PadananError {
  return new PadananError('import.failed', `${fileName} could not be read (${detail}).`, { file: fileName, detail });
}

/** Checks that a worker message has the shape of a ParseResponse (it crossed a thread boundary). */
export function isParseResponse(value: unknown): value is ParseResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; document?: unknown; error?: unknown };
  if (v.ok === true) return typeof v.document === 'object' && v.document !== null;
  if (v.ok === false) {
    const e = v.error as Partial<SerializedError> | undefined;
    return typeof e === 'object' && e !== null && typeof e.code === 'string' && typeof e.message === 'string';
  }
  return false;
}
