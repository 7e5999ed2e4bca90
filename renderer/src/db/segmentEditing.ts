import { Dexie } from 'dexie';
import { PadananError } from '../../../core/errors';
import type { DocumentStats, Segment, SegmentStatus } from '../../../core/model';
import { joinSegments, splitSegment, type Segmenter } from '../../../core/segment/index';
import { blockOf, documentKeyRange } from './blocks';
import { planResegmentation } from './resegmentation';
import { SEGMENT_BLOCK_SIZE, type PadananDb, type SegmentBlock, type StoredDocument } from './schema';
import { segmentWords, statsOf } from './stats';
import { documentMissing, segmentMissing, withStorageErrors } from './storageErrors';

/**
 * Split, join and re-segmentation of a stored document, each in ONE transaction. Segments are
 * stored 100 to a block by index, so a change of count rewrites every block from the changed one to
 * the end of the document (the indices of all later segments shift). The gaps between segments are
 * kept exactly, so the document still exports the same text; the document's counters change in the
 * same transaction (statsOf of the whole document equals the stored stats after each operation).
 */
export interface SegmentEditOptions {
  /** Name written into the segment revisions. */
  author?: string;
  now?: number;
}

export interface SplitOptions extends SegmentEditOptions {
  /**
   * Where the translation divides (a string index into the target). Omitted, or at the end of the
   * target: the whole translation stays with the first part, which is what a translator expects
   * when splitting an untranslated sentence; within it, each part gets its side.
   */
  targetOffset?: number;
}

export interface SegmentEditResult {
  /** The document's number of segments afterwards. */
  segmentCount: number;
  /** The changed segment(s): the two parts of a split, the joined segment. */
  segments: Segment[];
}

/** Splits segment `index` at `sourceOffset` (a string index into its source, e.g. the caret). */
export async function splitSegmentAt(
  db: PadananDb,
  documentId: string,
  index: number,
  sourceOffset: number,
  options: SplitOptions = {},
): Promise<SegmentEditResult> {
  const now = options.now ?? Date.now();
  return withStorageErrors(() =>
    db.transaction('rw', [db.segmentBlocks, db.documents, db.revisions], async () => {
      const { doc, tail, position, segment } = await loadTail(db, documentId, index);
      const [rawFirst, rawSecond] = splitSegment(segment, sourceOffset, { unitId: String(doc.nextUnitId), now });
      const [first, second] = divideTarget(segment, rawFirst, rawSecond, options.targetOffset);
      const segments = [...tail.slice(0, position), first, second, ...tail.slice(position + 1)];
      await writeTail(db, documentId, blockOf(index), tail.length, segments);
      const stats = replaceInStats(doc.stats, [segment], [first, second]);
      await putDocument(db, doc, stats, { segmentCount: doc.segmentCount + 1, nextUnitId: doc.nextUnitId + 1, updatedAt: now });
      await recordRevisions(db, documentId, [first, second], options.author, now);
      return { segmentCount: doc.segmentCount + 1, segments: [first, second] };
    }),
  );
}

/**
 * Joins segment `index` with the one after it. The gap between them becomes part of the source and
 * joins the two translations; the result keeps the first segment's unitId, and the second
 * segment's comments move to it. Segments of different paragraphs are never joined.
 */
export async function joinWithNext(db: PadananDb, documentId: string, index: number, options: SegmentEditOptions = {}): Promise<SegmentEditResult> {
  const now = options.now ?? Date.now();
  return withStorageErrors(() =>
    db.transaction('rw', [db.segmentBlocks, db.documents, db.revisions, db.comments], async () => {
      const { doc, tail, position, segment } = await loadTail(db, documentId, index);
      const nextSegment = tail[position + 1];
      if (!nextSegment) {
        throw new PadananError('segmentation.join.last', `Segment ${index + 1} is the last segment: there is no next segment to join it with.`, {
          segment: index + 1,
        });
      }
      const joined = joinSegments(segment, nextSegment, { now });
      const segments = [...tail.slice(0, position), joined, ...tail.slice(position + 2)];
      await writeTail(db, documentId, blockOf(index), tail.length, segments);
      const stats = replaceInStats(doc.stats, [segment, nextSegment], [joined]);
      await putDocument(db, doc, stats, { segmentCount: doc.segmentCount - 1, nextUnitId: doc.nextUnitId, updatedAt: now });
      await db.comments.where('[documentId+unitId]').equals([documentId, nextSegment.unitId]).modify({ unitId: joined.unitId });
      await recordRevisions(db, documentId, [joined], options.author, now);
      return { segmentCount: doc.segmentCount - 1, segments: [joined] };
    }),
  );
}

