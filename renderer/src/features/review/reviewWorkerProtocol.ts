import type { ReviewLabels } from '../../../../core/formats/bilingualDocx';
import { withPadananDb } from '../../db/database';
import { requireDocument } from '../../db/documents';
import { applyReview, type ReviewApplyResult, type SegmentReviewUpdate } from '../../db/review';
import type { PadananDb } from '../../db/schema';
import { readAllSegments } from '../../db/segments';
import { serializeError, type SerializedError } from '../../workers/parseProtocol';
import { prepareReview, type ReviewPlan } from './reviewPlan';

/**
 * Messages between reviewInWorker.ts (UI thread) and review.worker.ts. Reading a reviewed table of
 * 10,000 rows takes seconds, and both reading the document's segments and applying the review
 * touch every segment of it: none of that may freeze the editor. The worker reads and writes the
 * database itself (by name), so segments never cross the thread boundary.
 */
export type ReviewCommand =
  /** Read the reviewer's copy and plan what Apply would change; stores nothing. */
  | { op: 'prepare'; bytes: Uint8Array; fileName: string; documentId: string; labels?: ReviewLabels }
  /** Store a plan's updates, in one transaction. */
  | { op: 'apply'; fileName: string; documentId: string; updates: SegmentReviewUpdate[]; reviewer: string };

export type ReviewRequest = ReviewCommand & { dbName: string };

export type ReviewResponse = { ok: true; plan: ReviewPlan } | { ok: true; applied: ReviewApplyResult } | { ok: false; error: SerializedError };

/** Runs a command against `db` (in the worker, or in place where there are no workers). Never throws. */
export async function handleReview(db: PadananDb, command: ReviewCommand): Promise<ReviewResponse> {
  try {
    if (command.op === 'apply') return { ok: true, applied: await applyReview(db, command.documentId, command.updates, command.reviewer) };
    await requireDocument(db, command.documentId);
    const segments = await readAllSegments(db, command.documentId);
    return { ok: true, plan: prepareReview(command.bytes, command.fileName, command.documentId, segments, command.labels) };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}

/** Inside the worker: one request, on a connection of its own to the database. */
export function handleReviewRequest({ dbName, ...command }: ReviewRequest): Promise<ReviewResponse> {
  return withPadananDb(dbName, (db) => handleReview(db, command));
}

export function isReviewResponse(value: unknown): value is ReviewResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; plan?: unknown; applied?: unknown; error?: unknown };
  if (v.ok === true) return (typeof v.plan === 'object' && v.plan !== null) || (typeof v.applied === 'object' && v.applied !== null);
  if (v.ok === false) return typeof v.error === 'object' && v.error !== null && typeof (v.error as SerializedError).code === 'string';
  return false;
}
