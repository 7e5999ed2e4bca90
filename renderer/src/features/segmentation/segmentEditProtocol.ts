import { PadananError } from '../../../../core/errors';
import { withPadananDb } from '../../db/database';
import type { PadananDb } from '../../db/schema';
import { joinWithNext, resegmentDocument, splitSegmentAt, type ResegmentSummary, type SegmentEditResult } from '../../db/segmentEditing';
import { loadSegmentationRules, segmenterFor } from '../../db/segmentationRules';
import { serializeError, type SerializedError } from '../../workers/parseProtocol';

/**
 * Split, join and re-segmentation as messages to segmentEdit.worker.ts. Each of them rewrites
 * storage blocks up to the whole document and re-segments it in the case of re-segmentation: at
 * 100,000 segments that is hundreds of milliseconds of work, which must not freeze the editor.
 */
export type SegmentEditCommand =
  | { op: 'split'; documentId: string; index: number; sourceOffset: number; targetOffset?: number; author: string }
  | { op: 'join'; documentId: string; index: number; author: string }
  /** With the project's segmentation rules in force, read in the same place as the write. */
  | { op: 'resegment'; projectId: string; documentId: string; author: string; dryRun: boolean };

export type SegmentEditRequest = SegmentEditCommand & { dbName: string };

export type SegmentEditResponse =
  | { ok: true; op: 'split' | 'join'; result: SegmentEditResult }
  | { ok: true; op: 'resegment'; summary: ResegmentSummary }
  | { ok: false; error: SerializedError };

/** Runs one command against `db`; never throws (errors come back as data, as from a worker). */
export async function handleSegmentEdit(db: PadananDb, command: SegmentEditCommand): Promise<SegmentEditResponse> {
  try {
    switch (command.op) {
      case 'split': {
        const options = command.targetOffset === undefined ? { author: command.author } : { author: command.author, targetOffset: command.targetOffset };
        return { ok: true, op: 'split', result: await splitSegmentAt(db, command.documentId, command.index, command.sourceOffset, options) };
      }
      case 'join':
        return { ok: true, op: 'join', result: await joinWithNext(db, command.documentId, command.index, { author: command.author }) };
      case 'resegment': {
        const rules = await loadSegmentationRules(db, command.projectId);
        const summary = await resegmentDocument(db, command.documentId, segmenterFor(rules), { author: command.author, dryRun: command.dryRun });
        return { ok: true, op: 'resegment', summary };
      }
    }
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}

/** Inside the worker: one request, on a connection of its own to the database. */
export function handleSegmentEditRequest({ dbName, ...command }: SegmentEditRequest): Promise<SegmentEditResponse> {
  return withPadananDb(dbName, (db) => handleSegmentEdit(db, command));
}

/** The worker stopped, could not start, answered nonsense, or met a bug. */
export function segmentEditFailed(detail: string): PadananError {
  return new PadananError('segmentation.editFailed', `The segments could not be changed (${detail}). Nothing was changed.`, { detail });
}

/** Checks a worker reply's shape: it crossed a thread boundary. */
export function isSegmentEditResponse(value: unknown): value is SegmentEditResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; op?: unknown; result?: unknown; summary?: unknown; error?: unknown };
  if (v.ok === false) return typeof v.error === 'object' && v.error !== null;
  if (v.ok !== true) return false;
  if (v.op === 'resegment') return typeof v.summary === 'object' && v.summary !== null;
  return (v.op === 'split' || v.op === 'join') && typeof v.result === 'object' && v.result !== null;
}
