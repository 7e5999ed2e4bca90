import { describe, expect, it } from 'vitest';
import { createDatabaseAt } from './migrationHarness';
import { PadananDb } from '../../../renderer/src/db/schema';
import { deleteProject } from '../../../renderer/src/db/projects';
import { beginTmImport, finishTmImport, listTmImports, readTmIndex, storeTmImportBatch } from '../../../renderer/src/db/tm';
import { TmIndexService } from '../../../renderer/src/workers/tmIndexService';

/** A v1 database as Padanan 0.1 left it: two projects with TM units (confirmed and from a TMX). */
function v1Data() {
  return {
    projects: [
      { id: 'proj-1', name: 'Lama', sourceLang: 'id', targetLang: 'en', segmentationRules: 'default', createdAt: 1, updatedAt: 2 },
      { id: 'proj-2', name: 'Lain', sourceLang: 'id', targetLang: 'en', segmentationRules: 'default', createdAt: 1, updatedAt: 1 },
    ],
    tmUnits: [
      { projectId: 'proj-1', source: 'Harga beras naik tajam.', target: 'Rice prices rose sharply.', origin: 'confirmed', context: 'lama.txt', createdAt: 2 },
      { projectId: 'proj-1', source: 'Korea Utara menembakkan rudal.', target: 'North Korea fired a missile.', origin: 'tmx', createdAt: 3 },
      { projectId: 'proj-2', source: 'Harga beras naik tajam.', target: 'Rice prices rose sharply.', origin: 'confirmed', createdAt: 2 },
    ],
    settings: [{ key: 'ui.language', value: 'id' }],
  };
}

describe('schema v2 (TM imports and the persisted TM index)', () => {
  it('upgrades a populated v1 database: old TM units are searched, deduplicated against, and deleted with their project', async () => {
    const name = `padanan-tm-migration-${Math.random().toString(36).slice(2)}`;
    await createDatabaseAt(name, 1, v1Data());
    const db = new PadananDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.tmUnits.count()).toBe(3);
    expect(await listTmImports(db, 'proj-1')).toEqual([]);
    expect(await readTmIndex(db, 'proj-1')).toBeUndefined();

    // The v1 units are part of the TM the worker loads…
    const service = new TmIndexService(db, 'proj-1', { rebuildAfter: () => 0 });
    expect((await service.open()).units).toBe(2);
    await service.settled();
    expect((await readTmIndex(db, 'proj-1'))!.snapshot.unitIds).toEqual(new Float64Array([1, 2]));
    expect((await service.lookup('Harga beras naik tajam!'))[0]).toMatchObject({ target: 'Rice prices rose sharply.', origin: 'confirmed', context: 'lama.txt' });

    // …and a TMX import into the upgraded database skips what they already hold.
    const record = await beginTmImport(db, 'proj-1', 'baru.tmx');
    const result = await storeTmImportBatch(db, record.id, [
      { source: 'Harga beras naik tajam.', target: 'Rice prices rose sharply.' },
      { source: 'Cuaca cerah.', target: 'Sunny weather.' },
    ]);
    expect(result).toEqual({ stored: 1, duplicates: 1 });
    await finishTmImport(db, record.id);
    expect(await service.refresh()).toBe(3);

    await deleteProject(db, 'proj-1');
    expect((await db.tmUnits.toArray()).map((u) => u.projectId)).toEqual(['proj-2']);
    expect(await db.tmImports.count()).toBe(0);
    expect(await db.tmIndexes.count()).toBe(0);
    db.close();
  });
});
