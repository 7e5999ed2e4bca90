import { documentCodecs } from '../../../../core/formats/registry';
import type { DocumentCodec } from '../../../../core/formats/types';
import type { DocumentFormat, ProjectDocument, Segment } from '../../../../core/model';

/** A file produced by an exporter. */
export interface ExportFile {
  fileName: string;
  bytes: Uint8Array;
  mediaType: string;
}

/**
 * One entry of the Export menu. Exporters only assemble: every byte is written by code in core/
 * (codecs, writers), never by components. Add new outputs (XLIFF, TMX, DOCX …) to `exporters`.
 */
export interface Exporter {
  id: string;
  /** Key in the `export` i18n namespace naming what it produces ("English document (TXT)"). */
  labelKey: string;
  /** Extensions offered in the save dialog's filter. */
  extensions: readonly string[];
  available(doc: ProjectDocument): boolean;
  build(doc: ProjectDocument, segments: readonly Segment[]): ExportFile | Promise<ExportFile>;
}

/** The codec that writes documents of `format`, if Padanan has one. */
export function codecForFormat(format: DocumentFormat): DocumentCodec | undefined {
  return documentCodecs.find((c) => c.format === format);
}

/**
 * "berita.txt" → "berita.en.txt": the translation sits beside its source in a file listing
 * and never overwrites it.
 */
export function exportFileName(documentName: string, extension: string, suffix = 'en'): string {
  const base = documentName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base) || 'document';
  return `${stem}.${suffix}.${extension}`;
}

/**
 * The English text as plain text. A TXT source keeps its own line ends, encoding and BOM; other
 * sources are written with the text codec around their own gaps (UTF-8).
 */
export const englishTextExporter: Exporter = {
  id: 'english-txt',
  labelKey: 'formats.englishTxt',
  extensions: ['txt'],
  available: () => codecForFormat('txt') !== undefined,
  build(doc, segments) {
    const codec = codecForFormat('txt')!;
    const skeleton = doc.format === 'txt' ? doc.skeleton : { kind: 'txt' as const, leading: doc.skeleton.leading, data: { encoding: 'utf-8', bom: false } };
    return { fileName: exportFileName(doc.name, 'txt'), bytes: codec.writeTranslation(skeleton, segments), mediaType: codec.mediaType };
  },
};

/** The English document in its source's own format, written by that format's codec. */
export function sameFormatExporter(format: DocumentFormat, id: string, labelKey: string, extension: string): Exporter {
  return {
    id,
    labelKey,
    extensions: [extension],
    available: (doc) => doc.format === format && codecForFormat(format) !== undefined,
    build(doc, segments) {
      const codec = codecForFormat(format)!;
      return { fileName: exportFileName(doc.name, extension), bytes: codec.writeTranslation(doc.skeleton, segments), mediaType: codec.mediaType };
    },
  };
}

/** Every output of the Export menu, in menu order. */
export const exporters: Exporter[] = [englishTextExporter, sameFormatExporter('md', 'english-md', 'formats.englishMd', 'md')];

export function availableExporters(doc: ProjectDocument, list: readonly Exporter[] = exporters): Exporter[] {
  return list.filter((e) => e.available(doc));
}
