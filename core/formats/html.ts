import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { SegmentDraft } from '../model';
import type { DocumentCodec, WritableSegment } from './types';
import { decodeText, encodeText, type TextEncodingName } from '../text/decode';
import {
  TaggedParagraphBuilder,
  appendParagraphDrafts,
  decodeSegmentText,
  exportText,
  groupsByParagraph,
  segmentTaggedParagraph,
  type ParagraphTag,
} from './taggedParagraph';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/**
 * HTML documents. parse5 (the WHATWG parsing algorithm, with source offsets) finds the text; the
 * file itself is only ever spliced, never re-serialised, so everything Padanan does not translate
 * stays byte for byte. Runs of text and inline elements between block boundaries are paragraphs;
 * inline elements (b, i, em, strong, a, span, br, img …) are tags holding their exact markup;
 * script, style, template, code and anything marked translate="no" are never translatable.
 * alt, title, placeholder and aria-label attributes and the page description are translated as
 * their own paragraphs. A paragraph whose segments are all untranslated is copied as it was.
 *
 * Input: UTF-8, UTF-16 with BOM, or Windows-1252 (honouring <meta charset>). Output: UTF-8, with the
 * charset declaration and the document language (lang="id" → "en") updated to match.
 */
export const htmlCodec: DocumentCodec = {
  format: 'html',
  extensions: ['html', 'htm', 'xhtml'],
  mediaType: 'text/html',

  read(bytes, { fileName, segmenter, now = Date.now() }) {
    const { text: html, encoding, bom } = decodeText(bytes, fileName, declaredCharset(bytes));
    // The parser may move text (foster parenting in tables): a paragraph overlapping an earlier one is
    // left as it is. Attribute units lie inside the markup of paragraphs on purpose.
    let reached = 0;
    const found = findUnits(html)
      .sort((a, b) => a.start - b.start)
      .filter((u) => {
        if (u.attr) return true;
        if (u.start < reached) return false;
        reached = u.end;
        return true;
      });
    const segments: SegmentDraft[] = [];
    const units: HtmlUnit[] = [];
    for (const unit of found) {
      const seg = segmentTaggedParagraph(unit.tokens, segmenter, { splittable: isFormattingTag });
      if (!seg) continue;
      const paragraph = units.length;
      const last = seg.segments[seg.segments.length - 1]!;
      units.push({ start: unit.start, end: unit.end, lead: seg.leading, trail: last.gapAfter, kind: unit.kind, attr: unit.attr });
      appendParagraphDrafts(segments, paragraph, seg, '\n', now);
    }
    const data: HtmlSkeletonData = { html, encoding, bom, units, fixes: documentFixes(html) };
    return { format: 'html', skeleton: { kind: 'html', leading: '', data }, segments };
  },

  writeTranslation(skeleton, segments) {
    const data = skeleton.data as HtmlSkeletonData;
    const { html } = data;
    // Every change is a replacement of a source range; attribute units may sit inside the markup
    // of a paragraph's tag, so replacements are applied wherever original markup is copied.
    const replacements: Replacement[] = [...data.fixes];
    const byUnit = groupsByParagraph(segments);
    data.units.forEach((unit, index) => {
      const group = byUnit.get(index);
      if (!unit.attr || !group || !isTranslated(group)) return;
      const value = renderGroup(group, unit, () => '', escapeAttr);
      replacements.push({ start: unit.start, end: unit.end, text: `${unit.attr}="${value}"` });
    });
    replacements.sort((a, b) => a.start - b.start);
    const copy = (start: number, end: number): string => {
      let out = '';
      let cursor = start;
      let lo = 0;
      let hi = replacements.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (replacements[mid]!.start < start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < replacements.length && replacements[i]!.start < end; i++) {
        const r = replacements[i]!;
        if (r.start < cursor || r.end > end) continue;
        out += html.slice(cursor, r.start) + r.text;
        cursor = r.end;
      }
      return out + html.slice(cursor, end);
    };

    let out = '';
    let cursor = 0;
    data.units.forEach((unit, index) => {
      const group = byUnit.get(index);
      if (unit.attr || !group || !isTranslated(group)) return;
      out += copy(cursor, unit.start);
      out += renderGroup(group, unit, (tag) => (tag ? copy(tag.at, tag.at + tag.html.length) : ''), escapeText);
      cursor = unit.end;
    });
    out += copy(cursor, html.length);
    return encodeText(out, 'utf-8', false);
  },
};

