import type { DocumentFormat, DocumentSkeleton, Segment, SegmentDraft } from '../model';
import type { Segmenter } from '../segment/index';

/** A document read from a file: its segments and what is needed to write it back. */
export interface ImportedDocument {
  format: DocumentFormat;
  skeleton: DocumentSkeleton;
  segments: SegmentDraft[];
}

export interface ReadOptions {
  fileName: string;
  segmenter: Segmenter;
  now?: number;
}

/** The fields of a stored segment that writers use. */
export type WritableSegment = Pick<Segment, 'index' | 'unitId' | 'paragraph' | 'source' | 'target' | 'status' | 'note' | 'gapAfter' | 'tags' | 'locked'>;

/** One file format, both ways: bytes in, bytes out. */
export interface DocumentCodec {
  format: DocumentFormat;
  /** Lower-case file name extensions without the dot. */
  extensions: readonly string[];
  mediaType: string;
  read(bytes: Uint8Array, options: ReadOptions): ImportedDocument;
  /** Writes the translated document; untranslated segments fall back to their source. */
  writeTranslation(skeleton: DocumentSkeleton, segments: readonly WritableSegment[]): Uint8Array;
}
