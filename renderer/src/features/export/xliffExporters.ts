import { exportXliff, xliffCodec, type XliffExportVersion } from '../../../../core/formats/xliffCommonCodec';
import { extensionOf } from '../../../../core/formats/registry';
import type { ProjectDocument } from '../../../../core/model';
import type { Exporter } from './exporters';
import { derivedFileName, exportFileName } from './fileNames';

const XLIFF_MEDIA_TYPE = 'application/xliff+xml';

/**
 * "XLIFF 1.2" / "XLIFF 2.1": every document as a bilingual XLIFF file of that version, written by
 * core (`exportXliff`): states, notes, inline codes and the segments' unit ids as XLIFF ids. A
 * document that came in as XLIFF of the same major version is handed back as its own file.
 */
export function xliffExporter(version: XliffExportVersion): Exporter {
  return {
    id: version === '1.2' ? 'xliff12' : 'xliff21',
    labelKey: version === '1.2' ? 'files:export.xliff12' : 'files:export.xliff21',
    extensions: ['xlf', 'xliff'],
    available: () => true,
    build: (doc, segments) => ({
      // Both versions can sit side by side in one folder.
      fileName: derivedFileName(doc.name, 'xlf', version === '1.2' ? undefined : 'xliff2'),
      bytes: exportXliff(doc, segments, version),
      mediaType: XLIFF_MEDIA_TYPE,
    }),
  };
}

/**
 * "Translated XLIFF (hand-back)": for a document received as XLIFF, the received file in its own
 * version with the targets, states and notes filled in (core's `xliffCodec.writeTranslation`,
 * which leaves everything else byte for byte), under the received extension (.sdlxliff stays).
 */
export const xliffHandBackExporter: Exporter = {
  id: 'xliff-handback',
  labelKey: 'files:export.xliffHandBack',
  extensions: ['xlf', 'xliff', 'sdlxliff', 'mqxliff'],
  available: isXliffDocument,
  build(doc, segments) {
    const received = extensionOf(doc.name);
    const extension = xliffCodec.extensions.includes(received) ? received : 'xlf';
    return { fileName: exportFileName(doc.name, extension), bytes: xliffCodec.writeTranslation(doc.skeleton, segments), mediaType: XLIFF_MEDIA_TYPE };
  },
};

export function isXliffDocument(doc: Pick<ProjectDocument, 'format' | 'skeleton'>): boolean {
  return (doc.format === 'xliff12' || doc.format === 'xliff2') && doc.skeleton.kind === doc.format && doc.skeleton.data !== undefined;
}
