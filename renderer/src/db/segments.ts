import { PadananError } from '../../../core/errors';
import { isConfirmed, isSegmentStatus, type Segment, type SegmentRevision, type SegmentStatus } from '../../../core/model';
import { blockOf, documentKeyRange } from './blocks';
import { SEGMENT_BLOCK_SIZE, type PadananDb, type SegmentBlock, type StoredDocument } from './schema';
import { moveInStats, segmentWords } from './stats';
import { documentMissing, segmentMissing, withStorageErrors } from './storageErrors';

/**
 * Segments [start, start + count) of a document (fewer at its end): one key-range read over
 * the two or three blocks that hold them, whatever the scroll position.
 */
export async function readSegmentWindow(db: PadananDb, documentId: string, start: number, count: number): Promise<Segment[]> {
  const end = Math.floor(start) + Math.floor(count);
  const first = Math.max(0, Math.floor(start));
  if (end <= first) return [];
  const blocks = await db.segmentBlocks
    .where('[documentId+block]')
    .between([documentId, blockOf(first)], [documentId, blockOf(end - 1)], true, true)
    .toArray();
  const offset = blockOf(first) * SEGMENT_BLOCK_SIZE;
  return flatten(blocks).slice(first - offset, end - offset);
}

/** Every segment in document order (for export). */
export async function readAllSegments(db: PadananDb, documentId: string): Promise<Segment[]> {
  const [lower, upper] = documentKeyRange(documentId);
  return flatten(await db.segmentBlocks.where('[documentId+block]').between(lower, upper, true, true).toArray());
}

/**
 * Saves what the translator typed (call it on every keystroke: one block get+put and one small
 * document put). Status: an edited segment becomes draft — a confirmed one goes back to draft —
 * except that clearing the target of a new or draft segment makes it new again. Saving the
 * target it already has changes nothing. Locked segments refuse edits.
 */
export async function saveTarget(db: PadananDb, documentId: string, index: number, target: string): Promise<Segment> {
  return withStorageErrors(() =>
    db.transaction('rw', [db.segmentBlocks, db.documents], async () => {
      const { block, doc, position, segment } = await loadSegment(db, documentId, index);
      if (segment.target === target) return segment;
      if (segment.locked) {
        throw new PadananError('storage.segmentLocked', `Segment ${index + 1} is locked and cannot be edited.`, { segment: index + 1 });
      }
      const status: SegmentStatus = target === '' && (segment.status === 'new' || segment.status === 'draft') ? 'new' : 'draft';
      const now = Date.now();
      const updated: Segment = { ...segment, target, status, updatedAt: now };
      await writeSegment(db, block, position, updated, doc, segment.status, now);
      return updated;
    }),
  );
}

/**
 * Sets a segment's status, records a SegmentRevision, and — when the status is confirmed
 * (translated/reviewed/final) and the target is not empty — stores the pair in the project's
 * translation memory (one 'confirmed' unit per source text, updated in place). One transaction.
 */
export async function setSegmentStatus(
  db: PadananDb,
  documentId: string,
  index: number,
  status: SegmentStatus,
  author: string,
): Promise<Segment> {
  if (!isSegmentStatus(status)) throw new TypeError(`Unknown segment status: ${String(status)}`);
  return withStorageErrors(() =>
    db.transaction('rw', [db.segmentBlocks, db.documents, db.revisions, db.tmUnits, db.projects], async () => {
      const { block, doc, position, segment } = await loadSegment(db, documentId, index);
      const now = Date.now();
      const updated: Segment = { ...segment, status, updatedAt: now };
      await writeSegment(db, block, position, updated, doc, segment.status, now);
      await db.revisions.add({ documentId, unitId: segment.unitId, target: segment.target, status, author, at: now });
      if (isConfirmed(status) && segment.target.trim() !== '') {
        const existing = await db.tmUnits
          .where('[projectId+source]')
          .equals([doc.projectId, segment.source])
          .filter((unit) => unit.origin === 'confirmed')
          .first();
        if (existing) {
          await db.tmUnits.put({ ...existing, target: segment.target, context: doc.name, updatedAt: now });
        } else {
          await db.tmUnits.add({ projectId: doc.projectId, source: segment.source, target: segment.target, origin: 'confirmed', context: doc.name, createdAt: now });
        }
      }
      const project = await db.projects.get(doc.projectId);
      if (project) await db.projects.put({ ...project, updatedAt: now });
      return updated;
    }),
  );
}

/** A segment's history, oldest first. */
export async function readRevisions(db: PadananDb, documentId: string, unitId: string): Promise<SegmentRevision[]> {
  return db.revisions.where('[documentId+unitId]').equals([documentId, unitId]).toArray();
}

interface LoadedSegment {
  block: SegmentBlock;
  doc: StoredDocument;
  position: number;
  segment: Segment;
}

async function loadSegment(db: PadananDb, documentId: string, index: number): Promise<LoadedSegment> {
  const [block, doc] = await Promise.all([db.segmentBlocks.get([documentId, blockOf(index)]), db.documents.get(documentId)]);
  if (!doc) throw documentMissing(documentId);
  const position = index - blockOf(index) * SEGMENT_BLOCK_SIZE;
  const segment = Number.isInteger(index) ? block?.segments[position] : undefined;
  if (!block || !segment) throw segmentMissing(documentId, index);
  return { block, doc, position, segment };
}

/** Puts the changed block and the document with its stats moved from `previous` to the new status. */
async function writeSegment(
  db: PadananDb,
  block: SegmentBlock,
  position: number,
  updated: Segment,
  doc: StoredDocument,
  previous: SegmentStatus,
  now: number,
): Promise<void> {
  const segments = block.segments.slice();
  segments[position] = updated;
  const stats = previous === updated.status ? doc.stats : moveInStats(doc.stats, previous, updated.status, segmentWords(updated));
  await Promise.all([db.segmentBlocks.put({ ...block, segments }), db.documents.put({ ...doc, stats, updatedAt: now })]);
}

function flatten(blocks: readonly SegmentBlock[]): Segment[] {
  const out: Segment[] = [];
  for (const b of blocks) for (const s of b.segments) out.push(s);
  return out;
}
