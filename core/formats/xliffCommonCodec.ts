import type { ProjectDocument } from '../model';
import { PadananError } from '../errors';
import { decodeXmlBytes } from '../xml/encoding';
import { XmlReader, type XmlStartTag } from '../xml/reader';
import type { DocumentCodec, WritableSegment } from './types';
import type { XliffSkeletonData } from './xliffCommon';
import { XLIFF12_NS, exportXliff12, readXliff12, writeXliff12Translation } from './xliff12';
import { XLIFF20_NS, XLIFF22_NS, exportXliff21, readXliff2, writeXliff2Translation, type Xliff21ExportOptions } from './xliff2';

/**
 * One registry entry for every XLIFF file: the version is read from the root element, and the
 * document is stored as format 'xliff12' or 'xliff2'. `writeTranslation` hands the file back in
 * the version it came in, rewriting only targets, states and notes.
 */
export const xliffCodec: DocumentCodec = {
  format: 'xliff12',
  extensions: ['xlf', 'xliff', 'xlif', 'sdlxliff', 'mqxliff'],
  mediaType: 'application/xliff+xml',

  read(bytes, { fileName, now = Date.now() }) {
    if (bytes.length === 0) throw new PadananError('file.empty', `${fileName || 'The file'} is empty.`, { file: fileName });
    const { text } = decodeXmlBytes(bytes, fileName);
    const version = xliffVersionOf(text, fileName);
    if (version === '1.2') {
      const { segments, skeleton } = readXliff12(text, fileName, now);
      return { format: 'xliff12', skeleton: { kind: 'xliff12', leading: '', data: skeleton }, segments };
    }
    const { segments, skeleton } = readXliff2(text, fileName, now);
    return { format: 'xliff2', skeleton: { kind: 'xliff2', leading: '', data: skeleton }, segments };
  },

  writeTranslation(skeleton, segments) {
    const data = skeleton.data as XliffSkeletonData | undefined;
    if (!data || (skeleton.kind !== 'xliff12' && skeleton.kind !== 'xliff2')) {
      throw new PadananError('xliff.skeleton', 'This document was not imported from XLIFF, so it cannot be handed back as the original file.');
    }
    return data.version === '1.2' ? writeXliff12Translation(data, segments) : writeXliff2Translation(data, segments);
  },
};

export type XliffExportVersion = '1.2' | '2.1';

/**
 * What the renderer's "XLIFF 1.2" / "XLIFF 2.1" exports call. A document imported from XLIFF of
 * the same major version is handed back as the original file (everything Padanan did not
 * understand kept); any other document is exported as a new XLIFF file of its segments.
 */
export function exportXliff(
  doc: Pick<ProjectDocument, 'name' | 'format' | 'skeleton'>,
  segments: readonly WritableSegment[],
  version: XliffExportVersion,
  options: Xliff21ExportOptions = {},
): Uint8Array {
  const wanted = version === '1.2' ? 'xliff12' : 'xliff2';
  if (doc.skeleton.kind === wanted && doc.skeleton.data) return xliffCodec.writeTranslation(doc.skeleton, segments);
  return version === '1.2' ? exportXliff12(doc, segments) : exportXliff21(doc, segments, options);
}

/** '1.2' for XLIFF 1.0–1.2, '2' for 2.x; refuses anything else with a clear message. */
export function xliffVersionOf(text: string, fileName = ''): '1.2' | '2' {
  const root = rootElement(text, fileName);
  if (!root || root.local !== 'xliff') {
    throw new PadananError('xliff.notXliff', `${fileName || 'The file'} is not an XLIFF file.`, { file: fileName });
  }
  const version = root.attrs.version ?? '';
  if (root.uri === XLIFF20_NS || root.uri === XLIFF22_NS || /^2\./.test(version)) {
    if (root.uri !== XLIFF20_NS && root.uri !== XLIFF22_NS) throw versionError(fileName, version);
    return '2';
  }
  if (root.uri === XLIFF12_NS || /^1\.[0-2]$/.test(version) || root.uri.startsWith('urn:oasis:names:tc:xliff:document:1.')) return '1.2';
  throw versionError(fileName, version || '?');
}

function versionError(fileName: string, version: string): PadananError {
  return new PadananError('xliff.version', `${fileName || 'The file'} is XLIFF version ${version}, which Padanan does not read (1.2 and 2.x are supported).`, {
    file: fileName,
    version,
  });
}

const FOUND = Symbol('root found');

/** The root element, read with the hardened reader (so a hostile prolog is refused here already). */
function rootElement(text: string, fileName: string): XmlStartTag | undefined {
  let root: XmlStartTag | undefined;
  const reader = new XmlReader(
    {
      openTag(tag) {
        root = tag;
        throw FOUND;
      },
    },
    { fileName },
  );
  try {
    reader.write(text.slice(0, 64 * 1024));
  } catch (error) {
    if (error !== FOUND) throw error;
  }
  return root;
}
