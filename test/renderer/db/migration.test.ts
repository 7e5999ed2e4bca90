import { describe, expect, it } from 'vitest';
import { createDatabaseAt, declaredStores, dumpDatabase, SCHEMA_HISTORY } from './migrationHarness';
import { freshDb } from './fixtures';
import { PadananDb } from '../../../renderer/src/db/schema';
import { listProjects } from '../../../renderer/src/db/projects';
import { getDocument, listDocuments } from '../../../renderer/src/db/documents';
import { readRevisions, readSegmentWindow, saveTarget, setSegmentStatus } from '../../../renderer/src/db/segments';
import { loadPosition, getSetting } from '../../../renderer/src/db/settings';
import { progressOf } from '../../../renderer/src/db/progress';

function uniqueName(): string {
  return `padanan-migration-${Math.random().toString(36).slice(2)}`;
}

/** A small v1 database as Padanan 0.1 wrote it: one project, one 250-segment document, history, TM, settings. */
function v1Data() {
  const segments = Array.from({ length: 250 }, (_, i) => ({
    documentId: 'doc-1',
    index: i,
    unitId: String(i + 1),
    paragraph: i,
    source: `Kalimat nomor ${i + 1}.`,
    target: i < 10 ? `Sentence number ${i + 1}.` : '',
    status: i < 10 ? 'translated' : 'new',
    note: '',
    gapAfter: '\n',
    updatedAt: 1,
  }));
  return {
    projects: [{ id: 'proj-1', name: 'Lama', sourceLang: 'id', targetLang: 'en', segmentationRules: 'default', createdAt: 1, updatedAt: 2 }],
    documents: [
      {
        id: 'doc-1',
        projectId: 'proj-1',
        name: 'lama.txt',
        format: 'txt',
        segmentCount: 250,
        wordCount: 750,
        stats: {
          new: { segments: 240, words: 720 },
          draft: { segments: 0, words: 0 },
          translated: { segments: 10, words: 30 },
          reviewed: { segments: 0, words: 0 },
          final: { segments: 0, words: 0 },
        },
        nextUnitId: 251,
        createdAt: 1,
        updatedAt: 2,
      },
    ],
    documentSkeletons: [{ documentId: 'doc-1', skeleton: { kind: 'txt', leading: '', data: { encoding: 'utf-8', bom: false } } }],
    segmentBlocks: [0, 1, 2].map((block) => ({ documentId: 'doc-1', block, segments: segments.slice(block * 100, block * 100 + 100) })),
    revisions: [{ documentId: 'doc-1', unitId: '1', target: 'Sentence number 1.', status: 'translated', author: 'ana', at: 2 }],
    tmUnits: [{ projectId: 'proj-1', source: 'Kalimat nomor 1.', target: 'Sentence number 1.', origin: 'confirmed', createdAt: 2 }],
    settings: [
      { key: 'workPosition', value: { projectId: 'proj-1', documentId: 'doc-1', segmentIndex: 120 } },
      { key: 'ui.language', value: 'id' },
    ],
  };
}

describe('migrations', () => {
  it('the harness knows the current version, with the same stores as PadananDb', async () => {
    const db = freshDb();
    await db.open();
    const latest = Math.max(...Object.keys(SCHEMA_HISTORY).map(Number));
    expect(db.verno).toBe(latest);
    expect(declaredStores(db)).toEqual(SCHEMA_HISTORY[latest]);
    db.close();
  });

  it('opens an empty v1 database', async () => {
    const name = uniqueName();
    await createDatabaseAt(name, 1);
    const db = new PadananDb(name);
    await db.open();
    expect(db.verno).toBe(Math.max(...Object.keys(SCHEMA_HISTORY).map(Number)));
    expect(await listProjects(db)).toEqual([]);
    expect(await loadPosition(db)).toBeUndefined();
    db.close();
  });

  it('opens a populated v1 database and everything reads and writes as before', async () => {
    const name = uniqueName();
    await createDatabaseAt(name, 1, v1Data());
    const before = await dumpDatabase(name);
    const db = new PadananDb(name);

    expect((await listProjects(db)).map((p) => p.name)).toEqual(['Lama']);
    const [doc] = await listDocuments(db, 'proj-1');
    expect(doc!.skeleton.kind).toBe('txt');
    expect(progressOf(doc!)).toEqual({ segmentsDone: 10, segmentsTotal: 250, wordsDone: 30, wordsTotal: 750 });
    expect(await loadPosition(db)).toEqual({ projectId: 'proj-1', documentId: 'doc-1', segmentIndex: 120 });
    expect(await getSetting(db, 'ui.language', 'en')).toBe('id');
    const window = await readSegmentWindow(db, 'doc-1', 95, 10);
    expect(window.map((s) => s.unitId)).toEqual(['96', '97', '98', '99', '100', '101', '102', '103', '104', '105']);
    expect((await readRevisions(db, 'doc-1', '1')).map((r) => r.author)).toEqual(['ana']);
    db.close();
    // opening changed nothing on disk (later versions only added empty tables)
    const after = await dumpDatabase(name);
    expect(Object.fromEntries(Object.keys(before).map((table) => [table, after[table]]))).toEqual(before);
    expect(Object.keys(after).filter((table) => !(table in before)).every((table) => after[table]!.length === 0)).toBe(true);

    const again = new PadananDb(name);
    await saveTarget(again, 'doc-1', 20, 'Sentence twenty-one.');
    await setSegmentStatus(again, 'doc-1', 20, 'translated', 'budi');
    expect(progressOf((await getDocument(again, 'doc-1'))!)).toEqual({ segmentsDone: 11, segmentsTotal: 250, wordsDone: 33, wordsTotal: 750 });
    expect(await again.tmUnits.count()).toBe(2);
    again.close();
  });
});
