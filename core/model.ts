/**
 * Padanan's domain model: the one source of truth for the types shared by core, glossary,
 * renderer, CLI and the Electron main process. Nothing here may depend on a runtime.
 */

/** Workflow states of a segment, in the order a segment normally moves through them. */
export const SEGMENT_STATUSES = ['new', 'draft', 'translated', 'reviewed', 'final'] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

/** Statuses that count as "done" for progress and that feed the translation memory. */
export const CONFIRMED_STATUSES: readonly SegmentStatus[] = ['translated', 'reviewed', 'final'];

export function isSegmentStatus(value: unknown): value is SegmentStatus {
  return typeof value === 'string' && (SEGMENT_STATUSES as readonly string[]).includes(value);
}

export function isConfirmed(status: SegmentStatus): boolean {
  return CONFIRMED_STATUSES.includes(status);
}

/** BCP 47 language tags; Padanan translates Indonesian into English. */
export const SOURCE_LANG = 'id';
export const TARGET_LANG = 'en';

/** File formats a document can be imported from (and its English version exported to). */
export const DOCUMENT_FORMATS = ['txt', 'md', 'html', 'docx', 'xliff12', 'xliff2'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export interface Project {
  id: string;
  name: string;
  sourceLang: string;
  targetLang: string;
  /** Id of the SRX rule set used to segment new documents ('default' = Padanan's Indonesian rules). */
  segmentationRules: string;
  createdAt: number;
  updatedAt: number;
}

/** Per-status figures kept in the same transaction as every segment write (never counted on read). */
export interface StatusCounts {
  segments: number;
  words: number;
}

export type DocumentStats = Record<SegmentStatus, StatusCounts>;

/** A document inside a project. Named ProjectDocument to keep clear of the DOM's Document. */
export interface ProjectDocument {
  id: string;
  projectId: string;
  name: string;
  format: DocumentFormat;
  /** Format-specific data needed to rebuild the file around the translated segments. */
  skeleton: DocumentSkeleton;
  segmentCount: number;
  wordCount: number;
  stats: DocumentStats;
  /** Next number to use for a new segment's unitId (after a split). */
  nextUnitId: number;
  createdAt: number;
  updatedAt: number;
}

/**
 * What a format needs, besides the segments, to write the document back.
 * `kind` names the format that wrote it; `data` is structured-clone-safe and opaque to everyone else.
 */
export interface DocumentSkeleton {
  kind: DocumentFormat;
  /** Text before the first segment (e.g. a leading heading marker or blank lines). */
  leading: string;
  data?: unknown;
}

/**
 * Inline codes (bold, links, XLIFF <g>/<ph>…) appear in segment text as single private-use
 * characters so that string indices, word counts and the editor treat each code as one unit.
 * The character encodes the tag's kind and its number within the segment.
 */
export const TAG_OPEN_BASE = 0xe000;
export const TAG_CLOSE_BASE = 0xe100;
export const TAG_STANDALONE_BASE = 0xe200;
export const TAG_MAX_PER_SEGMENT = 0x100;

export type InlineTagKind = 'open' | 'close' | 'standalone';

export interface InlineTag {
  /** Number shared by an open/close pair; unique per segment. */
  n: number;
  kind: InlineTagKind;
  /** What the code means, for display and QA: 'b', 'i', 'u', 'link', 'br', 'ph', 'g', 'x', … */
  type: string;
  /** Format-specific original markup or attributes, written back unchanged on export. */
  data?: unknown;
}

export interface Segment {
  documentId: string;
  /** 0-based position in the document; unique per document. */
  index: number;
  /**
   * Stable id, unique in its document, that survives splits, joins and re-segmentation: the key of
   * revisions and comments, and the id written to bilingual files (XLIFF, review table).
   */
  unitId: string;
  /** 0-based block (paragraph) the segment belongs to: paragraph breaks are hard boundaries. */
  paragraph: number;
  source: string;
  target: string;
  status: SegmentStatus;
  note: string;
  /** Exact text between this segment and the next (or the document's end), for rebuilding. */
  gapAfter: string;
  tags?: InlineTag[];
  /** Not to be translated (XLIFF translate="no"). */
  locked?: boolean;
  updatedAt: number;
}

/** A segment before it belongs to a stored document. */
export type SegmentDraft = Omit<Segment, 'documentId'>;

export interface SegmentRevision {
  id?: number;
  documentId: string;
  unitId: string;
  target: string;
  status: SegmentStatus;
  author: string;
  at: number;
}

export interface SegmentComment {
  id?: number;
  documentId: string;
  unitId: string;
  author: string;
  text: string;
  at: number;
}

export const PARTS_OF_SPEECH = ['noun', 'verb', 'adjective', 'adverb', 'properNoun', 'phrase', 'other'] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

/** exact: the entry's words only; inflected: also Indonesian affixed, clitic and reduplicated forms. */
export type TermMatchMode = 'exact' | 'inflected';

export interface Term {
  id?: number;
  packId: string;
  source: string;
  target: string;
  pos?: PartOfSpeech;
  note?: string;
  definition?: string;
  domain?: string;
  forbidden: boolean;
  caseSensitive: boolean;
  matchMode: TermMatchMode;
  /**
   * Inflected mode only: also match lexicalised derivations that merely look like inflections of
   * the entry (pemerintah for perintah, perusahaan for usaha), which are skipped by default.
   */
  matchLexicalised?: boolean;
  updatedAt?: number;
}

/** A term as a glossary file carries it, before it belongs to a stored pack. */
export type TermDraft = Omit<Term, 'id' | 'packId' | 'updatedAt'>;

export interface GlossaryPackManifest {
  id: string;
  name: string;
  version: string;
  author: string;
  licence: string;
  sourceLang: string;
  targetLang: string;
  termCount: number;
  created: string;
  checksum: string;
}

export interface GlossaryPack {
  id: string;
  /** Project the pack is attached to. */
  projectId: string;
  name: string;
  version: string;
  author: string;
  licence: string;
  enabled: boolean;
  /** Lower number wins when two packs disagree. */
  priority: number;
  /** Id of the published pack this copy came from, for updating it on re-import. */
  origin?: string;
  /**
   * When the pack was last imported or updated from a file (ms): terms with a later `updatedAt`
   * were edited by the user and are kept by default when a newer version is imported.
   */
  importedAt?: number;
  createdAt: number;
  updatedAt: number;
}

export type TmOrigin = 'confirmed' | 'tmx' | 'xliff' | 'review';

export interface TmUnit {
  id?: number;
  projectId: string;
  source: string;
  target: string;
  origin: TmOrigin;
  /** Free-form provenance: file name, document name, author. */
  context?: string;
  /** The TMX import that stored the unit (all-or-nothing: a failed import removes its units). */
  importId?: string;
  createdAt: number;
  updatedAt?: number;
}

export interface Setting {
  key: string;
  value: unknown;
}

/** Where the translator was, restored at start. */
export interface WorkPosition {
  projectId: string;
  documentId: string;
  segmentIndex: number;
}
