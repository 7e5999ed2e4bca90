import type { PadananDb } from '../../db/schema';
import type { ResegmentSummary, SegmentEditResult } from '../../db/segmentEditing';
import { runWorkerJob, settleJobResponse, type JobWorker } from '../../workers/workerJob';
import {
  handleSegmentEdit,
  isSegmentEditResponse,
  segmentEditFailed,
  type SegmentEditCommand,
  type SegmentEditRequest,
  type SegmentEditResponse,
} from './segmentEditProtocol';

/** What runSegmentEdit needs from a Worker (a fake one in Node tests). */
export type SegmentEditWorker = JobWorker<SegmentEditRequest>;
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
  const job = {
    fileName: '',
    result: (response: Extract<SegmentEditResponse, { ok: true }>) => (response.op === 'resegment' ? response.summary : response.result) as Outcome<C>,
    failed: segmentEditFailed,
  };
  if (!createWorker) return handleSegmentEdit(db, command).then((response) => settleJobResponse(response, job));
  return runWorkerJob(createWorker, { ...job, request: { ...command, dbName: db.name }, transfer: [], label: 'segment editing', isResponse: isSegmentEditResponse });
}

function defaultWorkerFactory(): SegmentEditWorkerFactory | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return () => new Worker(new URL('./segmentEdit.worker.ts', import.meta.url), { type: 'module' }) as unknown as SegmentEditWorker;
}
