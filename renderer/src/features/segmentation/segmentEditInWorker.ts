import type { PadananDb } from '../../db/schema';
import type { ResegmentSummary, SegmentEditResult } from '../../db/segmentEditing';
import {
  handleSegmentEdit,
  isSegmentEditResponse,
  segmentEditFailed,
  settleSegmentEdit,
  type SegmentEditCommand,
  type SegmentEditRequest,
  type SegmentEditResponse,
} from './segmentEditProtocol';

/** What runSegmentEdit needs from a Worker (a fake one in Node tests). */
export interface SegmentEditWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: SegmentEditRequest): void;
  terminate(): void;
}

export type SegmentEditWorkerFactory = () => SegmentEditWorker;

type Outcome<C extends SegmentEditCommand> = C extends { op: 'resegment' } ? ResegmentSummary : SegmentEditResult;

/**
 * Splits, joins or re-segments in a dedicated worker (one per command, ended when it answers), so
 * the editor keeps answering while blocks are rewritten. The worker writes through its own
 * connection to the same database, in one transaction, exactly as db/segmentEditing.ts does on
 * any thread. Where there are no workers (Node tests) the command runs in place on `db`.
 */
export function runSegmentEdit<C extends SegmentEditCommand>(
  db: PadananDb,
  command: C,
  createWorker: SegmentEditWorkerFactory | undefined = defaultWorkerFactory(),
): Promise<Outcome<C>> {
  if (!createWorker) return handleSegmentEdit(db, command).then((response) => settleSegmentEdit(response) as Outcome<C>);
  return new Promise<Outcome<C>>((resolve, reject) => {
    let worker: SegmentEditWorker;
    try {
      worker = createWorker();
    } catch (error) {
      reject(segmentEditFailed(error instanceof Error ? error.message : String(error)));
      return;
    }
    const finish = (response: SegmentEditResponse | undefined, detail: string) => {
      worker.onmessage = worker.onerror = null;
      worker.terminate();
      if (!response) reject(segmentEditFailed(detail));
      else {
        try {
          resolve(settleSegmentEdit(response) as Outcome<C>);
        } catch (error) {
          reject(error);
        }
      }
    };
    worker.onmessage = (event) => {
      const response = event.data;
      finish(isSegmentEditResponse(response) ? response : undefined, 'unexpected reply from the worker');
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish(undefined, event.message || 'the worker stopped');
    };
    worker.postMessage({ ...command, dbName: db.name });
  });
}

function defaultWorkerFactory(): SegmentEditWorkerFactory | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return () => new Worker(new URL('./segmentEdit.worker.ts', import.meta.url), { type: 'module' }) as unknown as SegmentEditWorker;
}
