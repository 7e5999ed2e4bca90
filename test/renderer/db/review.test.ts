import { describe, expect, it } from 'vitest';
import { freshDb, makeImported, prng } from './fixtures';
import { isPadananError } from '../../../core/errors';
import { SEGMENT_STATUSES, type ProjectDocument, type SegmentStatus } from '../../../core/model';
import { createProject } from '../../../renderer/src/db/projects';
import { getDocument, storeImportedDocument } from '../../../renderer/src/db/documents';
import { applyReview, readComments, type SegmentReviewUpdate } from '../../../renderer/src/db/review';
import { readAllSegments, readRevisions } from '../../../renderer/src/db/segments';
import { statsOf } from '../../../renderer/src/db/stats';
import type { PadananDb } from '../../../renderer/src/db/schema';

const mixed = (i: number): SegmentStatus => SEGMENT_STATUSES[i % SEGMENT_STATUSES.length]!;

async function setup(count: number, status: (i: number) => SegmentStatus = mixed): Promise<{ db: PadananDb; doc: ProjectDocument }> {
  const db = freshDb();
  const project = await createProject(db, 'P');
  const imported = makeImported(count, 7, status);
  // Segment 4 (unitId '4') is not to be translated, as an XLIFF translate="no" unit would be.
  if (imported.segments[3]) imported.segments[3].locked = true;
  const doc = await storeImportedDocument(db, project.id, 'laporan.txt', imported);
  return { db, doc };
}

