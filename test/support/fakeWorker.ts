import type { JobWorker } from '../../renderer/src/workers/workerJob';

/** What a fake worker saw: each request (as the worker received it) and its transfer list, and terminations. */
export interface FakeWorkerLog<Request> {
  posted: Request[];
  transfers: Transferable[][];
  terminated: number;
}

export function workerLog<Request>(): FakeWorkerLog<Request> {
  return { posted: [], transfers: [], terminated: 0 };
}

/**
 * A dedicated worker double for runWorkerJob: the request and the reply are structured-cloned as
 * they are between threads, and the reply comes in a later task. `answer` plays the worker
 * script (usually the real request handler, which opens the database by name); 'crash' makes the
 * worker die with `message` instead.
 */
export function fakeJobWorker<Request>(
  log: FakeWorkerLog<Request>,
  answer: ((request: Request) => unknown) | { crash: string },
): JobWorker<Request> {
  const worker: JobWorker<Request> = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(message, transfer) {
      const request = structuredClone(message);
      log.posted.push(request);
      log.transfers.push(transfer);
      setTimeout(() => {
        if ('crash' in answer) worker.onerror?.({ message: answer.crash, preventDefault() {} } as ErrorEvent);
        else void Promise.resolve(answer(request)).then((data) => worker.onmessage?.({ data: structuredClone(data) } as MessageEvent<unknown>));
      }, 0);
    },
    terminate() {
      log.terminated++;
    },
  };
  return worker;
}
