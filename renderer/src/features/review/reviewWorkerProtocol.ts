import type { ReviewLabels } from '../../../../core/formats/bilingualDocx';
import type { Segment } from '../../../../core/model';
import { serializeError, type SerializedError } from '../../workers/parseProtocol';
import { prepareReview, type ReviewPlan } from './reviewPlan';

/**
 * Messages between prepareReviewInWorker.ts (UI thread) and prepareReview.worker.ts: reading a
 * reviewed table of 10,000 rows takes seconds, which must not freeze the editor.
 */
export interface ReviewRequest {
  bytes: Uint8Array;
  fileName: string;
  documentId: string;
  segments: Segment[];
  labels?: ReviewLabels;
}

export type ReviewResponse = { ok: true; plan: ReviewPlan } | { ok: false; error: SerializedError };

/** Runs in the worker (or in place where there are no workers). Never throws. */
export function handleReviewRequest(request: ReviewRequest): ReviewResponse {
  try {
    return { ok: true, plan: prepareReview(request.bytes, request.fileName, request.documentId, request.segments, request.labels) };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}

export function isReviewResponse(value: unknown): value is ReviewResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; plan?: unknown; error?: unknown };
  if (v.ok === true) return typeof v.plan === 'object' && v.plan !== null;
  if (v.ok === false) return typeof v.error === 'object' && v.error !== null && typeof (v.error as SerializedError).code === 'string';
  return false;
}