interface HtmlSkeletonData {
  /** The decoded source document. */
  html: string;
  encoding: TextEncodingName;
  bom: boolean;
  units: HtmlUnit[];
  /** Changes every English export makes: charset declaration, document language. */
  fixes: Replacement[];
}

interface HtmlUnit {
  /** Source range replaced when the unit is translated. */
  start: number;
  end: number;
  lead: string;
  trail: string;
  kind: 'p' | 'pre';
  /** For an attribute unit: the attribute's name as written (the range is the whole attribute). */
  attr?: string;
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** Data of an HTML tag: its exact markup and where it is in the source. */
export interface HtmlTagData {
  html: string;
  at: number;
}

interface FoundUnit {
  start: number;
  end: number;
  kind: 'p' | 'pre';
  attr?: string;
  tokens: TaggedParagraphBuilder['tokens'];
}

const INLINE = new Set(
  'a abbr acronym b bdi bdo big br button cite code data del dfn em font i img input ins kbd label mark q s samp small span strike strong sub sup time tt u var wbr'.split(
    ' ',
  ),
);
const VOID = new Set(['br', 'wbr', 'img', 'input']);
/** Never translated, inline or not. */
const OPAQUE = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'code', 'kbd', 'samp', 'var', 'textarea', 'select', 'iframe', 'object', 'canvas', 'video', 'audio']);
const FORMATTING = new Set(['b', 'i', 'em', 'strong', 'u', 's', 'strike', 'small', 'big', 'font', 'span', 'mark', 'sub', 'sup', 'tt']);
const TAG_TYPES: Record<string, string> = { b: 'b', strong: 'b', i: 'i', em: 'i', u: 'u', a: 'link', br: 'br', img: 'image' };
const TRANSLATABLE_ATTRS = ['alt', 'title', 'placeholder', 'aria-label'];

function isFormattingTag(tag: ParagraphTag): boolean {
  return FORMATTING.has((tag.data as HtmlTagData & { name?: string } | undefined)?.html.match(/^<\/?([a-zA-Z]+)/)?.[1]?.toLowerCase() ?? '');
}

