import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { freshDb } from '../../db/fixtures';
import { isPadananError } from '../../../../core/errors';
import { importReviewDocx } from '../../../../core/formats/bilingualDocx';
import { txtCodec } from '../../../../core/formats/txt';
import { createDefaultSegmenter } from '../../../../core/segment/index';
import { createProject } from '../../../../renderer/src/db/projects';
import { storeImportedDocument } from '../../../../renderer/src/db/documents';
import { readAllSegments, saveTarget, setSegmentStatus } from '../../../../renderer/src/db/segments';
import { reviewLabels } from '../../../../renderer/src/features/export/bilingualExporters';
import { handleExportRequest, type ExportRequest } from '../../../../renderer/src/features/export/exportProtocol';
import { exportInWorker, type ExportWorker } from '../../../../renderer/src/features/export/exportInWorker';
import { createI18n } from '../../../../renderer/src/i18n/i18n';
import { fakeJobWorker, workerLog, type FakeWorkerLog } from '../../../support/fakeWorker';

const TEXT = 'Korut menembakkan rudal.\r\nGedung Putih mengecam uji coba itu.\r\n';

async function setUp() {
  const db = freshDb();
  const project = await createProject(db, 'Berita');
  const imported = txtCodec.read(new TextEncoder().encode(TEXT), { fileName: 'berita.txt', segmenter: createDefaultSegmenter(), now: 1 });
  const doc = await storeImportedDocument(db, project.id, 'berita.txt', imported);
  await saveTarget(db, doc.id, 0, 'North Korea fired a missile.');
  await setSegmentStatus(db, doc.id, 0, 'translated', 'Ani');
  return { db, doc };
}

/** The worker as export.worker.ts runs it, or one that answers `reply` instead. */
function fakeWorker(log: FakeWorkerLog<ExportRequest>, reply?: () => unknown): ExportWorker {
  return fakeJobWorker(log, reply ?? handleExportRequest);
}

describe('exports built in a worker', () => {
  it('writes the English text from what is stored, keeping the source line ends', async () => {
    const { db, doc } = await setUp();
    const log = workerLog<ExportRequest>();
    const file = await exportInWorker(db, { documentId: doc.id, exporterId: 'english-txt' }, () => fakeWorker(log));
    expect(file.fileName).toBe('berita.en.txt');
    expect(new TextDecoder().decode(file.bytes)).toBe('North Korea fired a missile.\r\nGedung Putih mengecam uji coba itu.\r\n'); // untranslated: the source stays
    expect(log.posted[0]).toEqual({ documentId: doc.id, exporterId: 'english-txt', dbName: db.name });
    expect(log.terminated).toBe(1);
  });

  it('heads the review table in the interface language sent with the request', async () => {
    const { db, doc } = await setUp();
    const id = createI18n('id');
    const labels = reviewLabels({ translate: (key) => id.t(key) });
    const file = await exportInWorker(db, { documentId: doc.id, exporterId: 'review-docx', reviewLabels: labels }, () => fakeWorker(workerLog()));
    const segments = await readAllSegments(db, doc.id);
    const read = importReviewDocx(file.bytes, segments, { fileName: file.fileName, documentId: doc.id, labels });
    expect(read.summary).toMatchObject({ rows: 2, unchanged: 2 });
    const xml = strFromU8(unzipSync(file.bytes)['word/document.xml']!);
    expect(xml).toContain('Bahasa Inggris');
    expect(xml).toContain('diterjemahkan');
  });

  it('fails with a translated error, saving nothing, for a missing document, an unknown exporter or a dead worker', async () => {
    const { db, doc } = await setUp();
    const log = workerLog<ExportRequest>();
    const code = (e: unknown) => (isPadananError(e) ? e.code : String(e));

    const missing = await exportInWorker(db, { documentId: 'gone', exporterId: 'english-txt' }, () => fakeWorker(log)).catch(code);
    expect(missing).toBe('storage.documentMissing');
    const unknown = await exportInWorker(db, { documentId: doc.id, exporterId: 'pdf' }, () => fakeWorker(log)).catch(code);
    expect(unknown).toBe('export.failed');
    const nonsense = await exportInWorker(db, { documentId: doc.id, exporterId: 'english-txt' }, () => fakeWorker(log, () => ({ ok: true, file: { fileName: 'x' } }))).catch(code);
    expect(nonsense).toBe('export.failed');

    const died = await exportInWorker(db, { documentId: doc.id, exporterId: 'english-txt' }, () => fakeJobWorker(log, { crash: 'worker crashed' })).catch((e: unknown) => e);
    expect(isPadananError(died) && died.code).toBe('export.failed');
    expect(isPadananError(died) && died.params.detail).toBe('worker crashed');
    expect(log.terminated).toBe(4);
  });
});
