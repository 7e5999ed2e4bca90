import { escapeXmlText } from '../../xml/index';
import { decodeSegmentText, exportText } from '../taggedParagraph';
import type { WritableSegment } from '../types';
import type { DocxFormatData, DocxMarkupData } from './paragraphs';

/** Where a translated paragraph goes in its part, and what surrounds its segments. */
export interface DocxParagraphSkeleton {
  /** Index into the skeleton's part list. */
  part: number;
  /** Replaced range of the part's XML: after w:pPr up to </w:p>. */
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  baseRPr: string;
  /** Whitespace before the first and after the last segment. */
  lead: string;
  trail: string;
  runName: string;
}

/** The paragraph's new content: runs rebuilt from the segments' targets (or sources). */
export function renderDocxParagraph(group: readonly WritableSegment[], para: DocxParagraphSkeleton): string {
  const ns = para.runName.includes(':') ? para.runName.slice(0, para.runName.indexOf(':') + 1) : '';
  let out = para.prefix;
  const formats: string[] = [];
  let pendingText = '';
  let pendingRPr = '';
  const base = toEnglish(para.baseRPr);

  const flush = () => {
    if (pendingText) out += `<${para.runName}>${pendingRPr}${runContent(pendingText, ns)}</${para.runName}>`;
    pendingText = '';
  };
  const text = (s: string) => {
    if (!s) return;
    const rPr = formats[formats.length - 1] ?? base;
    if (pendingText && rPr !== pendingRPr) flush();
    pendingRPr = rPr;
    pendingText += s;
  };

  text(para.lead);
  group.forEach((seg, i) => {
    for (const token of decodeSegmentText(exportText(seg), seg.tags)) {
      if ('text' in token) {
        text(token.text);
        continue;
      }
      const data = token.tag.data as Partial<DocxFormatData & DocxMarkupData> | undefined;
      if (data?.rPr !== undefined) {
        flush();
        if (token.tag.kind === 'open') formats.push(toEnglish(data.rPr));
        else if (token.tag.kind === 'close') formats.pop();
        continue;
      }
      flush();
      out += data?.xml ?? '';
    }
    if (i < group.length - 1) text(seg.gapAfter);
  });
  text(para.trail);
  flush();
  return out + para.suffix;
}

/** Text as run content: tabs, line breaks and special hyphens are elements, the rest w:t. */
function runContent(text: string, ns: string): string {
  let out = '';
  const special = /[\t\n\u2011\u00ad]/g;
  let last = 0;
  let m: RegExpExecArray | null;
  const t = (s: string) => (s ? `<${ns}t xml:space="preserve">${escapeXmlText(s, 'drop')}</${ns}t>` : '');
  while ((m = special.exec(text))) {
    out += t(text.slice(last, m.index));
    out += m[0] === '\t' ? `<${ns}tab/>` : m[0] === '\n' ? `<${ns}br/>` : m[0] === '\u2011' ? `<${ns}noBreakHyphen/>` : `<${ns}softHyphen/>`;
    last = m.index + 1;
  }
  return out + t(text.slice(last));
}

/** Marks Indonesian text runs (w:lang id / id-ID) as English, for spelling and hyphenation in Word. */
export function toEnglish(xml: string): string {
  return xml.replace(/(<(?:\w+:)?lang\b[^>]*?\b(?:\w+:)?val=")id(?:-ID)?(")/g, '$1en-US$2');
}
