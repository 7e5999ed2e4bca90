import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Nodes, PhrasingContent } from 'mdast';
import type { InlineTag, SegmentDraft } from '../model';
import type { DocumentCodec, WritableSegment } from './types';
import { decodeText, encodeText, type TextEncodingName } from '../text/decode';
import {
  TaggedParagraphBuilder,
  appendParagraphDrafts,
  decodeSegmentText,
  exportText,
  paragraphGroups,
  segmentTaggedParagraph,
} from './taggedParagraph';

/**
 * Markdown (CommonMark + GFM). Parsed with micromark/mdast, which gives exact source offsets, so the
 * document is rebuilt from the original bytes: only the text of paragraphs, headings, table cells and
 * footnote definitions is replaced. Emphasis, links, inline code, images, inline HTML and hard breaks
 * become inline tags holding their exact markup; code blocks, HTML blocks, link definitions and front
 * matter are never translatable.
 *
 * A paragraph inside a block quote or list carries container markers ("> ", indentation) at the
 * start of each continuation line. Segments hold a plain "\n" there; the markers are kept in the
 * skeleton and put back after each line break on export.
 */
export const mdCodec: DocumentCodec = {
  format: 'md',
  extensions: ['md', 'markdown', 'mdown', 'mkd'],
  mediaType: 'text/markdown',

  read(bytes, { fileName, segmenter, now = Date.now() }) {
    const { text, encoding, bom } = decodeText(bytes, fileName);
    const blocks = findBlocks(text);
    const segments: SegmentDraft[] = [];
    const breaks: Record<number, string[]> = {};
    let kinds = '';
    let leading = '';
    let paragraph = -1;
    let rawCursor = 0;

    const addRaw = (raw: string) => {
      if (!raw) return;
      const last = segments[segments.length - 1];
      if (last) last.gapAfter += raw;
      else leading += raw;
    };

    for (const block of blocks) {
      const read = readInline(text, block);
      const segmented = segmentTaggedParagraph(read.tokens.tokens, segmenter);
      if (!segmented) continue;
      paragraph++;
      addRaw(text.slice(rawCursor, block.start));
      rawCursor = block.end;

      // Line breaks in the paragraph's leading/trailing whitespace go back to raw text at once;
      // the ones inside segments are kept for export.
      const lineBreaks = read.breaks;
      const leadCount = countNewlines(segmented.leading);
      const lastSeg = segmented.segments[segmented.segments.length - 1]!;
      const trailCount = countNewlines(lastSeg.gapAfter);
      addRaw(withBreaks(segmented.leading, lineBreaks.slice(0, leadCount)));
      const inner = lineBreaks.slice(leadCount, lineBreaks.length - trailCount);
      if (inner.some((b) => b !== '\n')) breaks[paragraph] = inner;
      kinds += block.kind;

      appendParagraphDrafts(segments, paragraph, segmented, withBreaks(lastSeg.gapAfter, lineBreaks.slice(lineBreaks.length - trailCount)), now);
    }
    addRaw(text.slice(rawCursor));

    const data: MdSkeletonData = { encoding, bom, kinds, breaks };
    return { format: 'md', skeleton: { kind: 'md', leading, data }, segments };
  },

  writeTranslation(skeleton, segments) {
    const data = skeleton.data as MdSkeletonData | undefined;
    let out = skeleton.leading;
    for (const group of paragraphGroups(segments)) {
      const p = group[0]!.paragraph;
      out += renderParagraph(group, (data?.kinds[p] ?? 'p') as BlockKind, data?.breaks[p] ?? []);
      out += group[group.length - 1]!.gapAfter;
    }
    const encoding = data?.encoding === 'windows-1252' ? 'utf-8' : data?.encoding;
    return encodeText(out, encoding, data?.bom ?? false);
  },
};

/** p: paragraph, h: ATX heading, s: setext heading, c: table cell. */
type BlockKind = 'p' | 'h' | 's' | 'c';

interface MdSkeletonData {
  encoding: TextEncodingName;
  bom: boolean;
  /** One character per paragraph number: its BlockKind (drives escaping on export). */
  kinds: string;
  /** Exact line break + container prefix for each "\n" inside a paragraph's segments, when not plain. */
  breaks: Record<number, string[]>;
}

const CHAR_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  children: PhrasingContent[];
  inQuote: boolean;
}

const FRONT_MATTER = /^(---|\+\+\+)[ \t]*(?:\r\n|\n|\r)/;

