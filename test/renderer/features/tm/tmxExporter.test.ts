import { describe, expect, it } from 'vitest';
import { readTmx, type TmxUnit } from '../../../../core/formats/tmx';
import { freshDb, makeImported } from '../../db/fixtures';
import { createProject } from '../../../../renderer/src/db/projects';
import { getDocument, storeImportedDocument } from '../../../../renderer/src/db/documents';
import { readAllSegments, saveTarget, setSegmentStatus } from '../../../../renderer/src/db/segments';
import { tmxExporter } from '../../../../renderer/src/features/tm/tmxExporter';
import { exporters } from '../../../../renderer/src/features/export/exporters';

describe('Export menu → TMX', () => {
  it('is in the Export menu for every document', async () => {
    expect(exporters).toContain(tmxExporter);
  });

  it('writes the confirmed segments of every document of the project, each pair once', async () => {
    const db = freshDb();
    const project = await createProject(db, 'Berita: Korut/Rusia');
    const a = await storeImportedDocument(db, project.id, 'a.txt', makeImported(4, 1));
    // B starts with A's first sentence: translated alike, the pair is written once.
    const bImported = makeImported(3, 2);
    bImported.segments[0]!.source = (await readAllSegments(db, a.id))[0]!.source;
    const b = await storeImportedDocument(db, project.id, 'b.txt', bImported);
    const other = await createProject(db, 'Lain');
    const c = await storeImportedDocument(db, other.id, 'c.txt', makeImported(2, 3));
    const confirm = async (doc: string, index: number, target: string) => {
      await saveTarget(db, doc, index, target);
      await setSegmentStatus(db, doc, index, 'translated', 'ana');
    };
    await confirm(a.id, 0, 'First of A.');
    await saveTarget(db, a.id, 1, 'A draft, not exported.');
    await confirm(b.id, 2, 'Last of B & more.');
    await confirm(c.id, 0, 'Other project.');
    await confirm(b.id, 0, 'First of A.');

    const doc = (await getDocument(db, a.id))!;
    const file = await tmxExporter.build(doc, await readAllSegments(db, a.id), { db });
    expect(file.fileName).toBe('Berita Korut Rusia.tmx');
    const units: TmxUnit[] = [];
    await readTmx([file.bytes], (u) => void units.push(u));
    expect(units.map((u) => [u.target, u.context, u.tuid])).toEqual([
      ['First of A.', 'a.txt', 'a.txt#1'],
      ['Last of B & more.', 'b.txt', 'b.txt#3'],
    ]);
    await expect(Promise.resolve().then(() => tmxExporter.build(doc, []))).rejects.toThrow(/database/);
  });
});
