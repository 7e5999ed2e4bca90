import { runWorkerJob, settleJobResponse, type JobWorker } from '../../workers/workerJob';
import type { ReviewPlan } from './reviewPlan';
import { handleReviewRequest, isReviewResponse, type ReviewRequest } from './reviewWorkerProtocol';

/** What prepareReviewInWorker needs from a Worker (a fake one in Node tests). */
export type ReviewWorker = JobWorker<ReviewRequest>;

/**
 * Reads a reviewed copy and plans its changes off the UI thread (one worker per file, ended when
 * done). Rejects with the PadananError core threw (not a review table, another document's
 * review, a damaged file …) or import.failed when the worker itself fails. Stores nothing.
 */
export function prepareReviewInWorker(request: ReviewRequest, createWorker: (() => ReviewWorker) | undefined = defaultWorkerFactory()): Promise<ReviewPlan> {
  const result = (response: { plan: ReviewPlan }) => response.plan;
  if (!createWorker) return settleJobResponse(handleReviewRequest(request), { fileName: request.fileName, result });
  // A copy goes over, so the caller's bytes stay usable.
  const bytes = request.bytes.slice();
  return runWorkerJob(createWorker, {
    request: { ...request, bytes },
    transfer: [bytes.buffer],
    fileName: request.fileName,
    label: 'review',
    isResponse: isReviewResponse,
    result,
  });
}

function defaultWorkerFactory(): (() => ReviewWorker) | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return () => new Worker(new URL('./prepareReview.worker.ts', import.meta.url), { type: 'module' }) as unknown as ReviewWorker;
}