export interface ResegmentOptions extends SegmentEditOptions {
  /** Computes the outcome without writing anything (for the confirmation dialog). */
  dryRun?: boolean;
}

export interface ResegmentSummary {
  /** Segments before and after. */
  before: number;
  after: number;
  /** Segments whose source did not change: translation, status and unitId kept. */
  kept: number;
  /** New segments that received the translation(s) of changed segments, as drafts to check. */
  carried: number;
  /** Translations that could not be placed (normally 0). */
  lost: number;
  /** False when the rules give the segments the document already has (nothing is written). */
  changed: boolean;
}

/**
 * Segments the document again with `segmenter` (the project's rules), keeping what can be kept
 * (see resegmentation.ts). One transaction: the document's blocks are replaced, its counters
 * recounted. XLIFF documents are refused: their segments are the file's units, and the hand-back
 * writes translations into those units.
 */
export async function resegmentDocument(db: PadananDb, documentId: string, segmenter: Segmenter, options: ResegmentOptions = {}): Promise<ResegmentSummary> {
  const now = options.now ?? Date.now();
  const mode = options.dryRun ? 'r' : 'rw';
  return withStorageErrors(() =>
    db.transaction(mode, [db.segmentBlocks, db.documents, db.revisions], async () => {
      const doc = await db.documents.get(documentId);
      if (!doc) throw documentMissing(documentId);
      if (doc.format === 'xliff12' || doc.format === 'xliff2') {
        throw new PadananError(
          'segmentation.resegment.xliff',
          `${doc.name} is an XLIFF file: its segments come from the tool that made it and cannot be segmented again.`,
          { file: doc.name },
        );
      }
      const [lower, upper] = documentKeyRange(documentId);
      const blocks = await db.segmentBlocks.where('[documentId+block]').between(lower, upper, true, true).toArray();
      const old = blocks.flatMap((b) => b.segments);
      const plan = planResegmentation(old, segmenter, { nextUnitId: doc.nextUnitId, now });
      const summary: ResegmentSummary = {
        before: old.length,
        after: plan.segments.length,
        kept: plan.kept,
        carried: plan.carried.length,
        lost: plan.lost,
        changed: plan.changed,
      };
      if (options.dryRun || !plan.changed) return summary;

      await db.segmentBlocks.where('[documentId+block]').between(lower, upper, true, true).delete();
      await db.segmentBlocks.bulkAdd(toBlocks(documentId, 0, plan.segments));
      await putDocument(db, doc, statsOf(plan.segments), { segmentCount: plan.segments.length, nextUnitId: plan.nextUnitId, updatedAt: now });
      await recordRevisions(db, documentId, plan.carried, options.author, now);
      return summary;
    }),
  );
}

interface LoadedTail {
  doc: StoredDocument;
  /** Every segment from the start of `index`'s block to the end of the document. */
  tail: Segment[];
  /** Position of segment `index` in `tail`. */
  position: number;
  segment: Segment;
}

