import { describe, expect, it } from 'vitest';
import { exportTmx, type TmxUnitInput } from '../../../core/formats/tmx';
import { isPadananError } from '../../../core/errors';
import { freshDb, makeImported } from './fixtures';
import { createProject, deleteProject } from '../../../renderer/src/db/projects';
import { storeImportedDocument } from '../../../renderer/src/db/documents';
import { saveTarget, setSegmentStatus } from '../../../renderer/src/db/segments';
import {
  beginTmImport,
  discardAbandonedTmImports,
  discardTmImport,
  finishTmImport,
  forEachTmUnit,
  listTmImports,
  readTmUnitsAfter,
  storeTmImportBatch,
  tmPairKey,
} from '../../../renderer/src/db/tm';
import { runTmxImport, TmxImportCancelled } from '../../../renderer/src/workers/tmImportJob';
import type { PadananDb } from '../../../renderer/src/db/schema';

const pairs = (n: number, from = 0): TmxUnitInput[] =>
  Array.from({ length: n }, (_, i) => ({ source: `Kalimat nomor ${from + i}.`, target: `Sentence number ${from + i}.` }));

async function units(db: PadananDb, projectId: string) {
  return (await db.tmUnits.toArray()).filter((u) => u.projectId === projectId);
}

describe('TM import storage (db/tm.ts)', () => {
  it('stores batches under the import, skipping pairs already in the project or twice in a batch', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const other = await createProject(db, 'Q');
    await db.tmUnits.add({ projectId: project.id, source: 'Kalimat nomor 1.', target: 'Sentence number 1.', origin: 'confirmed', createdAt: 1 });
    // The same pair in another project is no duplicate.
    await db.tmUnits.add({ projectId: other.id, source: 'Kalimat nomor 2.', target: 'Sentence number 2.', origin: 'confirmed', createdAt: 1 });
    const record = await beginTmImport(db, project.id, 'a.tmx');
    const first = await storeTmImportBatch(db, record.id, [...pairs(3), { source: 'Kalimat nomor 2.', target: 'Sentence number 2.' }]);
    expect(first).toEqual({ stored: 2, duplicates: 2 });
    // Same source, other target: a different unit. Earlier batch's pair: a duplicate.
    const second = await storeTmImportBatch(db, record.id, [{ source: 'Kalimat nomor 0.', target: 'Sentence no. 0.' }, ...pairs(1)]);
    expect(second).toEqual({ stored: 1, duplicates: 1 });
    const stored = await units(db, project.id);
    expect(stored.filter((u) => u.importId === record.id).map((u) => u.target)).toEqual(['Sentence number 0.', 'Sentence number 2.', 'Sentence no. 0.']);
    const [running] = await listTmImports(db, project.id);
    expect(running).toMatchObject({ status: 'running', stored: 3, duplicates: 3 });
    expect(running!.ranges).toEqual([[3, 5]]);
    await finishTmImport(db, record.id);
    expect((await listTmImports(db, project.id))[0]!.status).toBe('done');
    await expect(discardTmImport(db, record.id)).rejects.toThrow(/finished/);
  });

  it('discards a running import: its units go, units stored between its batches stay', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const doc = await storeImportedDocument(db, project.id, 'd.txt', makeImported(5));
    const record = await beginTmImport(db, project.id, 'a.tmx');
    await storeTmImportBatch(db, record.id, pairs(4));
    // A segment confirmed while the import runs takes the next key.
    await saveTarget(db, doc.id, 0, 'Confirmed meanwhile.');
    await setSegmentStatus(db, doc.id, 0, 'translated', 'ana');
    await storeTmImportBatch(db, record.id, pairs(4, 10));
    expect((await listTmImports(db, project.id))[0]!.ranges).toEqual([
      [1, 4],
      [6, 9],
    ]);
    await discardTmImport(db, record.id);
    const left = await units(db, project.id);
    expect(left.map((u) => [u.id, u.origin, u.target])).toEqual([[5, 'confirmed', 'Confirmed meanwhile.']]);
    expect(await listTmImports(db, project.id)).toEqual([]);
    await expect(storeTmImportBatch(db, record.id, pairs(1))).rejects.toThrow(/not running/);
  });

  it('ignores units of another running import when looking for duplicates', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const a = await beginTmImport(db, project.id, 'a.tmx');
    const b = await beginTmImport(db, project.id, 'b.tmx');
    await storeTmImportBatch(db, a.id, pairs(2));
    expect(await storeTmImportBatch(db, b.id, pairs(2))).toEqual({ stored: 2, duplicates: 0 });
    await finishTmImport(db, a.id);
    expect(await storeTmImportBatch(db, b.id, pairs(3))).toEqual({ stored: 1, duplicates: 2 });
  });

  it('discards abandoned imports only', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const alive = await beginTmImport(db, project.id, 'alive.tmx');
    const dead = await beginTmImport(db, project.id, 'dead.tmx');
    const done = await beginTmImport(db, project.id, 'done.tmx');
    await storeTmImportBatch(db, alive.id, pairs(2));
    await storeTmImportBatch(db, dead.id, pairs(2, 10));
    await storeTmImportBatch(db, done.id, pairs(2, 20));
    await finishTmImport(db, done.id);
    expect(await discardAbandonedTmImports(db, async (id) => id === alive.id)).toBe(1);
    expect((await listTmImports(db, project.id)).map((r) => r.fileName).sort()).toEqual(['alive.tmx', 'done.tmx']);
    expect((await units(db, project.id)).map((u) => u.source)).toEqual(['Kalimat nomor 0.', 'Kalimat nomor 1.', 'Kalimat nomor 20.', 'Kalimat nomor 21.']);
  });

  it('pages through all units by key', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    await db.tmUnits.bulkAdd(pairs(7).map((p) => ({ ...p, projectId: project.id, origin: 'tmx' as const, createdAt: 1 })));
    const seen: number[] = [];
    for (let after = 0; ; ) {
      const page = await readTmUnitsAfter(db, after, 3);
      if (page.length === 0) break;
      seen.push(...page.map((u) => u.id!));
      after = page.at(-1)!.id!;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('reads the project’s units in pages', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const other = await createProject(db, 'Q');
    const rows = ['c', 'a', 'b', 'a', 'd'].map((source, i) => ({ projectId: i === 2 ? other.id : project.id, source, target: `t${i}`, origin: 'tmx' as const, createdAt: 1 }));
    await db.tmUnits.bulkAdd(rows);
    const pages: string[][] = [];
    await forEachTmUnit(db, project.id, (units) => pages.push(units.map((u) => u.source)), 2);
    expect(pages).toEqual([['c', 'a'], ['a'], ['d']]);
  });

  it('with an in-memory set of known pairs, stores a batch without looking units up', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const record = await beginTmImport(db, project.id, 'a.tmx');
    const known = new Set([tmPairKey('Kalimat nomor 1.', 'Sentence number 1.')]);
    const result = await storeTmImportBatch(db, record.id, [...pairs(3), ...pairs(1)], { isKnown: (s, t) => known.has(tmPairKey(s, t)) });
    expect(result).toEqual({ stored: 2, duplicates: 2 });
  });

  it('deleting the project removes its imports too', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const record = await beginTmImport(db, project.id, 'a.tmx');
    await storeTmImportBatch(db, record.id, pairs(2));
    await deleteProject(db, project.id);
    expect(await db.tmImports.count()).toBe(0);
    expect(await db.tmUnits.count()).toBe(0);
  });
});

