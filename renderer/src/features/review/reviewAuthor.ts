import { openZip } from '../../../../core/zip/index';
import { childElements, parseXml, textContent } from '../../../../core/xml/index';

/** Used for revisions and comments when the reviewed file does not name its reviewer. */
export const DEFAULT_REVIEWER = 'reviewer';

const CORE_PROPERTIES_NS = 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties';
const DUBLIN_CORE_NS = 'http://purl.org/dc/elements/1.1/';

/**
 * Who reviewed a bilingual DOCX: the "last modified by" name that Word (and LibreOffice, when the
 * user set a name) writes on save, else the document's creator, else "reviewer". Padanan's own
 * export writes no core properties, so any name found was written by the reviewer's word processor.
 * A file whose properties cannot be read is still a usable review: the default is returned.
 */
export function reviewerName(bytes: Uint8Array, fileName = ''): string {
  try {
    const zip = openZip(bytes, { fileName });
    if (!zip.has('docProps/core.xml')) return DEFAULT_REVIEWER;
    const root = parseXml(zip.read('docProps/core.xml'), { fileName: `${fileName} (docProps/core.xml)` });
    const property = (uri: string, local: string) => {
      const el = childElements(root, local).find((c) => c.uri === uri);
      return el ? clean(textContent(el)) : '';
    };
    return property(CORE_PROPERTIES_NS, 'lastModifiedBy') || property(DUBLIN_CORE_NS, 'creator') || DEFAULT_REVIEWER;
  } catch {
    return DEFAULT_REVIEWER;
  }
}

function clean(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, 100);
}

