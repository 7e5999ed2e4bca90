import { describe, expect, it } from 'vitest';
import { freshDb, makeImported, prng, sentence } from './fixtures';
import { isPadananError } from '../../../core/errors';
import { SEGMENT_STATUSES, type ProjectDocument } from '../../../core/model';
import { createProject } from '../../../renderer/src/db/projects';
import { getDocument, storeImportedDocument } from '../../../renderer/src/db/documents';
import { readAllSegments, readRevisions, readSegmentWindow, saveTarget, setSegmentStatus } from '../../../renderer/src/db/segments';
import { statsOf } from '../../../renderer/src/db/stats';
import type { PadananDb } from '../../../renderer/src/db/schema';

async function setup(count: number, db: PadananDb = freshDb()): Promise<{ db: PadananDb; doc: ProjectDocument }> {
  const project = await createProject(db, 'P');
  const doc = await storeImportedDocument(db, project.id, 'doc.txt', makeImported(count));
  return { db, doc };
}

async function expectStatsMatchRecount(db: PadananDb, documentId: string): Promise<void> {
  const doc = (await getDocument(db, documentId))!;
  expect(doc.stats).toEqual(statsOf(await readAllSegments(db, documentId)));
}

describe('readSegmentWindow', () => {
  it('reads any window, across block boundaries, clipped at the document end', async () => {
    const { db, doc } = await setup(1050);
    const indices = async (start: number, count: number) => (await readSegmentWindow(db, doc.id, start, count)).map((s) => s.index);
    const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);
    expect(await indices(0, 200)).toEqual(range(0, 200));
    expect(await indices(99, 2)).toEqual([99, 100]);
    expect(await indices(150, 200)).toEqual(range(150, 350));
    expect(await indices(555, 301)).toEqual(range(555, 856));
    expect(await indices(1000, 200)).toEqual(range(1000, 1050));
    expect(await indices(1049, 1)).toEqual([1049]);
    expect(await indices(1050, 10)).toEqual([]);
    expect(await indices(5000, 10)).toEqual([]);
    expect(await indices(-5, 10)).toEqual(range(0, 5));
    expect(await indices(10, 0)).toEqual([]);
    const window = await readSegmentWindow(db, doc.id, 250, 3);
    expect(window.every((s) => s.documentId === doc.id)).toBe(true);
    expect(await readSegmentWindow(db, 'other', 0, 10)).toEqual([]);
  });

  it('does not mix documents', async () => {
    const db = freshDb();
    const { doc: a } = await setup(120, db);
    const { doc: b } = await setup(130, db);
    expect((await readSegmentWindow(db, a.id, 100, 100)).length).toBe(20);
    expect((await readAllSegments(db, b.id)).length).toBe(130);
    expect((await readAllSegments(db, a.id)).every((s) => s.documentId === a.id)).toBe(true);
  });
});

describe('saveTarget', () => {
  it('saves the target, makes a new segment draft and keeps the counters', async () => {
    const { db, doc } = await setup(300);
    const saved = await saveTarget(db, doc.id, 150, 'The flood');
    expect(saved).toMatchObject({ index: 150, target: 'The flood', status: 'draft' });
    expect((await readSegmentWindow(db, doc.id, 150, 1))[0]).toEqual(saved);
    const after = (await getDocument(db, doc.id))!;
    expect(after.stats.draft.segments).toBe(1);
    expect(after.stats.new.segments).toBe(299);
    await expectStatsMatchRecount(db, doc.id);
    // the following keystrokes keep it a draft and leave the counters alone
    await saveTarget(db, doc.id, 150, 'The flood has');
    expect((await getDocument(db, doc.id))!.stats).toEqual(after.stats);
  });

  it('sends an edited confirmed segment back to draft, and a cleared draft back to new', async () => {
    const { db, doc } = await setup(10);
    await saveTarget(db, doc.id, 2, 'Done.');
    await setSegmentStatus(db, doc.id, 2, 'reviewed', 'ana');
    expect((await saveTarget(db, doc.id, 2, 'Done!')).status).toBe('draft');
    expect((await saveTarget(db, doc.id, 2, '')).status).toBe('new');
    await setSegmentStatus(db, doc.id, 3, 'final', 'ana');
    expect((await saveTarget(db, doc.id, 3, 'x')).status).toBe('draft');
    await setSegmentStatus(db, doc.id, 3, 'translated', 'ana');
    expect((await saveTarget(db, doc.id, 3, '')).status).toBe('draft');
    await expectStatsMatchRecount(db, doc.id);
  });

  it('writes nothing when the target is unchanged', async () => {
    const { db, doc } = await setup(10);
    const before = (await readSegmentWindow(db, doc.id, 4, 1))[0]!;
    expect(await saveTarget(db, doc.id, 4, '')).toEqual(before);
    expect((await getDocument(db, doc.id))!.updatedAt).toBe(doc.updatedAt);
  });

  it('refuses locked, missing segments and missing documents', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const imported = makeImported(5);
    imported.segments[1]!.locked = true;
    const doc = await storeImportedDocument(db, project.id, 'x.xlf', imported);
    const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (isPadananError(e) ? e.code : String(e)));
    expect(await code(saveTarget(db, doc.id, 1, 'x'))).toBe('storage.segmentLocked');
    expect(await code(saveTarget(db, doc.id, 5, 'x'))).toBe('storage.segmentMissing');
    expect(await code(saveTarget(db, doc.id, -1, 'x'))).toBe('storage.segmentMissing');
    expect(await code(saveTarget(db, 'gone', 0, 'x'))).toBe('storage.documentMissing');
    expect(await code(setSegmentStatus(db, doc.id, 7, 'final', 'a'))).toBe('storage.segmentMissing');
    expect((await readSegmentWindow(db, doc.id, 1, 1))[0]!.target).toBe('');
  });

  it('keeps every keystroke of fast typing, in order', async () => {
    const { db, doc } = await setup(200);
    const text = 'The regent said that the flood had receded.';
    await Promise.all([...text].map((_, i) => saveTarget(db, doc.id, 101, text.slice(0, i + 1))));
    expect((await readSegmentWindow(db, doc.id, 101, 1))[0]!.target).toBe(text);
    await expectStatsMatchRecount(db, doc.id);
  });
});