function findUnits(html: string): FoundUnit[] {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const units: FoundUnit[] = [];
  const pendingAttrs: FoundUnit[] = [];

  const addAttrs = (el: Element) => {
    const loc = el.sourceCodeLocation;
    if (!loc?.attrs || translateNo(el)) return;
    const names = [...TRANSLATABLE_ATTRS];
    if (el.tagName === 'meta' && /^(description|keywords)$/i.test(attrOf(el, 'name') ?? '')) names.push('content');
    for (const name of names) {
      const a = el.attrs.find((x) => x.name === name);
      const at = loc.attrs[name];
      if (!a || !at || !a.value.trim()) continue;
      const b = new TaggedParagraphBuilder();
      b.text(a.value.replace(/[ \t\n\r\f]+/g, ' ').trim());
      const rawName = html.slice(at.startOffset, at.endOffset).match(/^[^\s=]+/)![0];
      pendingAttrs.push({ start: at.startOffset, end: at.endOffset, kind: 'p', attr: rawName, tokens: b.tokens });
    }
  };

  /** A run of text and inline elements being collected into one paragraph. */
  let run: { b: TaggedParagraphBuilder; start: number; end: number; pre: boolean } | undefined;
  const flush = () => {
    if (run) trimRun(run, html, units);
    run = undefined;
    units.push(...pendingAttrs.splice(0));
  };
  const ensureRun = (start: number, pre: boolean) => {
    run ??= { b: new TaggedParagraphBuilder(), start, end: start, pre };
    return run;
  };

  // Source offsets only grow in document order; an element starting before one already seen is a
  // copy the parser made (a formatting element reopened after a misnested block).
  let lastStart = -1;
  const inline = (node: Node, pre: boolean): void => {
    let loc = node.sourceCodeLocation;
    if (loc && loc.startOffset < lastStart) loc = undefined;
    else if (loc) lastStart = loc.startOffset;
    if (!loc) {
      // Elements the parser made up (a reopened <b> after a misnested block) have no markup of
      // their own: their text still belongs to the paragraph.
      if ('childNodes' in node) for (const child of node.childNodes) inline(child, pre);
      return;
    }
    const r = ensureRun(loc.startOffset, pre);
    // An element left open ends where the parser closed it, possibly far away: only its own
    // markup and its children extend the paragraph.
    const endTagLoc = 'tagName' in node ? node.sourceCodeLocation?.endTag : undefined;
    const hasOwnEnd = !('tagName' in node) || VOID.has(node.tagName) || !!endTagLoc || !node.childNodes.length;
    r.end = Math.max(r.end, hasOwnEnd ? loc.endOffset : (node.sourceCodeLocation?.startTag?.endOffset ?? loc.startOffset));
    if (node.nodeName === '#text') {
      const text = (node as DefaultTreeAdapterMap['textNode']).value;
      r.b.text(pre ? text : text.replace(/[ \t\n\r\f]+/g, ' '));
      return;
    }
    if (node.nodeName === '#comment') {
      r.b.standalone('comment', tagData(html, loc.startOffset, loc.endOffset));
      return;
    }
    const el = node as Element;
    addAttrs(el);
    const type = TAG_TYPES[el.tagName] ?? 'ph';
    if (VOID.has(el.tagName) || OPAQUE.has(el.tagName) || translateNo(el) || !el.childNodes.length) {
      r.b.standalone(OPAQUE.has(el.tagName) ? 'code' : type, tagData(html, loc.startOffset, loc.endOffset));
      return;
    }
    const startTag = el.sourceCodeLocation!.startTag!;
    const endTag = el.sourceCodeLocation!.endTag;
    const pair = r.b.open(type, tagData(html, startTag.startOffset, startTag.endOffset));
    for (const child of el.childNodes) inline(child, pre || el.tagName === 'pre');
    r.b.close(pair, type, endTag ? tagData(html, endTag.startOffset, endTag.endOffset) : { html: '', at: r.end });
  };

  const block = (parent: ParentNode, pre: boolean): void => {
    for (const node of parent.childNodes) {
      if (node.nodeName === '#text' || node.nodeName === '#comment') {
        if (node.nodeName === '#comment' && !run) continue;
        inline(node, pre);
        continue;
      }
      if (node.nodeName === '#documentType') continue;
      const el = node as Element;
      if (INLINE.has(el.tagName) && !hasBlock(el)) {
        inline(el, pre);
        continue;
      }
      flush();
      if (OPAQUE.has(el.tagName) || translateNo(el)) continue;
      addAttrs(el);
      flush();
      const content = el.tagName === 'template' ? null : (el as ParentNode);
      if (content) block(content, pre || el.tagName === 'pre' || el.tagName === 'listing');
      flush();
    }
  };
  block(doc, false);
  flush();
  return units;
}

/** Cuts the whitespace at both ends of a run out of its range, so it stays as written. */
function trimRun(run: { b: TaggedParagraphBuilder; start: number; end: number; pre: boolean }, html: string, out: FoundUnit[]): void {
  const tokens = run.b.tokens;
  if (!run.b.plainText().trim()) return;
  let { start, end } = run;
  const first = tokens[0];
  if (first && 'text' in first) {
    const lead = /^[ \t\n\r\f]*/.exec(html.slice(start, end))![0].length;
    start += lead;
    first.text = first.text.replace(/^[ \t\n\r\f]+/, '');
  }
  // The last text, even when only closings the parser made up (no markup) follow it.
  let lastText = tokens.length - 1;
  while (lastText >= 0 && !('text' in tokens[lastText]!) && ((tokens[lastText] as { tag: ParagraphTag }).tag.data as HtmlTagData).html === '') lastText--;
  const last = tokens[lastText];
  if (last && 'text' in last) {
    const trail = /[ \t\n\r\f]*$/.exec(html.slice(start, end))![0].length;
    end -= trail;
    last.text = last.text.replace(/[ \t\n\r\f]+$/, '');
  }
  out.push({ start, end, kind: run.pre ? 'pre' : 'p', tokens: tokens.filter((t) => !('text' in t) || t.text) });
}