describe('runTmxImport (the import worker job)', () => {
  const tmx = (units: TmxUnitInput[]) => exportTmx(units, { now: 0 });

  it('streams a TMX file in small chunks and batches, with progress, and finishes the import', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const bytes = tmx([...pairs(250), ...pairs(30)]);
    const progress: number[] = [];
    const result = await runTmxImport(db, { projectId: project.id, fileName: 'besar.tmx', bytes }, { chunkBytes: 2048, batchSize: 40, onProgress: (p) => progress.push(p.bytesRead) });
    expect(result).toMatchObject({ units: 280, stored: 250, duplicates: 30, skipped: 0, bytesRead: bytes.length, bytesTotal: bytes.length });
    expect(progress.length).toBe(Math.ceil(bytes.length / 2048));
    expect(progress.at(-1)).toBe(bytes.length);
    const stored = await units(db, project.id);
    expect(stored).toHaveLength(250);
    expect(stored[0]).toMatchObject({ origin: 'tmx', context: 'besar.tmx', importId: result.importId, source: 'Kalimat nomor 0.' });
    expect((await listTmImports(db, project.id))[0]).toMatchObject({ status: 'done', stored: 250, duplicates: 30 });
    // Importing the same file again stores nothing new.
    const again = await runTmxImport(db, { projectId: project.id, fileName: 'besar.tmx', bytes });
    expect(again).toMatchObject({ stored: 0, duplicates: 280 });
  });

  it('stores nothing from a file that breaks after many units', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const whole = new TextDecoder().decode(tmx(pairs(300)));
    const truncated = new TextEncoder().encode(whole.slice(0, Math.floor(whole.length * 0.8)));
    const error = await runTmxImport(db, { projectId: project.id, fileName: 'rusak.tmx', bytes: truncated }, { chunkBytes: 1024, batchSize: 50 }).catch((e) => e);
    expect(isPadananError(error) && error.code).toBe('xml.malformed');
    expect(await db.tmUnits.count()).toBe(0);
    expect(await db.tmImports.count()).toBe(0);
  });

  it('refuses hostile XML and files that are not TMX, storing nothing', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const bomb = new TextEncoder().encode('<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><tmx version="1.4"><body><tu><tuv xml:lang="id"><seg>&b;</seg></tuv></tu></body></tmx>');
    const xxe = new TextEncoder().encode('<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx version="1.4"><body/></tmx>');
    const html = new TextEncoder().encode('<html><body>not a memory</body></html>');
    const codes = [];
    for (const bytes of [bomb, xxe, html, new Uint8Array(0)]) {
      const error = await runTmxImport(db, { projectId: project.id, fileName: 'x.tmx', bytes }).catch((e) => e);
      codes.push(isPadananError(error) ? error.code : String(error));
    }
    expect(codes).toEqual(['xml.doctype', 'xml.doctype', 'tmx.notTmx', 'xml.malformed']);
    expect(await db.tmUnits.count()).toBe(0);
    expect(await db.tmImports.count()).toBe(0);
  });

  it('a cancelled import leaves nothing behind', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const signal = { aborted: false };
    const bytes = tmx(pairs(400));
    const error = await runTmxImport(
      db,
      { projectId: project.id, fileName: 'a.tmx', bytes },
      {
        chunkBytes: 4096,
        batchSize: 50,
        signal,
        onProgress: (p) => {
          if (p.stored >= 100) signal.aborted = true;
        },
      },
    ).catch((e) => e);
    expect(error).toBeInstanceOf(TmxImportCancelled);
    expect(await db.tmUnits.count()).toBe(0);
    expect(await db.tmImports.count()).toBe(0);
  });
});