/** Every record of every table, to prove that a failed apply changed nothing at all. */
async function snapshot(db: PadananDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

async function expectExactStats(db: PadananDb, documentId: string): Promise<void> {
  const doc = (await getDocument(db, documentId))!;
  expect(doc.stats).toEqual(statsOf(await readAllSegments(db, documentId)));
}

describe('applyReview', () => {
  it('writes targets, statuses and comments by unit id, with revisions, comments, TM units and exact stats', async () => {
    const { db, doc } = await setup(250);
    const before = await readAllSegments(db, doc.id);
    const updates: SegmentReviewUpdate[] = [
      { unitId: '1', target: 'North Korea refused.', status: 'reviewed' }, // new -> reviewed, across statuses
      { unitId: '3', target: 'Better translation 3.' }, // translated, target only
      { unitId: '149', status: 'final', note: 'Checked against the source.' }, // another block, reviewed -> final
      { unitId: '250', note: 'Spelling of the name?' }, // comment only
    ];
    const result = await applyReview(db, doc.id, updates, 'Siti (reviewer)');
    expect(result).toEqual({ targets: 2, statuses: 2, comments: 2 });

    const after = await readAllSegments(db, doc.id);
    const byId = new Map(after.map((s) => [s.unitId, s]));
    expect(byId.get('1')).toMatchObject({ target: 'North Korea refused.', status: 'reviewed', note: '' });
    expect(byId.get('3')).toMatchObject({ target: 'Better translation 3.', status: before[2]!.status });
    expect(byId.get('149')).toMatchObject({ target: before[148]!.target, status: 'final', note: 'Checked against the source.' });
    expect(byId.get('250')).toMatchObject({ target: before[249]!.target, status: before[249]!.status, note: 'Spelling of the name?' });
    // Nothing else moved.
    const touched = new Set(['1', '3', '149', '250']);
    expect(after.filter((s) => !touched.has(s.unitId))).toEqual(before.filter((s) => !touched.has(s.unitId)));
    await expectExactStats(db, doc.id);

    expect((await readRevisions(db, doc.id, '1')).map((r) => [r.target, r.status, r.author])).toEqual([['North Korea refused.', 'reviewed', 'Siti (reviewer)']]);
    expect((await readRevisions(db, doc.id, '149')).map((r) => r.status)).toEqual(['final']);
    // A comment-only change is not a revision of the translation.
    expect(await readRevisions(db, doc.id, '250')).toEqual([]);
    expect((await readComments(db, doc.id, '250')).map((c) => [c.text, c.author])).toEqual([['Spelling of the name?', 'Siti (reviewer)']]);
    expect(await readComments(db, doc.id, '1')).toEqual([]);

    // Confirmed results with a target feed the project's TM, as a confirmation in the editor does.
    const tm = await db.tmUnits.toArray();
    expect(tm.map((u) => [u.source, u.target, u.origin]).sort()).toEqual(
      [
        [before[0]!.source, 'North Korea refused.', 'confirmed'],
        [before[2]!.source, 'Better translation 3.', 'confirmed'],
        [before[148]!.source, before[148]!.target, 'confirmed'],
      ].sort(),
    );
  });

  it('keeps the stats exact through many random reviews', async () => {
    const { db, doc } = await setup(1200);
    const random = prng(42);
    for (let round = 0; round < 12; round++) {
      const updates: SegmentReviewUpdate[] = [];
      const seen = new Set<string>();
      for (let k = 0; k < 40; k++) {
        const unitId = String(1 + Math.floor(random() * 1200));
        if (seen.has(unitId) || unitId === '4') continue;
        seen.add(unitId);
        const update: SegmentReviewUpdate = { unitId };
        if (random() < 0.5) update.status = SEGMENT_STATUSES[Math.floor(random() * SEGMENT_STATUSES.length)]!;
        if (random() < 0.5) update.target = `Round ${round} text ${k}.`;
        if (random() < 0.3) update.note = random() < 0.5 ? '' : `Note ${round}.${k}`;
        updates.push(update);
      }
      await applyReview(db, doc.id, updates, 'reviewer');
      await expectExactStats(db, doc.id);
    }
  });

  it('changes nothing when one update names a segment that is gone', async () => {
    const { db, doc } = await setup(300);
    const before = await snapshot(db);
    const error = await applyReview(
      db,
      doc.id,
      [
        { unitId: '2', target: 'Changed.', status: 'final' },
        { unitId: '220', note: 'A comment.' },
        { unitId: 'no-such-id', target: 'Lost.' },
      ],
      'reviewer',
    ).catch((e: unknown) => e);
    expect(isPadananError(error) && error.code).toBe('review.segmentGone');
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses to change the translation of a locked segment, and changes nothing', async () => {
    const { db, doc } = await setup(20);
    const before = await snapshot(db);
    const error = await applyReview(db, doc.id, [{ unitId: '1', status: 'final' }, { unitId: '4', target: 'Kim Jong Un' }], 'reviewer').catch((e: unknown) => e);
    expect(isPadananError(error) && error.code).toBe('review.locked');
    expect(await snapshot(db)).toEqual(before);
    // Its status and comment may still change.
    await applyReview(db, doc.id, [{ unitId: '4', status: 'reviewed', note: 'Name, not translated.' }], 'reviewer');
    expect((await readAllSegments(db, doc.id))[3]).toMatchObject({ status: 'reviewed', note: 'Name, not translated.', locked: true });
  });

  it('rolls back every write when the last write of the transaction fails', async () => {
    const { db, doc } = await setup(400);
    const before = await snapshot(db);
    const put = db.projects.put.bind(db.projects);
    db.projects.put = (() => Promise.reject(new Error('disk gone'))) as unknown as typeof db.projects.put;
    const updates: SegmentReviewUpdate[] = [
      { unitId: '1', target: 'One.', status: 'final', note: 'ok' },
      { unitId: '399', target: 'Three hundred ninety-nine.', status: 'reviewed' },
    ];
    await expect(applyReview(db, doc.id, updates, 'reviewer')).rejects.toThrow('disk gone');
    db.projects.put = put;
    expect(await snapshot(db)).toEqual(before);
    // The same review applies once the disk is back.
    await applyReview(db, doc.id, updates, 'reviewer');
    expect((await readAllSegments(db, doc.id))[398]).toMatchObject({ target: 'Three hundred ninety-nine.', status: 'reviewed' });
    await expectExactStats(db, doc.id);
  });

  it('does nothing for no updates or updates that change nothing', async () => {
    const { db, doc } = await setup(10);
    const segments = await readAllSegments(db, doc.id);
    const before = await snapshot(db);
    expect(await applyReview(db, doc.id, [], 'reviewer')).toEqual({ targets: 0, statuses: 0, comments: 0 });
    const same = segments.slice(0, 3).map((s) => ({ unitId: s.unitId, target: s.target, status: s.status, note: s.note }));
    expect(await applyReview(db, doc.id, same, 'reviewer')).toEqual({ targets: 0, statuses: 0, comments: 0 });
    const after = await snapshot(db);
    // Only the document's and project's updatedAt may move; segments, revisions and comments may not.
    expect(after.segmentBlocks).toEqual(before.segmentBlocks);
    expect(after.revisions).toEqual([]);
    expect(after.comments).toEqual([]);
  });

  it('clears a comment without storing an empty one, and keeps the comment history in order', async () => {
    const { db, doc } = await setup(5);
    await applyReview(db, doc.id, [{ unitId: '2', note: 'First remark.' }], 'Ani');
    await applyReview(db, doc.id, [{ unitId: '2', note: 'Second remark.' }], 'Budi');
    await applyReview(db, doc.id, [{ unitId: '2', note: '' }], 'Ani');
    expect((await readAllSegments(db, doc.id))[1]!.note).toBe('');
    expect((await readComments(db, doc.id, '2')).map((c) => `${c.author}: ${c.text}`)).toEqual(['Ani: First remark.', 'Budi: Second remark.']);
  });

  it('fails clearly for a document that does not exist', async () => {
    const { db } = await setup(3);
    const error = await applyReview(db, 'missing', [{ unitId: '1', status: 'final' }], 'reviewer').catch((e: unknown) => e);
    expect(isPadananError(error) && error.code).toBe('storage.documentMissing');
  });
});
