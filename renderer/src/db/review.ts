import { PadananError } from '../../../core/errors';
import { isConfirmed, isSegmentStatus, type Segment, type SegmentComment, type SegmentRevision, type SegmentStatus } from '../../../core/model';
import { documentKeyRange } from './blocks';
import type { PadananDb, SegmentBlock } from './schema';
import { moveInStats, segmentWords } from './stats';
import { documentMissing, withStorageErrors } from './storageErrors';

/** What a reviewer changed in one segment, found by its stable unit id. Absent fields stay as they are. */
export interface SegmentReviewUpdate {
  unitId: string;
  target?: string;
  status?: SegmentStatus;
  /** The new comment; '' clears it. */
  note?: string;
}

export interface ReviewApplyResult {
  targets: number;
  statuses: number;
  comments: number;
}

/**
 * Applies a reviewed copy's changes in ONE transaction: every update is written, or (a segment
 * gone, a locked target, a storage failure) none is. Per changed segment:
 * - the target, status and note are written into its block; the document's per-status counters
 *   move in the same transaction (source words do not change, so word counts stay exact);
 * - a SegmentRevision by `author` records a changed target or status;
 * - a changed, non-empty comment is stored in `comments` (author and time: the review's thread)
 *   and becomes the segment's `note`, which is what the review table, XLIFF and TMX exports carry;
 * - a confirmed result with a target updates the project's TM unit for that source, as a
 *   confirmation in the editor does.
 */
export async function applyReview(
  db: PadananDb,
  documentId: string,
  updates: readonly SegmentReviewUpdate[],
  author: string,
): Promise<ReviewApplyResult> {
  const result: ReviewApplyResult = { targets: 0, statuses: 0, comments: 0 };
  if (updates.length === 0) return result;
  for (const u of updates) {
    if (u.status !== undefined && !isSegmentStatus(u.status)) throw new TypeError(`Unknown segment status: ${String(u.status)}`);
  }
  return withStorageErrors(() =>
    db.transaction('rw', [db.documents, db.segmentBlocks, db.revisions, db.comments, db.tmUnits, db.projects], async () => {
      const doc = await db.documents.get(documentId);
      if (!doc) throw documentMissing(documentId);
      const [lower, upper] = documentKeyRange(documentId);
      const blocks = await db.segmentBlocks.where('[documentId+block]').between(lower, upper, true, true).toArray();
      const where = new Map<string, { block: number; position: number }>();
      blocks.forEach((b, block) => b.segments.forEach((s, position) => where.set(s.unitId, { block, position })));

      const now = Date.now();
      const changedBlocks = new Map<number, SegmentBlock>();
      let stats = doc.stats;
      const tmWrites: Segment[] = [];
      const revisions: SegmentRevision[] = [];
      const comments: SegmentComment[] = [];
      for (const update of updates) {
        const at = where.get(update.unitId);
        if (!at) {
          throw new PadananError('review.segmentGone', `Segment ${update.unitId} is no longer in this document; nothing was changed.`, { id: update.unitId });
        }
        const block = changedBlocks.get(at.block) ?? { ...blocks[at.block]!, segments: blocks[at.block]!.segments.slice() };
        changedBlocks.set(at.block, block);
        const before = block.segments[at.position]!;
        if (update.target !== undefined && update.target !== before.target && before.locked) {
          throw new PadananError('review.locked', `Segment ${before.index + 1} is locked; its translation cannot be changed.`, { segment: before.index + 1 });
        }
        const after: Segment = {
          ...before,
          target: update.target ?? before.target,
          status: update.status ?? before.status,
          note: update.note ?? before.note,
        };
        const targetChanged = after.target !== before.target;
        const statusChanged = after.status !== before.status;
        const noteChanged = after.note !== before.note;
        if (!targetChanged && !statusChanged && !noteChanged) continue;
        after.updatedAt = now;
        block.segments[at.position] = after;
        if (statusChanged) {
          stats = moveInStats(stats, before.status, after.status, segmentWords(before));
          result.statuses++;
        }
        if (targetChanged) result.targets++;
        if (targetChanged || statusChanged) {
          revisions.push({ documentId, unitId: after.unitId, target: after.target, status: after.status, author, at: now });
          if (isConfirmed(after.status) && after.target.trim() !== '') tmWrites.push(after);
        }
        if (noteChanged) {
          result.comments++;
          if (after.note.trim() !== '') comments.push({ documentId, unitId: after.unitId, author, text: after.note, at: now });
        }
      }
      await db.revisions.bulkAdd(revisions);
      await db.comments.bulkAdd(comments);
      for (const segment of tmWrites) await upsertConfirmedUnit(db, doc.projectId, doc.name, segment, now);
      await db.segmentBlocks.bulkPut([...changedBlocks.values()]);
      await db.documents.put({ ...doc, stats, updatedAt: now });
      const project = await db.projects.get(doc.projectId);
      if (project) await db.projects.put({ ...project, updatedAt: now });
      return result;
    }),
  );
}

/** A segment's comments, oldest first. */
export async function readComments(db: PadananDb, documentId: string, unitId: string): Promise<SegmentComment[]> {
  return db.comments.where('[documentId+unitId]').equals([documentId, unitId]).toArray();
}

/** The same upsert as a confirmation in the editor: one 'confirmed' unit per source, updated in place. */
async function upsertConfirmedUnit(db: PadananDb, projectId: string, context: string, segment: Segment, now: number): Promise<void> {
  const existing = await db.tmUnits
    .where('[projectId+source]')
    .equals([projectId, segment.source])
    .filter((unit) => unit.origin === 'confirmed')
    .first();
  if (existing) await db.tmUnits.put({ ...existing, target: segment.target, context, updatedAt: now });
  else await db.tmUnits.add({ projectId, source: segment.source, target: segment.target, origin: 'confirmed', context, createdAt: now });
}