function findBlocks(text: string): Block[] {
  let offset = 0;
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    const fence = fm[1] === '---' ? '(?:---|\\.\\.\\.)' : '\\+\\+\\+';
    const close = new RegExp(`(?:\\r\\n|\\n|\\r)${fence}[ \\t]*(?:\\r\\n|\\n|\\r|$)`).exec(text.slice(fm[0].length - 1));
    if (close) offset = fm[0].length - 1 + close.index + close[0].length;
  }
  const tree = fromMarkdown(text.slice(offset), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const blocks: Block[] = [];
  const visit = (node: Nodes, inQuote: boolean) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const children = node.children;
        if (children.length === 0) return;
        const start = children[0]!.position!.start.offset! + offset;
        const end = children[children.length - 1]!.position!.end.offset! + offset;
        let kind: BlockKind = 'p';
        if (node.type === 'tableCell') kind = 'c';
        else if (node.type === 'heading') kind = text[node.position!.start.offset! + offset] === '#' ? 'h' : 's';
        blocks.push({ kind, start, end, children, inQuote });
        return;
      }
      case 'code':
      case 'html':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) for (const child of node.children) visit(child as Nodes, inQuote || node.type === 'blockquote');
    }
  };
  visit(tree, false);
  // Offsets must index the whole file, not the part after the front matter.
  if (offset) for (const b of blocks) adjustOffsets(b.children, offset);
  return blocks;
}

function adjustOffsets(nodes: readonly Nodes[], offset: number): void {
  for (const n of nodes) {
    const pos = n.position;
    if (pos) {
      pos.start.offset = pos.start.offset! + offset;
      pos.end.offset = pos.end.offset! + offset;
    }
    if ('children' in n) adjustOffsets(n.children as Nodes[], offset);
  }
}

const TAG_TYPES: Partial<Record<string, string>> = {
  emphasis: 'i',
  strong: 'b',
  delete: 's',
  link: 'link',
  linkReference: 'link',
  inlineCode: 'code',
  image: 'image',
  imageReference: 'image',
  html: 'html',
  break: 'br',
  footnoteReference: 'fn',
};

