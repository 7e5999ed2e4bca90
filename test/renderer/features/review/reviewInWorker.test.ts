import { describe, expect, it } from 'vitest';
import { freshDb } from '../../db/fixtures';
import { isPadananError } from '../../../../core/errors';
import { exportReviewDocx } from '../../../../core/formats/bilingualDocx';
import { txtCodec } from '../../../../core/formats/txt';
import { createDefaultSegmenter } from '../../../../core/segment/index';
import { createProject } from '../../../../renderer/src/db/projects';
import { storeImportedDocument } from '../../../../renderer/src/db/documents';
import { readComments } from '../../../../renderer/src/db/review';
import { readAllSegments, saveTarget } from '../../../../renderer/src/db/segments';
import type { PadananDb } from '../../../../renderer/src/db/schema';
import { applyReviewInWorker, prepareReviewInWorker, type ReviewWorker } from '../../../../renderer/src/features/review/reviewInWorker';
import { handleReviewRequest, type ReviewRequest } from '../../../../renderer/src/features/review/reviewWorkerProtocol';
import { editReviewDocx } from './reviewerEdits';
import { fakeJobWorker, workerLog } from '../../../support/fakeWorker';

/** A stored three-sentence document, translated, and its review table as exported. */
async function setUp(): Promise<{ db: PadananDb; documentId: string; table: Uint8Array }> {
  const db = freshDb();
  const project = await createProject(db, 'Review');
  const imported = txtCodec.read(new TextEncoder().encode('Kalimat satu. Kalimat dua. Kalimat tiga.\n'), { fileName: 'a.txt', segmenter: createDefaultSegmenter(), now: 1 });
  const doc = await storeImportedDocument(db, project.id, 'a.txt', imported);
  for (const [i, english] of ['Sentence one.', 'Sentence two.', 'Sentence three.'].entries()) await saveTarget(db, doc.id, i, english);
  const table = exportReviewDocx(await readAllSegments(db, doc.id), { documentName: 'a.txt', documentId: doc.id });
  return { db, documentId: doc.id, table };
}

/** The worker as review.worker.ts runs it, one that dies, or one that answers nonsense. */
function fakeWorker(behaviour: 'answer' | 'crash' | 'garbage' = 'answer') {
  const log = workerLog<ReviewRequest>();
  const answer = behaviour === 'crash' ? { crash: 'out of memory' } : behaviour === 'garbage' ? () => ({ ok: 'maybe' }) : handleReviewRequest;
  const worker: ReviewWorker = fakeJobWorker(log, answer);
  return { factory: () => worker, terminated: () => log.terminated > 0, transfer: () => log.transfers[0] ?? [], posted: log.posted };
}

describe('review import in a worker', () => {
  it('plans against the stored segments, then applies in one go, each in a worker that ends', async () => {
    const { db, documentId, table } = await setUp();
    const bytes = editReviewDocx(table, [{ id: '2', english: 'The second sentence.', comment: 'Clearer.' }]);
    const prepare = fakeWorker();
    const plan = await prepareReviewInWorker(db, { bytes, fileName: 'a.review.docx', documentId }, prepare.factory);
    expect(plan.updates).toEqual([{ unitId: '2', target: 'The second sentence.', note: 'Clearer.' }]);
    expect(prepare.posted[0]).toMatchObject({ op: 'prepare', dbName: db.name, documentId });
    expect(prepare.posted[0]).not.toHaveProperty('segments');
    expect(prepare.terminated()).toBe(true);
    expect(prepare.transfer()).toHaveLength(1);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect((await readAllSegments(db, documentId))[1]!.target).toBe('Sentence two.');

    const apply = fakeWorker();
    const applied = await applyReviewInWorker(db, { fileName: plan.fileName, documentId, updates: plan.updates, reviewer: plan.reviewer }, apply.factory);
    expect(applied).toEqual({ targets: 1, statuses: 0, comments: 1 });
    expect(apply.terminated()).toBe(true);
    expect((await readAllSegments(db, documentId))[1]!.target).toBe('The second sentence.');
    expect((await readComments(db, documentId, '2')).map((c) => c.text)).toEqual(['Clearer.']);
  });

  it('rejects with core’s or storage’s PadananError, re-created on this side', async () => {
    const { db, documentId, table } = await setUp();
    const other = await prepareReviewInWorker(db, { bytes: table, fileName: 'a.review.docx', documentId: 'other' }, fakeWorker().factory).catch((e: unknown) => e);
    expect(isPadananError(other) && other.code).toBe('storage.documentMissing');
    const gone = await applyReviewInWorker(db, { fileName: 'a.review.docx', documentId, updates: [{ unitId: '99', target: 'x' }], reviewer: 'R' }, fakeWorker().factory).catch((e: unknown) => e);
    expect(isPadananError(gone) && gone.code).toBe('review.segmentGone');
    expect((await readAllSegments(db, documentId)).map((s) => s.target)).toEqual(['Sentence one.', 'Sentence two.', 'Sentence three.']);
  });

  it('turns a crashed worker or an odd reply into import.failed', async () => {
    const { db, documentId, table } = await setUp();
    for (const behaviour of ['crash', 'garbage'] as const) {
      const error = await prepareReviewInWorker(db, { bytes: table, fileName: 'a.review.docx', documentId }, fakeWorker(behaviour).factory).catch((e: unknown) => e);
      expect(isPadananError(error) && error.code, behaviour).toBe('import.failed');
    }
  });

  it('runs in place where there are no workers (Node)', async () => {
    const { db, documentId, table } = await setUp();
    const plan = await prepareReviewInWorker(db, { bytes: table, fileName: 'a.review.docx', documentId });
    expect(plan.updates).toEqual([]);
    expect(plan.found.rows).toBe(3);
  });
});
