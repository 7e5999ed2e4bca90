import type { SegmentDraft } from '../../model';
import { decodeXmlBytes } from '../../xml/index';
import { openZip, writeZip, type ZipWriteEntry } from '../../zip/index';
import type { DocumentCodec } from '../types';
import { appendParagraphDrafts, groupsByParagraph, segmentTaggedParagraph } from '../taggedParagraph';
import { openDocx, W_NS } from './package';
import { contentStart, isFormatTag, readParagraph } from './paragraphs';
import { renderDocxParagraph, toEnglish, type DocxParagraphSkeleton } from './render';
import { parseSpanTree, type SpanElement } from './spanTree';

interface DocxSkeletonData {
  /** The original file: everything that is not a translated paragraph is copied from it. */
  package: Uint8Array;
  parts: string[];
  paragraphs: DocxParagraphSkeleton[];
}

/**
 * Word documents (.docx): paragraphs of the body (with tables and lists), footnotes, endnotes,
 * headers and footers. Each paragraph's runs are replaced on export; its properties (style,
 * numbering, alignment) and everything outside the paragraphs stay byte for byte.
 */
export const docxCodec: DocumentCodec = {
  format: 'docx',
  extensions: ['docx', 'docm', 'dotx'],
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',

  read(bytes, { fileName, segmenter, now = Date.now() }) {
    const pkg = openDocx(bytes, fileName);
    const segments: SegmentDraft[] = [];
    const paragraphs: DocxParagraphSkeleton[] = [];
    pkg.parts.forEach((part, partIndex) => {
      const where = `${fileName} (${part.name})`;
      const xml = decodeXmlBytes(pkg.zip.read(part.name), where).text;
      const tree = parseSpanTree(xml, where);
      for (const p of topParagraphs(tree)) {
        if (p.openEnd === p.end) continue;
        const read = readParagraph(p, xml);
        const seg = segmentTaggedParagraph(read.tokens, segmenter, { splittable: isFormatTag });
        if (!seg) continue;
        const paragraph = paragraphs.length;
        const last = seg.segments[seg.segments.length - 1]!;
        paragraphs.push({
          part: partIndex,
          start: contentStart(p),
          end: p.closeStart,
          prefix: read.prefix,
          suffix: read.suffix,
          baseRPr: read.baseRPr,
          lead: seg.leading,
          trail: last.gapAfter,
          runName: read.runName,
        });
        // Between paragraphs a line break, so that joining the segments gives readable text.
        appendParagraphDrafts(segments, paragraph, seg, '\n', now);
      }
    });
    const data: DocxSkeletonData = { package: bytes.slice(), parts: pkg.parts.map((p) => p.name), paragraphs };
    return { format: 'docx', skeleton: { kind: 'docx', leading: '', data }, segments };
  },

  writeTranslation(skeleton, segments) {
    const data = skeleton.data as DocxSkeletonData;
    const zip = openZip(data.package);
    const byParagraph = groupsByParagraph(segments);
    const rewritten = new Map<string, string>();
    data.parts.forEach((name, partIndex) => {
      const xml = decodeXmlBytes(zip.read(name), name).text;
      let out = '';
      let cursor = 0;
      data.paragraphs.forEach((para, index) => {
        if (para.part !== partIndex) return;
        const group = byParagraph.get(index);
        if (!group) return;
        out += xml.slice(cursor, para.start) + renderDocxParagraph(group, para);
        cursor = para.end;
      });
      rewritten.set(name, out + xml.slice(cursor));
    });
    // Document defaults and theme language say Indonesian; the translation is English.
    for (const name of ['word/styles.xml', 'word/settings.xml']) {
      if (zip.has(name) && !rewritten.has(name)) rewritten.set(name, toEnglish(decodeXmlBytes(zip.read(name), name).text));
    }
    const entries: ZipWriteEntry[] = zip.entries.map((e) => {
      const text = rewritten.get(e.name);
      return {
        name: e.name,
        data: text !== undefined ? new TextEncoder().encode(text) : zip.read(e.name),
        store: e.method === 0,
      };
    });
    return writeZip(entries);
  },
};

/** w:p elements that are not inside another paragraph (text boxes inside drawings are left as they are). */
function topParagraphs(root: SpanElement): SpanElement[] {
  const out: SpanElement[] = [];
  const walk = (el: SpanElement) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.uri === W_NS && c.local === 'p') out.push(c);
      else walk(c);
    }
  };
  walk(root);
  return out;
}
