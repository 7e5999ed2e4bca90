import { describe, expect, it } from 'vitest';
import { isPadananError } from '../../../../core/errors';
import { exportReviewDocx } from '../../../../core/formats/bilingualDocx';
import type { Segment } from '../../../../core/model';
import { prepareReviewInWorker, type ReviewWorker } from '../../../../renderer/src/features/review/prepareReviewInWorker';
import { handleReviewRequest, type ReviewRequest } from '../../../../renderer/src/features/review/reviewWorkerProtocol';
import { editReviewDocx } from './reviewerEdits';

const segments: Segment[] = [1, 2, 3].map((n) => ({
  documentId: 'd1',
  index: n - 1,
  unitId: String(n),
  paragraph: 0,
  source: `Kalimat ${n}.`,
  target: `Sentence ${n}.`,
  status: 'translated',
  note: '',
  gapAfter: ' ',
  updatedAt: 1,
}));

/** A worker double that answers as the real one does, after a structured clone of the request. */
function fakeWorker(behaviour: 'answer' | 'crash' | 'garbage' = 'answer'): { factory: () => ReviewWorker; terminated: () => boolean; transferred: () => boolean } {
  let terminated = false;
  let transferred = false;
  const worker: ReviewWorker = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(message: ReviewRequest, transfer: Transferable[]) {
      transferred = transfer.length === 1 && transfer[0] === message.bytes.buffer;
      const copy = structuredClone(message);
      setTimeout(() => {
        if (behaviour === 'crash') worker.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
        else worker.onmessage?.({ data: behaviour === 'garbage' ? { ok: 'maybe' } : handleReviewRequest(copy) } as MessageEvent<unknown>);
      }, 0);
    },
    terminate() {
      terminated = true;
    },
  };
  return { factory: () => worker, terminated: () => terminated, transferred: () => transferred };
}

const table = () => exportReviewDocx(segments, { documentName: 'a.txt', documentId: 'd1' });

describe('prepareReviewInWorker', () => {
  it('plans the review in the worker, leaves the caller’s bytes usable, and ends the worker', async () => {
    const bytes = editReviewDocx(table(), [{ id: '2', english: 'Second sentence.' }]);
    const worker = fakeWorker();
    const plan = await prepareReviewInWorker({ bytes, fileName: 'a.review.docx', documentId: 'd1', segments }, worker.factory);
    expect(plan.updates).toEqual([{ unitId: '2', target: 'Second sentence.' }]);
    expect(worker.terminated()).toBe(true);
    expect(worker.transferred()).toBe(true);
    expect(bytes.byteLength).toBeGreaterThan(0);
  });

  it('rejects with core’s PadananError, re-created on this side', async () => {
    const worker = fakeWorker();
    const error = await prepareReviewInWorker({ bytes: table(), fileName: 'a.review.docx', documentId: 'other', segments }, worker.factory).catch((e: unknown) => e);
    expect(isPadananError(error) && error.code).toBe('review.otherDocument');
    expect(worker.terminated()).toBe(true);
  });

  it('turns a crashed worker or an odd reply into import.failed', async () => {
    for (const behaviour of ['crash', 'garbage'] as const) {
      const error = await prepareReviewInWorker({ bytes: table(), fileName: 'a.review.docx', documentId: 'd1', segments }, fakeWorker(behaviour).factory).catch((e: unknown) => e);
      expect(isPadananError(error) && error.code, behaviour).toBe('import.failed');
    }
  });

  it('runs in place where there are no workers (Node)', async () => {
    const plan = await prepareReviewInWorker({ bytes: table(), fileName: 'a.review.docx', documentId: 'd1', segments });
    expect(plan.updates).toEqual([]);
    expect(plan.found.rows).toBe(3);
  });
});