async function loadTail(db: PadananDb, documentId: string, index: number): Promise<LoadedTail> {
  const doc = await db.documents.get(documentId);
  if (!doc) throw documentMissing(documentId);
  if (!Number.isInteger(index) || index < 0 || index >= doc.segmentCount) throw segmentMissing(documentId, index);
  const first = blockOf(index);
  const blocks = await db.segmentBlocks
    .where('[documentId+block]')
    .between([documentId, first], [documentId, Dexie.maxKey], true, true)
    .toArray();
  const tail = blocks.flatMap((b) => b.segments);
  const position = index - first * SEGMENT_BLOCK_SIZE;
  const segment = tail[position];
  if (!segment) throw segmentMissing(documentId, index);
  return { doc, tail, position, segment };
}

/** Writes `segments` (renumbered) as the blocks from `firstBlock` on, removing blocks no longer needed. */
async function writeTail(db: PadananDb, documentId: string, firstBlock: number, oldLength: number, segments: Segment[]): Promise<void> {
  const blocks = toBlocks(documentId, firstBlock, segments);
  await db.segmentBlocks.bulkPut(blocks);
  const oldBlocks = Math.ceil(oldLength / SEGMENT_BLOCK_SIZE);
  if (oldBlocks > blocks.length) {
    await db.segmentBlocks.bulkDelete(Array.from({ length: oldBlocks - blocks.length }, (_, i): [string, number] => [documentId, firstBlock + blocks.length + i]));
  }
}

function toBlocks(documentId: string, firstBlock: number, segments: Segment[]): SegmentBlock[] {
  const base = firstBlock * SEGMENT_BLOCK_SIZE;
  const blocks: SegmentBlock[] = [];
  for (let start = 0; start < segments.length; start += SEGMENT_BLOCK_SIZE) {
    const slice = segments.slice(start, start + SEGMENT_BLOCK_SIZE).map((s, i) => (s.index === base + start + i && s.documentId === documentId ? s : { ...s, documentId, index: base + start + i }));
    blocks.push({ documentId, block: firstBlock + start / SEGMENT_BLOCK_SIZE, segments: slice });
  }
  return blocks;
}

/** The two parts of a split with the translation divided at `targetOffset` (see SplitOptions). */
function divideTarget(original: Segment, first: Segment, second: Segment, targetOffset: number | undefined): [Segment, Segment] {
  const target = original.target;
  if (targetOffset === undefined || !target || !Number.isInteger(targetOffset) || targetOffset >= target.length) return [first, second];
  const at = Math.max(0, targetOffset);
  const left = target.slice(0, at).trimEnd();
  const right = target.slice(at).trimStart();
  return [
    { ...first, target: left, status: statusOfPart(left) },
    { ...second, target: right, status: statusOfPart(right) },
  ];
}

/** A part of a translation is a draft to check: the source it translates has changed. */
function statusOfPart(target: string): SegmentStatus {
  return target === '' ? 'new' : 'draft';
}

/** Stats with `removed` segments taken out and `added` ones counted (a new object). */
function replaceInStats(stats: DocumentStats, removed: readonly Segment[], added: readonly Segment[]): DocumentStats {
  const next = { ...stats };
  const move = (s: Segment, sign: 1 | -1) => {
    const entry = { ...next[s.status] };
    entry.segments += sign;
    entry.words += sign * segmentWords(s);
    next[s.status] = entry;
  };
  removed.forEach((s) => move(s, -1));
  added.forEach((s) => move(s, 1));
  return next;
}

async function putDocument(
  db: PadananDb,
  doc: StoredDocument,
  stats: DocumentStats,
  change: Pick<StoredDocument, 'segmentCount' | 'nextUnitId' | 'updatedAt'>,
): Promise<void> {
  const wordCount = Object.values(stats).reduce((sum, s) => sum + s.words, 0);
  await db.documents.put({ ...doc, ...change, stats, wordCount });
}

async function recordRevisions(db: PadananDb, documentId: string, segments: readonly Segment[], author: string | undefined, at: number): Promise<void> {
  if (segments.length === 0) return;
  await db.revisions.bulkAdd(
    segments.map((s) => ({ documentId, unitId: s.unitId, target: s.target, status: s.status, author: author ?? 'translator', at })),
  );
}
