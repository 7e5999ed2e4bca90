import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshDb, makeImported } from './fixtures';
import { isPadananError } from '../../../core/errors';
import { createProject, deleteProject, listProjects, renameProject } from '../../../renderer/src/db/projects';
import { getDocument, storeImportedDocument } from '../../../renderer/src/db/documents';
import { readAllSegments, saveTarget, setSegmentStatus } from '../../../renderer/src/db/segments';
import { loadPosition, savePosition } from '../../../renderer/src/db/settings';
import type { PadananDb } from '../../../renderer/src/db/schema';
import { loadStarterPack } from '../../../glossary/packs/starterPack';

afterEach(() => {
  vi.useRealTimers();
});

async function countAll(db: PadananDb): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of db.tables) out[t.name] = (await t.toArray()).length;
  return out;
}

describe('projects', () => {
  it('creates a project with Indonesian→English defaults', async () => {
    const db = freshDb();
    const p = await createProject(db, '  Berita banjir  ');
    expect(p).toMatchObject({ name: 'Berita banjir', sourceLang: 'id', targetLang: 'en', segmentationRules: 'default' });
    expect(p.id).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(await db.projects.get(p.id)).toEqual(p);
  });

  it('refuses an empty name', async () => {
    const db = freshDb();
    const error = await createProject(db, '   ').catch((e: unknown) => e);
    expect(isPadananError(error) && error.code).toBe('storage.projectNameEmpty');
    expect(await listProjects(db)).toEqual([]);
  });

  it('lists the most recently updated first; renaming and working on a project moves it up', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const db = freshDb();
    vi.setSystemTime(1_000);
    const a = await createProject(db, 'A');
    vi.setSystemTime(2_000);
    const b = await createProject(db, 'B');
    vi.setSystemTime(3_000);
    const c = await createProject(db, 'C');
    expect((await listProjects(db)).map((p) => p.name)).toEqual(['C', 'B', 'A']);

    vi.setSystemTime(4_000);
    await renameProject(db, a.id, 'A2');
    expect((await listProjects(db)).map((p) => p.name)).toEqual(['A2', 'C', 'B']);

    vi.setSystemTime(5_000);
    const doc = await storeImportedDocument(db, b.id, 'b.txt', makeImported(3));
    expect((await listProjects(db)).map((p) => p.name)).toEqual(['B', 'A2', 'C']);

    vi.setSystemTime(6_000);
    await saveTarget(db, doc.id, 0, 'x');
    await setSegmentStatus(db, doc.id, 0, 'translated', 'me');
    const listed = await listProjects(db);
    expect(listed[0]!.id).toBe(b.id);
    expect(listed[0]!.updatedAt).toBe(6_000);
    expect(c.updatedAt).toBe(3_000);
  });

  it('rename of a missing project is a storage.projectMissing error', async () => {
    const db = freshDb();
    const error = await renameProject(db, 'nope', 'X').catch((e: unknown) => e);
    expect(isPadananError(error) && error.code).toBe('storage.projectMissing');
  });

  it('deleteProject removes everything that belongs to the project and nothing else', async () => {
    const db = freshDb();
    const keep = await createProject(db, 'Keep');
    const gone = await createProject(db, 'Gone');
    const seed = async (projectId: string, tag: string) => {
      const d1 = await storeImportedDocument(db, projectId, `${tag}-1.txt`, makeImported(250, 1));
      const d2 = await storeImportedDocument(db, projectId, `${tag}-2.txt`, makeImported(30, 2));
      await saveTarget(db, d1.id, 120, `target ${tag}`);
      await setSegmentStatus(db, d1.id, 120, 'translated', 'ana');
      await db.comments.add({ documentId: d2.id, unitId: '3', author: 'ana', text: 'cek', at: 1 });
      await db.glossaryPacks.add({
        id: `pack-${tag}`, projectId, name: 'P', version: '1', author: 'a', licence: 'CC0', enabled: true, priority: 0, createdAt: 1, updatedAt: 1,
      });
      await db.terms.add({ packId: `pack-${tag}`, source: 'banjir', target: 'flood', forbidden: false, caseSensitive: false, matchMode: 'inflected' });
      await db.tmUnits.add({ projectId, source: 'a', target: 'b', origin: 'tmx', createdAt: 1 });
      await db.tmImports.add({ id: `import-${tag}`, projectId, fileName: 'a.tmx', status: 'done', ranges: [], stored: 0, duplicates: 0, startedAt: 1 });
      await db.tmIndexes.put({ projectId, builtAt: 1, maxUnitId: 0, excludedImports: [], snapshot: {} as never });
      return [d1, d2] as const;
    };
    const [k1] = await seed(keep.id, 'keep');
    const [g1] = await seed(gone.id, 'gone');
    await savePosition(db, { projectId: gone.id, documentId: g1.id, segmentIndex: 5 });
    const before = await countAll(db);

    await deleteProject(db, gone.id);

    const after = await countAll(db);
    expect(after).toEqual({
      projects: 1,
      documents: 2,
      documentSkeletons: 2,
      segmentBlocks: before.segmentBlocks! / 2,
      revisions: 1,
      comments: 1,
      // The kept project's starter pack (every new project gets one) and its seeded pack.
      glossaryPacks: 2,
      terms: 1 + loadStarterPack().terms.length,
      tmUnits: 2,
      tmImports: 1,
      tmIndexes: 1,
      settings: 0,
    });
    expect(await getDocument(db, g1.id)).toBeUndefined();
    expect(await readAllSegments(db, g1.id)).toEqual([]);
    expect((await readAllSegments(db, k1.id)).length).toBe(250);
    expect(await loadPosition(db)).toBeUndefined();
    expect((await db.tmUnits.toArray()).every((u) => u.projectId === keep.id)).toBe(true);
  });

  it('deleteProject keeps a position that points elsewhere', async () => {
    const db = freshDb();
    const a = await createProject(db, 'A');
    const b = await createProject(db, 'B');
    await savePosition(db, { projectId: a.id, documentId: 'd', segmentIndex: 0 });
    await deleteProject(db, b.id);
    expect(await loadPosition(db)).toEqual({ projectId: a.id, documentId: 'd', segmentIndex: 0 });
  });
});
