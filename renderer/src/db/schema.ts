import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
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

/**
 * Segments are stored in fixed-size blocks, not one record each: Chromium's IndexedDB writes
 * about 6k records/s, which would make a 100,000-segment import take 17 s. A block of
 * SEGMENT_BLOCK_SIZE consecutive segments is one record, so the import writes 1,000 records and
 * a 200-row window is a key-range read of two or three blocks.
 */
export const SEGMENT_BLOCK_SIZE = 100;

export interface SegmentBlock {
  documentId: string;
  /** floor(segment.index / SEGMENT_BLOCK_SIZE) */
  block: number;
  segments: Segment[];
}

export const DATABASE_NAME = 'padanan';

/**
 * Schema versions are append-only: never edit a published version's stores; add a new
 * version with an upgrade() and a test that migrates data written by the previous one.
 */
export class PadananDb extends Dexie {
  projects!: EntityTable<Project, 'id'>;
  documents!: EntityTable<ProjectDocument, 'id'>;
  segmentBlocks!: Table<SegmentBlock, [string, number]>;
  revisions!: EntityTable<SegmentRevision, 'id'>;
  comments!: EntityTable<SegmentComment, 'id'>;
  glossaryPacks!: EntityTable<GlossaryPack, 'id'>;
  terms!: EntityTable<Term, 'id'>;
  tmUnits!: EntityTable<TmUnit, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      projects: 'id, updatedAt',
      documents: 'id, projectId',
      segmentBlocks: '[documentId+block]',
      revisions: '++id, [documentId+unitId], at',
      comments: '++id, [documentId+unitId]',
      glossaryPacks: 'id, projectId',
      terms: '++id, packId',
      tmUnits: '++id, projectId, [projectId+source]',
      settings: 'key',
    });
  }
}