function hasBlock(el: Element): boolean {
  for (const c of el.childNodes) {
    if (c.nodeName.startsWith('#')) continue;
    const child = c as Element;
    if (!INLINE.has(child.tagName) || hasBlock(child)) return true;
  }
  return false;
}

function translateNo(el: Element): boolean {
  return attrOf(el, 'translate')?.toLowerCase() === 'no';
}

function attrOf(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function tagData(html: string, start: number, end: number): HtmlTagData {
  return { html: html.slice(start, end), at: start };
}

function isTranslated(group: readonly WritableSegment[]): boolean {
  return group.some((s) => s.target !== '' && s.target !== s.source);
}

function renderGroup(
  group: readonly WritableSegment[],
  unit: HtmlUnit,
  markup: (tag: HtmlTagData | undefined) => string,
  escape: (s: string) => string,
): string {
  let out = escape(unit.lead);
  group.forEach((seg, i) => {
    for (const token of decodeSegmentText(exportText(seg), seg.tags)) {
      if ('text' in token) out += escape(token.text);
      else out += unit.attr ? '' : markup(token.tag.data as HtmlTagData | undefined);
    }
    if (i < group.length - 1) out += escape(seg.gapAfter);
  });
  return out + escape(unit.trail);
}

function escapeText(s: string): string {
  return s.replace(/[&<>\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));
}

function escapeAttr(s: string): string {
  return s.replace(/[&<>"\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&nbsp;'));
}

/** The charset a document declares in its first 1024 bytes (<meta charset>, http-equiv), as Padanan can decode it. */
function declaredCharset(bytes: Uint8Array): TextEncodingName | undefined {
  const head = parse(String.fromCharCode(...bytes.subarray(0, 1024)));
  let label: string | undefined;
  const visit = (node: ParentNode) => {
    for (const c of node.childNodes) {
      if (label || c.nodeName.startsWith('#')) continue;
      const el = c as Element;
      if (el.tagName === 'meta') label = metaCharset(el);
      if (!label) visit(el);
    }
  };
  visit(head);
  if (!label) return undefined;
  const l = label.trim().toLowerCase();
  if (['utf-8', 'utf8', 'unicode-1-1-utf-8'].includes(l)) return 'utf-8';
  if (['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'iso_8859-1'].includes(l)) return 'windows-1252';
  return undefined;
}

function metaCharset(el: Element): string | undefined {
  const charset = attrOf(el, 'charset');
  if (charset) return charset;
  if (attrOf(el, 'http-equiv')?.toLowerCase() === 'content-type') return /charset\s*=\s*["']?([^\s"';]+)/i.exec(attrOf(el, 'content') ?? '')?.[1];
  return undefined;
}

/** The English export is UTF-8 and in English: charset declarations and lang="id" are rewritten. */
function documentFixes(html: string): Replacement[] {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const out: Replacement[] = [];
  const attrValue = (el: Element, name: string, text: string) => {
    const at = el.sourceCodeLocation?.attrs?.[name];
    if (!at) return;
    const raw = html.slice(at.startOffset, at.endOffset);
    const rawName = raw.match(/^[^\s=]+/)![0];
    out.push({ start: at.startOffset, end: at.endOffset, text: `${rawName}="${text}"` });
  };
  const visit = (node: ParentNode) => {
    for (const c of node.childNodes) {
      if (c.nodeName.startsWith('#')) continue;
      const el = c as Element;
      for (const name of ['lang', 'xml:lang']) {
        const v = attrOf(el, name);
        if (v && /^id(-ID)?$/i.test(v)) attrValue(el, name, 'en');
      }
      if (el.tagName === 'meta') {
        const charset = attrOf(el, 'charset');
        if (charset && charset.toLowerCase() !== 'utf-8') attrValue(el, 'charset', 'utf-8');
        const content = attrOf(el, 'content');
        if (attrOf(el, 'http-equiv')?.toLowerCase() === 'content-type' && content && !/charset\s*=\s*["']?utf-8/i.test(content)) {
          attrValue(el, 'content', escapeAttr(content.replace(/charset\s*=\s*["']?[^\s"';]+/i, 'charset=utf-8')));
        }
      }
      visit(el);
    }
  };
  visit(doc);
  return out;
}
