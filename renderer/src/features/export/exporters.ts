import type { ReviewLabels } from '../../../../core/formats/bilingualDocx';
import { documentCodecs, extensionOf } from '../../../../core/formats/registry';
import type { DocumentCodec } from '../../../../core/formats/types';
import type { DocumentFormat, ProjectDocument, Segment } from '../../../../core/model';
import type { PadananDb } from '../../db/schema';
import { stripTags } from '../../../../core/formats/inlineTags';
import { tmxExporter } from '../tm/tmxExporter';
import { bilingualCsvExporter, reviewDocxExporter } from './bilingualExporters';
import { exportFileName } from './fileNames';
import { xliffExporter, xliffHandBackExporter } from './xliffExporters';

export { derivedFileName, exportFileName } from './fileNames';

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
  /** i18n key naming what it produces ("English document (TXT)"): in the `export` namespace, or `ns:key`. */
  labelKey: string;
  /** Extensions offered in the save dialog's filter. */
  extensions: readonly string[];
  available(doc: ProjectDocument): boolean;
  build(doc: ProjectDocument, segments: readonly Segment[], context?: ExportContext): ExportFile | Promise<ExportFile>;
}

/** What an exporter may read beyond the document (the TMX export reads the project's other documents). */
export interface ExportContext {
  db: PadananDb;
  /** The review table's headings and status names in the interface language (English without them). */
  reviewLabels?: ReviewLabels;
}

/** The codec that writes documents of `format`, if Padanan has one. */
export function codecForFormat(format: DocumentFormat): DocumentCodec | undefined {
  return documentCodecs.find((c) => c.format === format);
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
    if (doc.format === 'txt') return { fileName: exportFileName(doc.name, 'txt'), bytes: codec.writeTranslation(doc.skeleton, segments), mediaType: codec.mediaType };
    // Inline codes (bold, links, XLIFF <g>) have no place in plain text: only their content is kept.
    const plain = segments.map((s) => ({ ...s, source: stripTags(s.source), target: stripTags(s.target) }));
    const skeleton = { kind: 'txt' as const, leading: stripTags(doc.skeleton.leading), data: { encoding: 'utf-8', bom: false } };
    return { fileName: exportFileName(doc.name, 'txt'), bytes: codec.writeTranslation(skeleton, plain), mediaType: codec.mediaType };
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
      // The source's own extension when the codec knows it (.htm, .docm must keep theirs).
      const own = extensionOf(doc.name);
      const fileName = exportFileName(doc.name, codec.extensions.includes(own) ? own : extension);
      return { fileName, bytes: codec.writeTranslation(doc.skeleton, segments), mediaType: codec.mediaType };
    },
  };
}

/** Every output of the Export menu, in menu order. */
export const exporters: Exporter[] = [
  englishTextExporter,
  sameFormatExporter('md', 'english-md', 'formats.englishMd', 'md'),
  sameFormatExporter('html', 'english-html', 'files:export.englishHtml', 'html'),
  sameFormatExporter('docx', 'english-docx', 'files:export.englishDocx', 'docx'),
  xliffHandBackExporter,
  xliffExporter('1.2'),
  xliffExporter('2.1'),
  tmxExporter,
  reviewDocxExporter,
  bilingualCsvExporter,
];

export function availableExporters(doc: ProjectDocument, list: readonly Exporter[] = exporters): Exporter[] {
  return list.filter((e) => e.available(doc));
}