describe('setSegmentStatus', () => {
  it('records a revision and upserts one confirmed TM unit per source', async () => {
    const { db, doc } = await setup(20);
    await saveTarget(db, doc.id, 5, 'First try.');
    const confirmed = await setSegmentStatus(db, doc.id, 5, 'translated', 'ana');
    expect(confirmed.status).toBe('translated');
    await saveTarget(db, doc.id, 5, 'Second try.');
    await setSegmentStatus(db, doc.id, 5, 'reviewed', 'budi');

    const revisions = await readRevisions(db, doc.id, confirmed.unitId);
    expect(revisions.map((r) => [r.target, r.status, r.author])).toEqual([
      ['First try.', 'translated', 'ana'],
      ['Second try.', 'reviewed', 'budi'],
    ]);
    const units = await db.tmUnits.toArray();
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ projectId: doc.projectId, source: confirmed.source, target: 'Second try.', origin: 'confirmed', context: 'doc.txt' });
    expect(units[0]!.updatedAt).toBeGreaterThanOrEqual(units[0]!.createdAt);
  });

  it('leaves units of other origins alone and adds no unit for an empty target or an unconfirmed status', async () => {
    const { db, doc } = await setup(20);
    const seg = (await readSegmentWindow(db, doc.id, 6, 1))[0]!;
    await db.tmUnits.add({ projectId: doc.projectId, source: seg.source, target: 'From TMX.', origin: 'tmx', createdAt: 1 });
    await setSegmentStatus(db, doc.id, 7, 'translated', 'ana');
    await saveTarget(db, doc.id, 8, 'Draft.');
    await setSegmentStatus(db, doc.id, 8, 'draft', 'ana');
    expect(await db.tmUnits.count()).toBe(1);
    await saveTarget(db, doc.id, 6, 'Mine.');
    await setSegmentStatus(db, doc.id, 6, 'final', 'ana');
    const units = await db.tmUnits.orderBy('id').toArray();
    expect(units.map((u) => [u.origin, u.target])).toEqual([
      ['tmx', 'From TMX.'],
      ['confirmed', 'Mine.'],
    ]);
    expect((await readRevisions(db, doc.id, '8')).length).toBe(1);
    await expectStatsMatchRecount(db, doc.id);
  });

  it('is all-or-nothing: a failing TM write leaves segment, stats and history unchanged', async () => {
    const { db, doc } = await setup(20);
    await saveTarget(db, doc.id, 2, 'Target.');
    const before = (await readSegmentWindow(db, doc.id, 2, 1))[0]!;
    const statsBefore = (await getDocument(db, doc.id))!.stats;
    const add = db.tmUnits.add.bind(db.tmUnits);
    db.tmUnits.add = () => {
      throw new Error('disk failure');
    };
    const error = await setSegmentStatus(db, doc.id, 2, 'translated', 'ana').catch((e: unknown) => e);
    db.tmUnits.add = add;
    expect((error as Error).message).toBe('disk failure');
    expect((await readSegmentWindow(db, doc.id, 2, 1))[0]).toEqual(before);
    expect((await getDocument(db, doc.id))!.stats).toEqual(statsBefore);
    expect(await readRevisions(db, doc.id, before.unitId)).toEqual([]);
  });
});

describe('document stats', () => {
  it('stay equal to a recount through a random sequence of edits and status changes', async () => {
    const { db, doc } = await setup(2000);
    const random = prng(42);
    for (let step = 0; step < 400; step++) {
      const index = Math.floor(random() * 2000);
      const r = random();
      if (r < 0.45) await saveTarget(db, doc.id, index, random() < 0.15 ? '' : sentence(random));
      else await setSegmentStatus(db, doc.id, index, SEGMENT_STATUSES[Math.floor(random() * SEGMENT_STATUSES.length)]!, 'tester');
      if (step % 100 === 99) await expectStatsMatchRecount(db, doc.id);
    }
    const final = (await getDocument(db, doc.id))!;
    expect(Object.values(final.stats).reduce((n, s) => n + s.segments, 0)).toBe(2000);
    expect(Object.values(final.stats).reduce((n, s) => n + s.words, 0)).toBe(doc.wordCount);
    await expectStatsMatchRecount(db, doc.id);
  });
});
