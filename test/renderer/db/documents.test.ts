import { describe, expect, it } from 'vitest';
import { freshDb, makeImported } from './fixtures';
import { isPadananError } from '../../../core/errors';
import { createProject } from '../../../renderer/src/db/projects';
import { deleteDocument, getDocument, getDocumentRecord, listDocumentRecords, listDocuments, storeImportedDocument } from '../../../renderer/src/db/documents';
import { readAllSegments, readRevisions, saveTarget, setSegmentStatus } from '../../../renderer/src/db/segments';
import { loadPosition, savePosition } from '../../../renderer/src/db/settings';
import { statsOf } from '../../../renderer/src/db/stats';
import { countWords } from '../../../core/text/words';
import type { PadananDb } from '../../../renderer/src/db/schema';

async function snapshot(db: PadananDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}

describe('storeImportedDocument', () => {
  it('stores segments in blocks of 100 with exact stats, word count and skeleton', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const imported = makeImported(1234, 7, (i) => (i % 10 === 0 ? 'translated' : i % 7 === 0 ? 'draft' : 'new'));
    const progress: [number, number][] = [];
    const doc = await storeImportedDocument(db, project.id, 'berita.txt', imported, (w, t) => progress.push([w, t]));

    expect(doc).toMatchObject({ projectId: project.id, name: 'berita.txt', format: 'txt', segmentCount: 1234, nextUnitId: 1235 });
    expect(doc.skeleton).toEqual(imported.skeleton);
    expect(doc.stats).toEqual(statsOf(imported.segments));
    expect(doc.wordCount).toBe(imported.segments.reduce((n, s) => n + countWords(s.source), 0));
    expect(doc.stats.translated.segments).toBe(124);
    expect(await getDocument(db, doc.id)).toEqual(doc);

    const blocks = await db.segmentBlocks.toArray();
    expect(blocks.map((b) => b.block)).toEqual([...Array(13).keys()]);
    expect(blocks.map((b) => b.segments.length)).toEqual([...Array(12).fill(100), 34]);
    const all = await readAllSegments(db, doc.id);
    expect(all).toEqual(imported.segments.map((s) => ({ ...s, documentId: doc.id })));

    expect(progress[0]).toEqual([0, 1234]);
    expect(progress.at(-1)).toEqual([1234, 1234]);
    expect(progress.every(([w], i) => i === 0 || w > progress[i - 1]![0])).toBe(true);
  });

  it('reports progress in several steps for a large document', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const steps: number[] = [];
    await storeImportedDocument(db, project.id, 'big.txt', makeImported(12_000), (w) => steps.push(w));
    expect(steps).toEqual([0, 5000, 10_000, 12_000]);
  });

  it('numbers unitIds after the highest one, and the index is the array position', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const imported = makeImported(3);
    imported.segments[1]!.unitId = '41';
    imported.segments[2]!.unitId = 'u-x';
    imported.segments[2]!.index = 99;
    const doc = await storeImportedDocument(db, project.id, 'a.xlf', imported);
    expect(doc.nextUnitId).toBe(42);
    expect((await readAllSegments(db, doc.id)).map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it('refuses a document without segments, an unknown status and a repeated unitId', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const codes: unknown[] = [];
    const empty = { ...makeImported(1), segments: [] };
    codes.push(await storeImportedDocument(db, project.id, 'e.txt', empty).catch((e: unknown) => isPadananError(e) && e.code));
    const badStatus = makeImported(2);
    (badStatus.segments[1] as { status: string }).status = 'done';
    codes.push(await storeImportedDocument(db, project.id, 's.txt', badStatus).catch((e: unknown) => isPadananError(e) && e.code));
    const repeated = makeImported(2);
    repeated.segments[1]!.unitId = '1';
    codes.push(await storeImportedDocument(db, project.id, 'r.txt', repeated).catch((e: unknown) => isPadananError(e) && e.code));
    expect(codes).toEqual(['storage.noSegments', 'storage.invalidDocument', 'storage.invalidDocument']);
    expect(await db.documents.toArray()).toEqual([]);
  });

  it('refuses a missing project and stores nothing', async () => {
    const db = freshDb();
    const error = await storeImportedDocument(db, 'nope', 'a.txt', makeImported(5)).catch((e: unknown) => e);
    expect(isPadananError(error) && error.code).toBe('storage.projectMissing');
    expect(await db.segmentBlocks.toArray()).toEqual([]);
  });

  it('is all-or-nothing: a failure after some batches were written leaves the previous data as it was', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const first = await storeImportedDocument(db, project.id, 'first.txt', makeImported(150));
    await saveTarget(db, first.id, 120, 'Already typed.');
    await setSegmentStatus(db, first.id, 120, 'translated', 'ana');
    const before = await snapshot(db);

    // 1. the caller's progress callback throws after the first batch of 5,000 segments was written
    const thrown = await storeImportedDocument(db, project.id, 'second.txt', makeImported(12_000), (w) => {
      if (w >= 5000) throw new Error('stop');
    }).catch((e: unknown) => e);
    expect((thrown as Error).message).toBe('stop');
    expect(await snapshot(db)).toEqual(before);

    // 2. IndexedDB itself fails mid-import: segment 7,000 holds a value that cannot be stored
    const poisoned = makeImported(12_000);
    poisoned.segments[7000]!.tags = [{ n: 1, kind: 'standalone', type: 'x', data: () => 0 }];
    const written: number[] = [];
    const failure = await storeImportedDocument(db, project.id, 'third.txt', poisoned, (w) => written.push(w)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect(written).toEqual([0, 5000]);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('listDocuments, getDocument, deleteDocument', () => {
  it('lists a project’s documents in import order', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    const other = await createProject(db, 'Q');
    const a = await storeImportedDocument(db, p.id, 'a.txt', makeImported(2));
    await storeImportedDocument(db, other.id, 'x.txt', makeImported(2));
    const b = await storeImportedDocument(db, p.id, 'b.txt', makeImported(2));
    const listed = await listDocuments(db, p.id);
    expect(listed.map((d) => d.id)).toEqual([a.id, b.id]);
    expect(listed[0]!.skeleton).toEqual(a.skeleton);
    expect(await getDocument(db, 'missing')).toBeUndefined();
    // The records alone, for lists and counters: same order, no skeleton read.
    const records = await listDocumentRecords(db, p.id);
    expect(records.map((d) => d.id)).toEqual([a.id, b.id]);
    expect(records[0]).not.toHaveProperty('skeleton');
    expect((await getDocumentRecord(db, b.id))?.segmentCount).toBe(2);
    expect(await getDocumentRecord(db, 'missing')).toBeUndefined();
  });

  it('deleteDocument removes the document, its blocks, revisions, comments and a position inside it', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    const a = await storeImportedDocument(db, p.id, 'a.txt', makeImported(350));
    const b = await storeImportedDocument(db, p.id, 'b.txt', makeImported(150));
    for (const d of [a, b]) {
      await saveTarget(db, d.id, 3, 'Flood.');
      await setSegmentStatus(db, d.id, 3, 'translated', 'ana');
      await db.comments.add({ documentId: d.id, unitId: '4', author: 'ana', text: 'cek', at: 1 });
    }
    await savePosition(db, { projectId: p.id, documentId: a.id, segmentIndex: 3 });
    await deleteDocument(db, a.id);
    expect(await getDocument(db, a.id)).toBeUndefined();
    expect(await db.documentSkeletons.get(a.id)).toBeUndefined();
    expect((await db.segmentBlocks.toArray()).map((x) => x.documentId)).toEqual([b.id, b.id]);
    expect(await readRevisions(db, a.id, '4')).toEqual([]);
    expect((await db.revisions.toArray()).map((r) => r.documentId)).toEqual([b.id]);
    expect((await db.comments.toArray()).map((c) => c.documentId)).toEqual([b.id]);
    expect(await loadPosition(db)).toBeUndefined();
    // the project's translation memory keeps what was confirmed
    expect((await db.tmUnits.toArray()).length).toBe(1);
    expect((await readAllSegments(db, b.id)).length).toBe(150);
  });
});
