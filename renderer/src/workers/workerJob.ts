import type { PadananError } from '../../../core/errors';
import { deserializeError, importFailed, type SerializedError } from './parseProtocol';

/** The part of a Worker a one-shot job uses (a fake one in Node tests). */
export interface JobWorker<Request> {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: Request, transfer: Transferable[]): void;
  terminate(): void;
}

/** What every one-shot worker answers: its result, or the error core threw as plain data. */
export type JobResponse = { ok: true } | { ok: false; error: SerializedError };

export interface WorkerJob<Request, Response extends JobResponse, Result> {
  request: Request;
  /** Buffers handed over to the worker (the caller passes copies, so its own bytes stay usable). */
  transfer: Transferable[];
  /** The file the job is about, named in import.failed messages. */
  fileName: string;
  /** Which worker it is ('import', 'review'), named in import.failed messages. */
  label: string;
  /** Checks the reply's shape: it crossed a thread boundary. */
  isResponse(value: unknown): value is Response;
  result(response: Extract<Response, { ok: true }>): Result;
  /**
   * The error for a worker that cannot start, stops, answers nonsense or throws something that is
   * not a PadananError (a bug). Default: import.failed naming the file.
   */
  failed?(detail: string): PadananError;
}

/**
 * Runs one request in a fresh worker, ended when it has answered. Rejects with the PadananError
 * core threw in the worker (re-created, so `isPadananError` and i18n codes work), or with
 * import.failed when the worker cannot start, stops, or answers something unreadable.
 */
export function runWorkerJob<Request, Response extends JobResponse, Result>(
  createWorker: () => JobWorker<Request>,
  job: WorkerJob<Request, Response, Result>,
): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    const failed = failure(job);
    let worker: JobWorker<Request>;
    try {
      worker = createWorker();
    } catch (error) {
      reject(failed(error instanceof Error ? error.message : String(error)));
      return;
    }
    const finish = (outcome: () => void) => {
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      worker.terminate();
      outcome();
    };
    worker.onmessage = (event) => {
      const response = event.data;
      if (!job.isResponse(response)) finish(() => reject(failed(`unexpected reply from the ${job.label} worker`)));
      else finish(() => settleJobResponse(response, job).then(resolve, reject));
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish(() => reject(failed(event.message || `the ${job.label} worker stopped`)));
    };
    worker.onmessageerror = () => finish(() => reject(failed(`the ${job.label} worker sent an unreadable reply`)));
    worker.postMessage(job.request, job.transfer);
  });
}

/** A job's answer as a promise; also for answers computed in place where there are no workers. */
export function settleJobResponse<Response extends JobResponse, Result>(
  response: Response,
  job: Pick<WorkerJob<unknown, Response, Result>, 'fileName' | 'result' | 'failed'>,
): Promise<Result> {
  if (isFailure(response)) {
    const { error } = response;
    return Promise.reject<Result>(error.padanan ? deserializeError(error, job.fileName) : failure(job)(error.message));
  }
  try {
    return Promise.resolve(job.result(response as Extract<Response, { ok: true }>));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function failure(job: Pick<WorkerJob<unknown, JobResponse, unknown>, 'fileName' | 'failed'>): (detail: string) => PadananError {
  return job.failed ? (detail) => job.failed!(detail) : (detail) => importFailed(job.fileName, detail);
}

function isFailure(response: JobResponse): response is { ok: false; error: SerializedError } {
  return !response.ok;
}

/**
 * Inside a dedicated worker: answers every request with `handle` (which never throws or rejects),
 * handing over the buffers `transferOf` names instead of copying them.
 */
export function serveWorkerJobs<Request, Response>(
  handle: (request: Request) => Response | Promise<Response>,
  transferOf: (response: Response) => Transferable[] = () => [],
): void {
  // The part of a worker's global scope used here (the renderer compiles with DOM types).
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent<Request>) => void) | null;
    postMessage(message: Response, transfer: Transferable[]): void;
  };
  scope.onmessage = (event) => {
    void Promise.resolve(handle(event.data)).then((response) => scope.postMessage(response, transferOf(response)));
  };
}