/** Inline markup of one block as tokens, plus the raw line breaks behind each "\n" of its text. */
function readInline(text: string, block: Block): { tokens: TaggedParagraphBuilder; breaks: string[] } {
  const tokens = new TaggedParagraphBuilder();
  const breaks: string[] = [];
  const prefix = block.inQuote ? /^(?:[ \t]*>)*[ \t]*/ : /^[ \t]*/;

  // Each line ending inside the block becomes "\n" in the text; the ending plus the next line's
  // container prefix is remembered so the exact bytes come back on export.
  // Character references (&amp; &#169;) become tags: a translator could not break one by retyping it.
  const pushText = (chunk: string) => {
    let i = 0;
    let m: RegExpExecArray | null;
    CHAR_REFERENCE.lastIndex = 0;
    while ((m = CHAR_REFERENCE.exec(chunk))) {
      if (/(?:^|[^\\])(?:\\\\)*\\$/.test(chunk.slice(0, m.index))) continue;
      tokens.text(chunk.slice(i, m.index));
      tokens.standalone('ent', m[0]);
      i = m.index + m[0].length;
    }
    tokens.text(chunk.slice(i));
  };

  const addText = (raw: string) => {
    let i = 0;
    const lineEnd = /\r\n|\n|\r/g;
    let m: RegExpExecArray | null;
    while ((m = lineEnd.exec(raw))) {
      pushText(raw.slice(i, m.index));
      tokens.text('\n');
      const p = prefix.exec(raw.slice(m.index + m[0].length))![0];
      breaks.push(m[0] + p);
      i = m.index + m[0].length + p.length;
      lineEnd.lastIndex = i;
    }
    pushText(raw.slice(i));
  };

  let cursor = block.start;
  const walk = (nodes: readonly PhrasingContent[], end: number) => {
    for (const node of nodes) {
      const start = node.position!.start.offset!;
      const nodeEnd = node.position!.end.offset!;
      if (start > cursor) addText(text.slice(cursor, start));
      cursor = nodeEnd;
      const type = TAG_TYPES[node.type] ?? 'ph';
      const children = 'children' in node ? (node.children as PhrasingContent[]) : [];
      const raw = text.slice(start, nodeEnd);
      const autolink = node.type === 'link' && (raw.startsWith('<') || !raw.startsWith('['));
      if (node.type === 'text') {
        addText(raw);
      } else if (node.type === 'break') {
        // The marker ("  " or "\\") is the tag; the line ending stays text so that a hard break
        // between two sentences still separates them.
        const marker = /^[^\r\n]*/.exec(raw)![0];
        tokens.standalone(type, marker);
        cursor = start + marker.length;
      } else if (children.length > 0 && !autolink) {
        const first = children[0]!.position!.start.offset!;
        const last = children[children.length - 1]!.position!.end.offset!;
        const pair = tokens.open(type, text.slice(start, first));
        cursor = first;
        walk(children, last);
        tokens.close(pair, type, text.slice(last, nodeEnd));
        cursor = nodeEnd;
      } else {
        tokens.standalone(type, raw);
      }
    }
    if (end > cursor) addText(text.slice(cursor, end));
    cursor = end;
  };
  walk(block.children, block.end);
  return { tokens, breaks };
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

function withBreaks(s: string, breaks: readonly string[]): string {
  let i = 0;
  return s.replace(/\n/g, () => breaks[i++] ?? '\n');
}

/** Rebuilds one paragraph's Markdown from its segments (and the whitespace between them). */
function renderParagraph(group: readonly WritableSegment[], kind: BlockKind, breaks: readonly string[]): string {
  let out = '';
  let breakIndex = 0;
  let atLineStart = true;
  const nextBreak = () => breaks[breakIndex++] ?? breaks[breaks.length - 1] ?? '\n';

  const addText = (text: string, translated: boolean) => {
    if (kind === 'h' || kind === 'c') {
      let t = text.replace(/\r\n|\n|\r/g, ' ');
      if (translated) t = escapeInline(t, kind === 'c');
      out += t;
      atLineStart = false;
      return;
    }
    const lines = text.replace(/\r\n|\r/g, '\n').split('\n');
    lines.forEach((line, i) => {
      if (i > 0) {
        out += nextBreak();
        atLineStart = true;
      }
      if (!line) return;
      let t = translated ? escapeInline(line, false) : line;
      if (translated && atLineStart) t = escapeLineStart(t, out === '');
      out += t;
      atLineStart = false;
    });
  };

  group.forEach((seg, i) => {
    const text = exportText(seg);
    const translated = seg.target !== '' && seg.target !== seg.source;
    for (const token of decodeSegmentText(text, seg.tags)) {
      if ('text' in token) addText(token.text, translated);
      else {
        const data = tagMarkup(token.tag);
        out += data;
        atLineStart = /[\r\n][ \t>]*$/.test(data);
      }
    }
    if (i < group.length - 1) addText(seg.gapAfter, false);
  });
  return out;
}

function tagMarkup(tag: InlineTag): string {
  return typeof tag.data === 'string' ? tag.data : '';
}

/**
 * Characters a translator types as text must not turn into Markdown: emphasis and code markers,
 * brackets and HTML openings are escaped (an escaped character renders as itself).
 */
function escapeInline(text: string, inTableCell: boolean): string {
  const special = inTableCell ? /(\\*)([*_`[\]<|])/g : /(\\*)([*_`[\]<])/g;
  return text.replace(special, (m, slashes: string, ch: string, offset: number) => {
    if (slashes.length % 2 === 1) return m;
    if (ch === '_' && /\w/.test(text[offset - 1] ?? '') && /\w/.test(text[offset + m.length] ?? '')) return m;
    if (ch === '<' && !/[A-Za-z/!?]/.test(text[offset + m.length] ?? '')) return m;
    return `${slashes}\\${ch}`;
  });
}

/** A translated line must not start a heading, list, quote, fence or rule. */
function escapeLineStart(line: string, paragraphStart: boolean): string {
  const m = /^([ \t]*)(.*)$/s.exec(line)!;
  const [, indent, rest] = m as unknown as [string, string, string];
  if (/^#{1,6}(?=[ \t]|$)/.test(rest) || /^>/.test(rest) || /^[-+*](?=[ \t]|$)/.test(rest)) return `${indent}\\${rest}`;
  if (/^(?:`{3,}|~{3,})/.test(rest) || /^(?:=+|-+)[ \t]*$/.test(rest) || /^(?:[-*_][ \t]*){3,}$/.test(rest)) return `${indent}\\${rest}`;
  const list = /^(\d{1,9})([.)])(?=[ \t]|$)/.exec(rest);
  if (list && (paragraphStart || list[1] === '1')) return `${indent}${list[1]}\\${rest.slice(list[1]!.length)}`;
  return line;
}
