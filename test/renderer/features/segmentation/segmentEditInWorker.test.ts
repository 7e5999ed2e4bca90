import { describe, expect, it } from 'vitest';
import { freshDb } from '../../db/fixtures';
import { isPadananError } from '../../../../core/errors';
import { txtCodec } from '../../../../core/formats/txt';
import { createDefaultSegmenter } from '../../../../core/segment/index';
import { createProject } from '../../../../renderer/src/db/projects';
import { storeImportedDocument } from '../../../../renderer/src/db/documents';
import { readAllSegments, saveTarget } from '../../../../renderer/src/db/segments';
import { importSegmentationRules } from '../../../../renderer/src/db/segmentationRules';
import { handleSegmentEditRequest, type SegmentEditRequest } from '../../../../renderer/src/features/segmentation/segmentEditProtocol';
import { runSegmentEdit, type SegmentEditWorker } from '../../../../renderer/src/features/segmentation/segmentEditInWorker';
import type { PadananDb } from '../../../../renderer/src/db/schema';
import { fakeJobWorker, workerLog, type FakeWorkerLog } from '../../../support/fakeWorker';

const TEXT = 'Rapat dipimpin Dirut. Ahmad Santoso di Jakarta. Semua hadir.\n\nWarga diminta tetap waspada.\n';

/** SRX rules with "Dirut." as a no-break abbreviation (so re-segmenting joins two segments). */
const SRX = `<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="yes"/>
  <body>
    <languagerules>
      <languagerule languagerulename="rapat">
        <rule break="no"><beforebreak>\\bDirut\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
        <rule break="yes"><beforebreak>[.?!]+</beforebreak><afterbreak>\\s+</afterbreak></rule>
      </languagerule>
    </languagerules>
    <maprules><languagemap languagepattern=".*" languagerulename="rapat"/></maprules>
  </body>
</srx>`;

async function setUp(): Promise<{ db: PadananDb; projectId: string; documentId: string }> {
  const db = freshDb();
  const project = await createProject(db, 'Rapat');
  const imported = txtCodec.read(new TextEncoder().encode(TEXT), { fileName: 'rapat.txt', segmenter: createDefaultSegmenter(), now: 1 });
  const doc = await storeImportedDocument(db, project.id, 'rapat.txt', imported);
  return { db, projectId: project.id, documentId: doc.id };
}

/** The worker as segmentEdit.worker.ts runs it, or one that answers `reply` instead. */
function fakeWorker(log: FakeWorkerLog<SegmentEditRequest>, reply?: () => unknown): SegmentEditWorker {
  return fakeJobWorker(log, reply ?? handleSegmentEditRequest);
}

describe('split, join and re-segmentation in a worker', () => {
  it('splits and joins through a second connection to the same database, then ends the worker', async () => {
    const { db, documentId } = await setUp();
    const log = workerLog<SegmentEditRequest>();
    const before = await readAllSegments(db, documentId);
    expect(before.map((s) => s.source)).toEqual(['Rapat dipimpin Dirut.', 'Ahmad Santoso di Jakarta.', 'Semua hadir.', 'Warga diminta tetap waspada.']);

    const split = await runSegmentEdit(db, { op: 'split', documentId, index: 1, sourceOffset: 'Ahmad Santoso'.length, author: 'Ani' }, () => fakeWorker(log));
    expect(split.segmentCount).toBe(5);
    expect(log.posted[0]).toMatchObject({ op: 'split', dbName: db.name, index: 1 });
    expect((await readAllSegments(db, documentId)).map((s) => s.source).slice(1, 3)).toEqual(['Ahmad Santoso', 'di Jakarta.']);

    const joined = await runSegmentEdit(db, { op: 'join', documentId, index: 1, author: 'Ani' }, () => fakeWorker(log));
    expect(joined.segmentCount).toBe(4);
    expect((await readAllSegments(db, documentId)).map((s) => s.source)).toEqual(before.map((s) => s.source));
    expect(log.terminated).toBe(2);
  });

  it('previews a re-segmentation without writing, then writes it with the project rules, keeping translations', async () => {
    const { db, projectId, documentId } = await setUp();
    await saveTarget(db, documentId, 3, 'Residents were asked to stay alert.');
    await importSegmentationRules(db, projectId, 'rapat.srx', SRX);
    const log = workerLog<SegmentEditRequest>();

    const preview = await runSegmentEdit(db, { op: 'resegment', projectId, documentId, author: 'Ani', dryRun: true }, () => fakeWorker(log));
    expect(preview).toMatchObject({ before: 4, after: 3, changed: true });
    expect(await readAllSegments(db, documentId)).toHaveLength(4);

    const done = await runSegmentEdit(db, { op: 'resegment', projectId, documentId, author: 'Ani', dryRun: false }, () => fakeWorker(log));
    expect(done).toMatchObject({ before: 4, after: 3, changed: true });
    const after = await readAllSegments(db, documentId);
    expect(after.map((s) => s.source)).toEqual(['Rapat dipimpin Dirut. Ahmad Santoso di Jakarta.', 'Semua hadir.', 'Warga diminta tetap waspada.']);
    expect(after[2]!.target).toBe('Residents were asked to stay alert.');
  });

  it('gives back the storage error the worker met, as a PadananError with its code', async () => {
    const { db, documentId } = await setUp();
    const log = workerLog<SegmentEditRequest>();
    const error = await runSegmentEdit(db, { op: 'join', documentId, index: 3, author: 'Ani' }, () => fakeWorker(log)).catch((e: unknown) => e);
    expect(isPadananError(error) && error.code).toBe('segmentation.join.last');
    const missing = await runSegmentEdit(db, { op: 'join', documentId: 'nope', index: 0, author: 'Ani' }, () => fakeWorker(log)).catch((e: unknown) => e);
    expect(isPadananError(missing) && missing.code).toBe('storage.documentMissing');
    expect(await readAllSegments(db, documentId)).toHaveLength(4);
  });

  it('reports a worker that dies, cannot start or answers nonsense as segmentation.editFailed', async () => {
    const { db, documentId } = await setUp();
    const command = { op: 'join' as const, documentId, index: 0, author: 'Ani' };
    const log = workerLog<SegmentEditRequest>();

    const nonsense = await runSegmentEdit(db, command, () => fakeWorker(log, () => ({ ok: true, op: 'join' }))).catch((e: unknown) => e);
    expect(isPadananError(nonsense) && nonsense.code).toBe('segmentation.editFailed');

    const died = await runSegmentEdit(db, command, () => fakeJobWorker(log, { crash: 'out of memory' })).catch((e: unknown) => e);
    expect(isPadananError(died) && died.code).toBe('segmentation.editFailed');
    expect(isPadananError(died) && died.params.detail).toBe('out of memory');

    const refused = await runSegmentEdit(db, command, () => {
      throw new Error('workers are disabled');
    }).catch((e: unknown) => e);
    expect(isPadananError(refused) && refused.code).toBe('segmentation.editFailed');
    expect(log.terminated).toBe(2);
    expect(await readAllSegments(db, documentId)).toHaveLength(4);
  });

  it('runs in place where there are no workers', async () => {
    const { db, documentId } = await setUp();
    const result = await runSegmentEdit(db, { op: 'join', documentId, index: 0, author: 'Ani' }, undefined);
    expect(result.segmentCount).toBe(3);
  });
});
