import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  DocumentSkeleton,
  GlossaryPack,
  Project,
  ProjectDocument,
  Segment,
  SegmentComment,
  SegmentRevision,
  Setting,
  Term,
  TmUnit,
} from '../../../core/model';
import type { TmSnapshotData } from '../../../core/tm/tmIndex';

/**
 * Segments are stored in fixed-size blocks, not one record each: Chromium's IndexedDB writes
 * about 6k records/s, which would make a 100,000-segment import take 17 s. A block of
 * SEGMENT_BLOCK_SIZE consecutive segments is one record, so the import writes 1,000 records and
 * a 200-row window is a key-range read of two or three blocks. A keystroke rewrites one block
 * (about 100 segments, tens of kilobytes), which costs about as much as a single-record put.
 */
export const SEGMENT_BLOCK_SIZE = 100;

export interface SegmentBlock {
  documentId: string;
  /** floor(segment.index / SEGMENT_BLOCK_SIZE) */
  block: number;
  segments: Segment[];
}

/**
 * A document as stored in `documents`: everything but the skeleton. IndexedDB cannot update part
 * of a record, and the stats are rewritten on every keystroke, so the skeleton (megabytes for a
 * large DOCX or HTML file) lives in `documentSkeletons` and is only read for export.
 */
export type StoredDocument = Omit<ProjectDocument, 'skeleton'>;

export interface DocumentSkeletonRecord {
  documentId: string;
  skeleton: DocumentSkeleton;
}

/**
 * A TMX import in progress or done (v2). Units are written in batches under the import's id;
 * `ranges` lists their primary keys (updated in the same transaction as each batch) so that a
 * failed, cancelled or abandoned import is removed with a few key-range deletes.
 */
export interface TmImportRecord {
  id: string;
  projectId: string;
  fileName: string;
  status: 'running' | 'done';
  /** Inclusive primary-key ranges of the units this import stored. */
  ranges: [number, number][];
  stored: number;
  duplicates: number;
  startedAt: number;
  finishedAt?: number;
}

/**
 * A project's persisted TM index (v2): built from its units up to `maxUnitId` (units of imports
 * then running left out and listed in `excludedImports`), loaded in one read at start.
 */
export interface TmIndexRecord {
  projectId: string;
  builtAt: number;
  maxUnitId: number;
  excludedImports: string[];
  snapshot: TmSnapshotData;
}

export const DATABASE_NAME = 'padanan';

/** The key of the work position in `settings` (see settings.ts). */
export const POSITION_SETTING = 'workPosition';

/**
 * Schema versions are append-only: never edit a published version's stores; add a new
 * version with an upgrade() and a test that migrates data written by the previous one
 * (test/renderer/db/migrationHarness.ts creates a database at an old version with raw data).
 *
 * v1 stores:
 * - projects: by id; `updatedAt` orders the recent-projects list.
 * - documents (StoredDocument): by id; `projectId` for a project's documents and the cascade.
 * - documentSkeletons: one per document, keyed by `documentId`.
 * - segmentBlocks: `[documentId+block]`; windows and whole-document reads are key ranges.
 * - revisions, comments: auto ids (chronological); `[documentId+unitId]` for a segment's history,
 *   and a `[documentId+…]` range for a document's cascade. `at` for recent-activity views.
 * - glossaryPacks by projectId; terms by packId; tmUnits by projectId and `[projectId+source]`
 *   (exact lookups and the upsert of confirmed segments).
 * - settings: key/value (interface language, font size, work position…).
 *
 * v2 adds (new tables only, so no data moves and no upgrade() is needed):
 * - tmImports: TMX imports by id, `projectId` for the cascade and for finding running ones.
 * - tmIndexes: one persisted TM index per project, keyed by `projectId`.
 */
export class PadananDb extends Dexie {
  projects!: EntityTable<Project, 'id'>;
  documents!: EntityTable<StoredDocument, 'id'>;
  documentSkeletons!: Table<DocumentSkeletonRecord, string>;
  segmentBlocks!: Table<SegmentBlock, [string, number]>;
  revisions!: EntityTable<SegmentRevision, 'id'>;
  comments!: EntityTable<SegmentComment, 'id'>;
  glossaryPacks!: EntityTable<GlossaryPack, 'id'>;
  terms!: EntityTable<Term, 'id'>;
  tmUnits!: EntityTable<TmUnit, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  tmImports!: EntityTable<TmImportRecord, 'id'>;
  tmIndexes!: Table<TmIndexRecord, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      projects: 'id, updatedAt',
      documents: 'id, projectId',
      documentSkeletons: 'documentId',
      segmentBlocks: '[documentId+block]',
      revisions: '++id, [documentId+unitId], at',
      comments: '++id, [documentId+unitId]',
      glossaryPacks: 'id, projectId',
      terms: '++id, packId',
      tmUnits: '++id, projectId, [projectId+source]',
      settings: 'key',
    });
    this.version(2).stores({
      tmImports: 'id, projectId',
      tmIndexes: 'projectId',
    });
  }
}
