import { deserializeError, importFailed } from '../../workers/parseProtocol';
import type { ReviewPlan } from './reviewPlan';
import { handleReviewRequest, isReviewResponse, type ReviewRequest, type ReviewResponse } from './reviewWorkerProtocol';

/** What prepareReviewInWorker needs from a Worker (a fake one in Node tests). */
export interface ReviewWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: ReviewRequest, transfer: Transferable[]): void;
  terminate(): void;
}

/**
 * Reads a reviewed copy and plans its changes off the UI thread (one worker per file, ended when
 * done). Rejects with the PadananError core threw (not a review table, another document's
 * review, a damaged file …) or import.failed when the worker itself fails. Stores nothing.
 */
export function prepareReviewInWorker(request: ReviewRequest, createWorker: (() => ReviewWorker) | undefined = defaultWorkerFactory()): Promise<ReviewPlan> {
  if (!createWorker) return settle(handleReviewRequest(request), request.fileName);
  return new Promise<ReviewPlan>((resolve, reject) => {
    let worker: ReviewWorker;
    try {
      worker = createWorker();
    } catch (error) {
      reject(importFailed(request.fileName, error instanceof Error ? error.message : String(error)));
      return;
    }
    const finish = (outcome: () => void) => {
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      worker.terminate();
      outcome();
    };
    worker.onmessage = (event) => {
      const response = event.data;
      if (!isReviewResponse(response)) finish(() => reject(importFailed(request.fileName, 'unexpected reply from the review worker')));
      else finish(() => settle(response, request.fileName).then(resolve, reject));
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish(() => reject(importFailed(request.fileName, event.message || 'the review worker stopped')));
    };
    worker.onmessageerror = () => finish(() => reject(importFailed(request.fileName, 'the review worker sent an unreadable reply')));
    // A copy goes over, so the caller's bytes stay usable.
    const bytes = request.bytes.slice();
    worker.postMessage({ ...request, bytes }, [bytes.buffer]);
  });
}

function settle(response: ReviewResponse, fileName: string): Promise<ReviewPlan> {
  return response.ok ? Promise.resolve(response.plan) : Promise.reject(deserializeError(response.error, fileName));
}

function defaultWorkerFactory(): (() => ReviewWorker) | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return () => new Worker(new URL('./prepareReview.worker.ts', import.meta.url), { type: 'module' }) as unknown as ReviewWorker;
}
