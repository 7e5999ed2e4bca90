import { describe, expect, it } from 'vitest';
import { PadananError } from '../../../../core/errors';
import { txtCodec } from '../../../../core/formats/txt';
import { createDefaultSegmenter } from '../../../../core/segment/index';
import { freshDb } from '../../db/fixtures';
import { createProject } from '../../../../renderer/src/db/projects';
import { listDocuments, storeImportedDocument } from '../../../../renderer/src/db/documents';
import { importFiles, projectNameFromFile, type ImportProgress, type ImportSteps } from '../../../../renderer/src/features/projects/importDocuments';

const encode = (s: string) => new TextEncoder().encode(s);

/** Parses in-process (the worker runs the same codec.read). */
function stepsFor(db: ReturnType<typeof freshDb>): ImportSteps {
  return {
    parse: async (file) => txtCodec.read(file.bytes, { fileName: file.name, segmenter: createDefaultSegmenter() }),
    store: (projectId, name, imported, onProgress) => storeImportedDocument(db, projectId, name, imported, onProgress),
  };
}

describe('importFiles', () => {
  it('parses and stores each file, reporting progress', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const progress: ImportProgress[] = [];
    const outcome = await importFiles(stepsFor(db), project.id, [{ name: 'a.txt', bytes: encode('Satu. Dua.\nTiga.') }], (p) => progress.push(p));
    expect(outcome.failures).toEqual([]);
    expect(outcome.imported.map((d) => [d.name, d.segmentCount])).toEqual([['a.txt', 3]]);
    expect(progress[0]).toMatchObject({ phase: 'parsing', fileName: 'a.txt' });
    expect(progress.at(-1)).toMatchObject({ phase: 'storing', written: 3, total: 3 });
  });

  it('a bad file changes nothing and does not stop the others', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const outcome = await importFiles(
      stepsFor(db),
      project.id,
      [
        { name: 'empty.txt', bytes: new Uint8Array() },
        { name: 'binary.txt', bytes: new Uint8Array([0, 1, 2, 0, 0, 3]) },
        { name: 'ok.txt', bytes: encode('Baik.') },
      ],
      () => {},
    );
    expect(outcome.failures.map((f) => [f.fileName, (f.error as PadananError).code])).toEqual([
      ['empty.txt', 'file.empty'],
      ['binary.txt', 'file.binary'],
    ]);
    expect((await listDocuments(db, project.id)).map((d) => d.name)).toEqual(['ok.txt']);
  });
});

describe('projectNameFromFile', () => {
  it('uses the file name without its extension', () => {
    expect(projectNameFromFile('berita-korut.txt')).toBe('berita-korut');
    expect(projectNameFromFile('/home/u/laporan.final.md')).toBe('laporan.final');
    expect(projectNameFromFile('.bashrc')).toBe('.bashrc');
    expect(projectNameFromFile('')).toBe('Project');
  });
});
