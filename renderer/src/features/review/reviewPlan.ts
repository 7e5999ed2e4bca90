import { importReviewDocx, type ReviewImport, type ReviewLabels, type ReviewSummary } from '../../../../core/formats/bilingualDocx';
import type { Segment, SegmentStatus } from '../../../../core/model';
import type { SegmentReviewUpdate } from '../../db/review';
import { reviewerName } from './reviewAuthor';

/** One changed segment as the summary dialog lists it (1-based number, before and after). */
export interface ReviewPlanRow {
  n: number;
  unitId: string;
  source: string;
  target?: { before: string; after: string };
  status?: { before: SegmentStatus; after: SegmentStatus };
  comment?: { before: string; after: string };
}

/** What "Apply" will write, and everything the summary dialog says before the user decides. */
export interface ReviewPlan {
  fileName: string;
  /** Author of the revisions and comments. */
  reviewer: string;
  updates: SegmentReviewUpdate[];
  /** The changed segments in document order. */
  rows: ReviewPlanRow[];
  targets: number;
  statuses: number;
  comments: number;
  /** Core's findings: rows read, unchanged rows, unknown/missing/duplicate ids, bad statuses, tag warnings. */
  found: ReviewSummary;
  /** Locked (not-to-translate) segments whose English the reviewer changed: left as they are. */
  lockedIgnored: string[];
  /** Numbers of changed segments whose inline codes no longer match the source's. */
  tagWarnings: number[];
}

/**
 * Reads a reviewed copy of the document (core's `importReviewDocx`, pure) and plans what Apply
 * will store. Throws a PadananError for a file that is not a review table or is the review of
 * another document; changes nothing.
 */
export function prepareReview(
  bytes: Uint8Array,
  fileName: string,
  documentId: string,
  segments: readonly Segment[],
  labels?: ReviewLabels,
): ReviewPlan {
  const imported = importReviewDocx(bytes, segments, { fileName, documentId, labels });
  return planReview(segments, imported, fileName, reviewerName(bytes, fileName));
}

/**
 * Turns core's reading of a reviewed table into the updates to store. The reviewer's status cell
 * wins; a new segment that got an English text but kept the status "new" becomes a draft (as if
 * typed in the editor). Locked segments keep their text.
 */
export function planReview(segments: readonly Segment[], imported: ReviewImport, fileName: string, reviewer: string): ReviewPlan {
  const byId = new Map(segments.map((s) => [s.unitId, s]));
  const plan: ReviewPlan = { fileName, reviewer, updates: [], rows: [], targets: 0, statuses: 0, comments: 0, found: imported.summary, lockedIgnored: [], tagWarnings: [] };
  const tagWarnings = new Set(imported.summary.tagWarnings);
  for (const change of imported.changes) {
    const segment = byId.get(change.unitId);
    if (!segment) continue;
    const update: SegmentReviewUpdate = { unitId: segment.unitId };
    const row: ReviewPlanRow = { n: segment.index + 1, unitId: segment.unitId, source: segment.source };
    let target = change.target;
    if (target !== undefined && segment.locked) {
      plan.lockedIgnored.push(segment.unitId);
      target = undefined;
    }
    if (target !== undefined && target !== segment.target) {
      update.target = target;
      row.target = { before: segment.target, after: target };
      plan.targets++;
      if (tagWarnings.has(segment.unitId)) plan.tagWarnings.push(segment.index + 1);
    }
    let status = change.status;
    if (status === undefined && update.target && segment.status === 'new') status = 'draft';
    if (status !== undefined && status !== segment.status) {
      update.status = status;
      row.status = { before: segment.status, after: status };
      plan.statuses++;
    }
    if (change.comment !== undefined && change.comment !== segment.note) {
      update.note = change.comment;
      row.comment = { before: segment.note, after: change.comment };
      plan.comments++;
    }
    if (update.target !== undefined || update.status !== undefined || update.note !== undefined) {
      plan.updates.push(update);
      plan.rows.push(row);
    }
  }
  plan.rows.sort((a, b) => a.n - b.n);
  return plan;
}
