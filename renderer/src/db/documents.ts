import { PadananError } from '../../../core/errors';
import { isSegmentStatus, type ProjectDocument, type Segment } from '../../../core/model';
import type { ImportedDocument } from '../../../core/formats/types';
import { documentKeyRange } from './blocks';
import { newId } from './ids';
import { POSITION_SETTING, SEGMENT_BLOCK_SIZE, type PadananDb, type SegmentBlock, type StoredDocument } from './schema';
import { statsOf } from './stats';
import { documentMissing, projectMissing, withStorageErrors } from './storageErrors';

/** Blocks per bulkAdd: 5,000 segments, which keeps memory bounded and gives the progress bar steps. */
const BLOCKS_PER_WRITE = 50;

/**
 * Stores a parsed document in one transaction: either every segment, the skeleton and the
 * document record are written, or (on any failure) nothing is. `onProgress` is called after each
 * batch of segments with (segments written, total).
 */
export async function storeImportedDocument(
  db: PadananDb,
  projectId: string,
  name: string,
  imported: ImportedDocument,
  onProgress?: (written: number, total: number) => void,
): Promise<ProjectDocument> {
  const drafts = imported.segments;
  if (drafts.length === 0) {
    throw new PadananError('storage.noSegments', `${name} contains no text to translate.`, { file: name });
  }
  const id = newId();
  const now = Date.now();
  const segments: Segment[] = new Array(drafts.length);
  let nextUnitId = drafts.length + 1;
  const unitIds = new Set<string>();
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!;
    if (!isSegmentStatus(draft.status)) {
      throw new PadananError('storage.invalidDocument', `${name}: segment ${i + 1} has an unknown status.`, { file: name, segment: i + 1 });
    }
    if (unitIds.has(draft.unitId)) {
      throw new PadananError('storage.invalidDocument', `${name}: segment ${i + 1} repeats the id ${draft.unitId}.`, { file: name, segment: i + 1 });
    }
    unitIds.add(draft.unitId);
    const numeric = Number(draft.unitId);
    if (Number.isInteger(numeric) && numeric >= nextUnitId) nextUnitId = numeric + 1;
    // The array position is the index, whatever the codec wrote: windows are computed from it.
    segments[i] = { ...draft, documentId: id, index: i };
  }
  const stats = statsOf(segments);
  const record: StoredDocument = {
    id,
    projectId,
    name,
    format: imported.format,
    segmentCount: segments.length,
    wordCount: Object.values(stats).reduce((sum, s) => sum + s.words, 0),
    stats,
    nextUnitId,
    createdAt: now,
    updatedAt: now,
  };
  const blocks: SegmentBlock[] = [];
  for (let start = 0, block = 0; start < segments.length; start += SEGMENT_BLOCK_SIZE, block++) {
    blocks.push({ documentId: id, block, segments: segments.slice(start, start + SEGMENT_BLOCK_SIZE) });
  }

  await withStorageErrors(() =>
    db.transaction('rw', [db.projects, db.documents, db.documentSkeletons, db.segmentBlocks], async () => {
      const project = await db.projects.get(projectId);
      if (!project) throw projectMissing(projectId);
      onProgress?.(0, segments.length);
      for (let i = 0; i < blocks.length; i += BLOCKS_PER_WRITE) {
        const batch = blocks.slice(i, i + BLOCKS_PER_WRITE);
        await db.segmentBlocks.bulkAdd(batch);
        onProgress?.(Math.min((i + batch.length) * SEGMENT_BLOCK_SIZE, segments.length), segments.length);
      }
      await db.documentSkeletons.add({ documentId: id, skeleton: imported.skeleton });
      await db.documents.add(record);
      await db.projects.put({ ...project, updatedAt: now });
    }),
  );
  return { ...record, skeleton: imported.skeleton };
}

/** A project's documents in import order, with their skeletons. */
export async function listDocuments(db: PadananDb, projectId: string): Promise<ProjectDocument[]> {
  return db.transaction('r', [db.documents, db.documentSkeletons], async () => {
    const records = await listDocumentRecords(db, projectId);
    const skeletons = await db.documentSkeletons.bulkGet(records.map((r) => r.id));
    return records.map((r, i) => withSkeleton(r, skeletons[i]?.skeleton));
  });
}

/**
 * A project's documents without their skeletons (which can be megabytes: the whole HTML, the
 * DOCX package), for lists; oldest first.
 */
export async function listDocumentRecords(db: PadananDb, projectId: string): Promise<StoredDocument[]> {
  const records = await db.documents.where('projectId').equals(projectId).toArray();
  return records.sort((a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name));
}

/** A document's record without its skeleton: name, format, counters. Cheap enough to re-read on every keystroke. */
export async function getDocumentRecord(db: PadananDb, id: string): Promise<StoredDocument | undefined> {
  return db.documents.get(id);
}

export async function getDocument(db: PadananDb, id: string): Promise<ProjectDocument | undefined> {
  return db.transaction('r', [db.documents, db.documentSkeletons], async () => {
    const [record, skeleton] = await Promise.all([db.documents.get(id), db.documentSkeletons.get(id)]);
    return record && withSkeleton(record, skeleton?.skeleton);
  });
}

/** Removes a document with its segments, revisions and comments (TM units stay in the project). */
export async function deleteDocument(db: PadananDb, id: string): Promise<void> {
  await withStorageErrors(() =>
    db.transaction('rw', [db.documents, db.documentSkeletons, db.segmentBlocks, db.revisions, db.comments, db.settings], async () => {
      const [lower, upper] = documentKeyRange(id);
      await db.segmentBlocks.where('[documentId+block]').between(lower, upper, true, true).delete();
      await db.revisions.where('[documentId+unitId]').between(lower, upper, true, true).delete();
      await db.comments.where('[documentId+unitId]').between(lower, upper, true, true).delete();
      await db.documentSkeletons.delete(id);
      await db.documents.delete(id);
      const position = await db.settings.get(POSITION_SETTING);
      if ((position?.value as { documentId?: unknown } | undefined)?.documentId === id) await db.settings.delete(POSITION_SETTING);
    }),
  );
}

/** Throws storage.documentMissing when the document is gone (e.g. deleted in another window). */
export async function requireDocument(db: PadananDb, id: string): Promise<ProjectDocument> {
  const doc = await getDocument(db, id);
  if (!doc) throw documentMissing(id);
  return doc;
}

function withSkeleton(record: StoredDocument, skeleton: ProjectDocument['skeleton'] | undefined): ProjectDocument {
  return { ...record, skeleton: skeleton ?? { kind: record.format, leading: '' } };
}
