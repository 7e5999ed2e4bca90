import type { ReviewApplyResult } from '../../db/review';
import type { PadananDb } from '../../db/schema';
import { importFailed } from '../../workers/parseProtocol';
import { runWorkerJob, settleJobResponse, type JobWorker } from '../../workers/workerJob';
import type { ReviewPlan } from './reviewPlan';
import { handleReview, isReviewResponse, type ReviewCommand, type ReviewRequest, type ReviewResponse } from './reviewWorkerProtocol';

/** What the review functions need from a Worker (a fake one in Node tests). */
export type ReviewWorker = JobWorker<ReviewRequest>;
export type ReviewWorkerFactory = () => ReviewWorker;

/**
 * Reads a reviewed copy against the document's stored segments and plans its changes off the UI
 * thread. Rejects with the PadananError core threw (not a review table, another document's
 * review, a damaged file …) or import.failed when the worker itself fails. Stores nothing.
 */
export function prepareReviewInWorker(
  db: PadananDb,
  command: Omit<Extract<ReviewCommand, { op: 'prepare' }>, 'op'>,
  createWorker: ReviewWorkerFactory | undefined = defaultWorkerFactory(),
): Promise<ReviewPlan> {
  // A copy goes over, so the caller's bytes stay usable.
  const bytes = command.bytes.slice();
  return run(db, { ...command, op: 'prepare', bytes }, [bytes.buffer], createWorker, (response) => ('plan' in response ? response.plan : unexpected(command.fileName)));
}

/** Stores a plan's updates (one transaction, in the worker). */
export function applyReviewInWorker(
  db: PadananDb,
  command: Omit<Extract<ReviewCommand, { op: 'apply' }>, 'op'>,
  createWorker: ReviewWorkerFactory | undefined = defaultWorkerFactory(),
): Promise<ReviewApplyResult> {
  return run(db, { ...command, op: 'apply' }, [], createWorker, (response) => ('applied' in response ? response.applied : unexpected(command.fileName)));
}

function run<Result>(
  db: PadananDb,
  command: ReviewCommand,
  transfer: Transferable[],
  createWorker: ReviewWorkerFactory | undefined,
  result: (response: Extract<ReviewResponse, { ok: true }>) => Result,
): Promise<Result> {
  const job = { fileName: command.fileName, result };
  if (!createWorker) return handleReview(db, command).then((response) => settleJobResponse(response, job));
  return runWorkerJob(createWorker, { ...job, request: { ...command, dbName: db.name }, transfer, label: 'review', isResponse: isReviewResponse });
}

function unexpected(fileName: string): never {
  throw importFailed(fileName, 'the review worker answered another command');
}

function defaultWorkerFactory(): ReviewWorkerFactory | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return () => new Worker(new URL('./review.worker.ts', import.meta.url), { type: 'module' }) as unknown as ReviewWorker;
}
