import { describe, expect, it } from 'vitest';
import { freshDb, makeImported } from '../db/fixtures';
import { createProject } from '../../../renderer/src/db/projects';
import { storeImportedDocument } from '../../../renderer/src/db/documents';
import { saveTarget, setSegmentStatus } from '../../../renderer/src/db/segments';
import { beginTmImport, finishTmImport, readTmIndex, storeTmImportBatch } from '../../../renderer/src/db/tm';
import { TmIndexService } from '../../../renderer/src/workers/tmIndexService';
import type { PadananDb } from '../../../renderer/src/db/schema';

const unit = (projectId: string, source: string, target: string) => ({ projectId, source, target, origin: 'tmx' as const, createdAt: 1 });

async function seed(db: PadananDb, projectId: string, n: number, prefix = 'Kalimat') {
  await db.tmUnits.bulkAdd(Array.from({ length: n }, (_, i) => unit(projectId, `${prefix} nomor ${i} tentang harga beras.`, `Sentence ${i} about rice prices.`)));
}

describe('TmIndexService (the TM worker, without the worker)', () => {
  it('loads a project’s units in pages and answers fuzzy lookups with targets from storage', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    const q = await createProject(db, 'Q');
    await seed(db, p.id, 50);
    await db.tmUnits.add(unit(q.id, 'Kalimat nomor 7 tentang harga beras.', 'Other project.'));
    const service = new TmIndexService(db, p.id, { chunk: 8 });
    const info = await service.open();
    expect(info).toMatchObject({ units: 50, from: 'units', rebuilding: false });
    const [best, next] = await service.lookup('Kalimat nomor 7 tentang harga beras!', { limit: 2 });
    expect(best).toMatchObject({ score: 97, source: 'Kalimat nomor 7 tentang harga beras.', target: 'Sentence 7 about rice prices.', origin: 'tmx' });
    expect(next!.score).toBeLessThan(97);
    expect(await service.lookup('Cuaca cerah.', {})).toEqual([]);
  });

  it('shows one match per source+target pair', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    await db.tmUnits.bulkAdd([unit(p.id, 'Harga beras naik.', 'Rice prices rose.'), { ...unit(p.id, 'Harga beras naik.', 'Rice prices rose.'), origin: 'confirmed' as const }]);
    await db.tmUnits.add(unit(p.id, 'Harga beras naik.', 'The price of rice went up.'));
    const service = new TmIndexService(db, p.id);
    await service.open();
    expect((await service.lookup('Harga beras naik.', { limit: 3 })).map((m) => m.target)).toEqual(['The price of rice went up.', 'Rice prices rose.']);
  });

  it('leaves out a running import until it finishes, then adds it on refresh', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    const record = await beginTmImport(db, p.id, 'a.tmx');
    await storeTmImportBatch(db, record.id, [{ source: 'Korea Utara menembakkan rudal.', target: 'North Korea fired a missile.' }]);
    const service = new TmIndexService(db, p.id);
    expect((await service.open()).units).toBe(0);
    expect(await service.lookup('Korea Utara menembakkan rudal.')).toEqual([]);
    await storeTmImportBatch(db, record.id, [{ source: 'Korea Selatan menembakkan rudal.', target: 'South Korea fired a missile.' }]);
    expect(await service.refresh()).toBe(0);
    await finishTmImport(db, record.id);
    expect(await service.refresh()).toBe(2);
    expect((await service.lookup('Korea Utara menembakkan rudal.', { limit: 1 }))[0]!.target).toBe('North Korea fired a missile.');
  });

  it('takes in a newly confirmed segment and a changed target of a confirmed one', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    const doc = await storeImportedDocument(db, p.id, 'd.txt', makeImported(3));
    const service = new TmIndexService(db, p.id);
    await service.open();
    const source = (await db.segmentBlocks.toArray())[0]!.segments[1]!.source;
    await saveTarget(db, doc.id, 1, 'First try.');
    await setSegmentStatus(db, doc.id, 1, 'translated', 'ana');
    expect(await service.syncSource(source)).toBe(1);
    expect((await service.lookup(source))[0]).toMatchObject({ score: 100, target: 'First try.', origin: 'confirmed' });
    await saveTarget(db, doc.id, 1, 'Second try.');
    await setSegmentStatus(db, doc.id, 1, 'translated', 'ana');
    await service.syncSource(source);
    expect((await service.lookup(source)).map((m) => m.target)).toEqual(['Second try.']);
    expect((await service.concordance('second')).map((m) => m.target)).toEqual(['Second try.']);
  });

  it('builds and persists the index at the first open, and opens from it next time', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    await seed(db, p.id, 40);
    const first = new TmIndexService(db, p.id, { chunk: 16 });
    expect(await first.open()).toMatchObject({ units: 40, from: 'units', rebuilding: false });
    await first.settled();
    const record = await readTmIndex(db, p.id);
    expect(record).toMatchObject({ maxUnitId: 40, excludedImports: [] });
    expect(record!.snapshot.unitIds.length).toBe(40);

    await seed(db, p.id, 3, 'Baru');
    const second = new TmIndexService(db, p.id);
    expect(await second.open()).toMatchObject({ units: 43, from: 'snapshot', rebuilding: false });
    expect((await second.lookup('Baru nomor 2 tentang harga beras.', { limit: 1 }))[0]).toMatchObject({ score: 100, target: 'Sentence 2 about rice prices.' });
    expect((await second.concordance('baru nomor', 10)).length).toBe(3);
    expect((await second.concordance('sentence 39', 10)).map((m) => m.source)).toEqual(['Kalimat nomor 39 tentang harga beras.']);
  });

  it('rebuilds in the background when many units were added since, answering meanwhile', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    await seed(db, p.id, 10);
    const service = new TmIndexService(db, p.id, { rebuildAfter: () => 5, chunk: 4 });
    await service.open();
    await service.settled();
    await seed(db, p.id, 8, 'Baru');
    expect(await service.refresh()).toBe(18);
    expect(service.rebuilding).toBe(true);
    expect((await service.lookup('Baru nomor 7 tentang harga beras.', { limit: 1 }))[0]!.score).toBe(100);
    await service.settled();
    expect(service.rebuilding).toBe(false);
    expect((await readTmIndex(db, p.id))!.snapshot.unitIds.length).toBe(18);
    expect((await service.lookup('Baru nomor 7 tentang harga beras.', { limit: 1 }))[0]!.score).toBe(100);
    expect(service.size).toBe(18);
  });

  it('a big finished import is taken in by a rebuild, not unit by unit', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    await seed(db, p.id, 10);
    const service = new TmIndexService(db, p.id, { rebuildAfter: () => 5 });
    await service.open();
    await service.settled();
    const record = await beginTmImport(db, p.id, 'besar.tmx');
    await storeTmImportBatch(db, record.id, Array.from({ length: 8 }, (_, i) => ({ source: `Impor besar ${i}.`, target: `Big import ${i}.` })));
    await service.refresh();
    await finishTmImport(db, record.id);
    await service.refresh();
    expect(service.rebuilding).toBe(true);
    await service.settled();
    expect(service.size).toBe(18);
    expect((await readTmIndex(db, p.id))!.snapshot.unitIds.length).toBe(18);
    expect((await service.lookup('Impor besar 3.', { limit: 1 }))[0]!.target).toBe('Big import 3.');
  });

  it('a rebuild leaves out running imports and adds them once finished', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    await seed(db, p.id, 20);
    const record = await beginTmImport(db, p.id, 'a.tmx');
    await storeTmImportBatch(db, record.id, [{ source: 'Impor yang belum selesai.', target: 'An unfinished import.' }]);
    const service = new TmIndexService(db, p.id);
    await service.open();
    await service.settled();
    expect((await readTmIndex(db, p.id))!.excludedImports).toEqual([record.id]);
    expect(await service.lookup('Impor yang belum selesai.')).toEqual([]);
    await finishTmImport(db, record.id);
    await service.refresh();
    expect((await service.lookup('Impor yang belum selesai.'))[0]!.target).toBe('An unfinished import.');
    // A fresh load starts from the persisted index, which still lacks the import: it is added too.
    const again = new TmIndexService(db, p.id);
    expect((await again.open()).units).toBe(21);
  });

  it('discards abandoned imports when it opens, and rebuilds a damaged index', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    await seed(db, p.id, 5);
    const record = await beginTmImport(db, p.id, 'dead.tmx');
    await storeTmImportBatch(db, record.id, [{ source: 'Tidak pernah selesai.', target: 'Never finished.' }]);
    await db.tmIndexes.put({ projectId: p.id, builtAt: 1, maxUnitId: 99, excludedImports: [], snapshot: { format: 1 } as never });
    const service = new TmIndexService(db, p.id, { isImportAlive: async () => false });
    expect(await service.open()).toMatchObject({ units: 5, from: 'units' });
    expect(await db.tmImports.count()).toBe(0);
    expect(await db.tmUnits.count()).toBe(5);
    await service.settled();
    expect((await readTmIndex(db, p.id))!.snapshot.unitIds.length).toBe(5);
  });
});
