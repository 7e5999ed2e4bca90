import { TaggedParagraphBuilder, type ParagraphTag, type ParagraphToken } from '../taggedParagraph';
import { W_NS } from './package';
import { elements, textOf, type SpanElement } from './spanTree';

/**
 * Reads a w:p into text and inline tags. Runs whose formatting differs from the paragraph's main
 * formatting become paired tags holding their run properties; hyperlinks, content controls and
 * tracked insertions become paired tags holding their own start/end markup; everything else that
 * is not text (footnote references, drawings, fields, bookmarks, breaks) becomes a standalone tag
 * holding its exact XML. Tags are written back from that data, so the XML Padanan writes is always
 * made of the document's own pieces.
 */

/** Data of a formatting pair: the run properties to write for text inside it. */
export interface DocxFormatData {
  rPr: string;
}

/** Data of a structural pair (open/close markup) or a standalone tag (its complete XML). */
export interface DocxMarkupData {
  xml: string;
}

export interface ReadParagraph {
  tokens: ParagraphToken[];
  /** Run properties of text outside any formatting tag. */
  baseRPr: string;
  /** Bookmarks and similar markers before the first and after the last text, kept out of the segments. */
  prefix: string;
  suffix: string;
  /** Name of the run element (`w:r`), to write runs with the document's own prefix. */
  runName: string;
}

type Atom =
  | { t: 'text'; text: string; rPr: string; key: string; xml: string }
  | { t: 'raw'; xml: string; type: string; edge?: boolean }
  | { t: 'open'; xml: string; type: string }
  | { t: 'close'; xml: string; type: string }
  | { t: 'fld'; fld: string; xml: string };

const CONTAINERS: Record<string, string> = {
  hyperlink: 'link',
  smartTag: 'ph',
  customXml: 'ph',
  ins: 'ins',
  moveTo: 'ins',
  fldSimple: 'field',
  dir: 'ph',
  bdo: 'ph',
};

const EDGE_MARKERS: Record<string, string> = {
  bookmarkStart: 'bookmark',
  bookmarkEnd: 'bookmark',
  commentRangeStart: 'comment',
  commentRangeEnd: 'comment',
  permStart: 'ph',
  permEnd: 'ph',
};

/** Run-property children that do not change how text looks and must not split formatting. */
const IGNORED_RPR = new Set(['lang', 'noProof', 'rPrChange', 'webHidden', 'specVanish']);

export function readParagraph(p: SpanElement, xml: string): ReadParagraph {
  const atoms: Atom[] = [];
  const runName = p.prefix ? `${p.prefix}:r` : 'r';
  collect(p, xml, atoms);
  const merged = mergeFields(atoms);

  let prefix = '';
  let suffix = '';
  while (merged.length && merged[0]!.t === 'raw' && merged[0]!.edge) prefix += merged.shift()!.xml;
  const tail: string[] = [];
  while (merged.length && merged[merged.length - 1]!.t === 'raw' && (merged[merged.length - 1] as { edge?: boolean }).edge) {
    tail.unshift(merged.pop()!.xml);
  }
  suffix = tail.join('');

  // The paragraph's main formatting is the one most of its text has.
  const chars = new Map<string, { n: number; rPr: string }>();
  for (const a of merged) {
    if (a.t !== 'text') continue;
    const c = chars.get(a.key) ?? { n: 0, rPr: a.rPr };
    c.n += a.text.length;
    chars.set(a.key, c);
  }
  let baseKey = '';
  let baseRPr = '';
  let best = -1;
  for (const [key, c] of chars) {
    if (c.n > best) {
      best = c.n;
      baseKey = key;
      baseRPr = c.rPr;
    }
  }

  const b = new TaggedParagraphBuilder();
  let fmt: { pair: number; key: string; type: string; data: DocxFormatData } | undefined;
  const closeFmt = () => {
    if (fmt) b.close(fmt.pair, fmt.type, fmt.data);
    fmt = undefined;
  };
  const opens: { pair: number; index: number }[] = [];
  for (const a of merged) {
    switch (a.t) {
      case 'text':
        if (a.key === baseKey) closeFmt();
        else if (fmt?.key !== a.key) {
          closeFmt();
          const type = formatType(a.rPr);
          const data: DocxFormatData = { rPr: a.rPr };
          fmt = { pair: b.open(type, data), key: a.key, type, data };
        }
        b.text(a.text);
        break;
      case 'raw':
        b.standalone(a.type, { xml: a.xml } satisfies DocxMarkupData);
        break;
      case 'open':
        closeFmt();
        opens.push({ pair: b.open(a.type, { xml: a.xml } satisfies DocxMarkupData), index: b.tokens.length - 1 });
        break;
      case 'close': {
        closeFmt();
        const open = opens.pop();
        if (open) b.close(open.pair, a.type, { xml: a.xml } satisfies DocxMarkupData);
        else b.standalone(a.type, { xml: a.xml } satisfies DocxMarkupData);
        break;
      }
      case 'fld':
        b.standalone('field', { xml: a.xml } satisfies DocxMarkupData);
        break;
    }
  }
  closeFmt();
  // An open whose close was swallowed by a field stays valid XML when written as it stands.
  for (const open of opens) {
    const token = b.tokens[open.index] as { tag: ParagraphTag };
    token.tag = { kind: 'standalone', type: token.tag.type, data: token.tag.data };
  }
  return { tokens: b.tokens, baseRPr, prefix, suffix, runName };
}

/** Formatting pairs can be split at sentence boundaries; structural ones cannot. */
export function isFormatTag(tag: ParagraphTag): boolean {
  return typeof tag.data === 'object' && tag.data !== null && 'rPr' in tag.data;
}

/** Start of the replaceable content of a paragraph: after its w:pPr, if any. */
export function contentStart(p: SpanElement): number {
  const pPr = elements(p).find((e) => e.uri === W_NS && e.local === 'pPr');
  return pPr ? pPr.end : p.openEnd;
}

function collect(container: SpanElement, xml: string, out: Atom[]): void {
  for (const el of elements(container)) {
    const local = el.uri === W_NS ? el.local : '';
    if (local === 'pPr' || local === 'proofErr') continue;
    if (local === 'r') {
      run(el, xml, out);
      continue;
    }
    const type = CONTAINERS[local];
    if (type) {
      const content = elements(el).filter((c) => !(c.uri === W_NS && c.local.endsWith('Pr')));
      if (content.length === 0) {
        out.push({ t: 'raw', xml: xml.slice(el.start, el.end), type });
        continue;
      }
      out.push({ t: 'open', xml: xml.slice(el.start, content[0]!.start), type });
      const inner: Atom[] = [];
      for (const c of content) collect({ ...el, children: [c] }, xml, inner);
      out.push(...inner);
      out.push({ t: 'close', xml: xml.slice(content[content.length - 1]!.end, el.end), type });
      continue;
    }
    if (local === 'sdt') {
      const content = elements(el).find((c) => c.uri === W_NS && c.local === 'sdtContent');
      if (!content || content.openEnd === content.end) {
        out.push({ t: 'raw', xml: xml.slice(el.start, el.end), type: 'ph' });
        continue;
      }
      out.push({ t: 'open', xml: xml.slice(el.start, content.openEnd), type: 'ph' });
      collect(content, xml, out);
      out.push({ t: 'close', xml: xml.slice(content.closeStart, el.end), type: 'ph' });
      continue;
    }
    const edge = EDGE_MARKERS[local];
    out.push({ t: 'raw', xml: xml.slice(el.start, el.end), type: edge ?? (local === 'del' || local === 'moveFrom' ? 'del' : 'ph'), edge: !!edge });
  }
}

function run(r: SpanElement, xml: string, out: Atom[]): void {
  const children = elements(r);
  const rPrEl = children.find((c) => c.uri === W_NS && c.local === 'rPr');
  const rPr = rPrEl ? xml.slice(rPrEl.start, rPrEl.end) : '';
  const key = rPrEl ? formatKey(rPrEl) : '';
  const wrap = (inner: string) => `<${r.name}>${rPr}${inner}</${r.name}>`;
  for (const el of children) {
    if (el === rPrEl) continue;
    const local = el.uri === W_NS ? el.local : '';
    const rawEl = xml.slice(el.start, el.end);
    // A plain line break is text ("\n"): sentences on either side of it are split like any others.
    const lineBreak = (local === 'br' && (attr(el, 'type') ?? 'textWrapping') === 'textWrapping' && !attr(el, 'clear')) || local === 'cr';
    const text =
      local === 't'
        ? textOf(el)
        : local === 'tab'
          ? '\t'
          : lineBreak
            ? '\n'
            : local === 'noBreakHyphen'
              ? '\u2011'
              : local === 'softHyphen'
                ? '\u00ad'
                : undefined;
    if (text !== undefined) {
      if (text) out.push({ t: 'text', text, rPr, key, xml: wrap(rawEl) });
      continue;
    }
    if (local === 'lastRenderedPageBreak') continue;
    if (local === 'fldChar') {
      out.push({ t: 'fld', fld: attr(el, 'fldCharType') ?? '', xml: wrap(rawEl) });
      continue;
    }
    const type =
      local === 'br' || local === 'cr'
        ? 'br'
        : local === 'footnoteReference' || local === 'endnoteReference'
          ? 'fn'
          : local === 'drawing' || local === 'pict' || local === 'object'
            ? 'image'
            : local === 'instrText'
              ? 'field'
              : 'ph';
    const edge = local === 'footnoteRef' || local === 'endnoteRef' || local === 'separator' || local === 'continuationSeparator';
    out.push({ t: 'raw', xml: wrap(rawEl), type: edge ? 'fnref' : type, edge });
  }
}

/** A complex field's instruction (begin … separate) becomes one tag; its result stays text. */
function mergeFields(atoms: readonly Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    if (a.t === 'fld' && a.fld === 'begin') {
      let depth = 0;
      let xml = '';
      let j = i;
      for (; j < atoms.length; j++) {
        const b = atoms[j]!;
        xml += b.xml;
        if (b.t !== 'fld') continue;
        if (b.fld === 'begin') depth++;
        else if (b.fld === 'end' && --depth === 0) break;
        else if (b.fld === 'separate' && depth === 1) break;
      }
      out.push({ t: 'raw', xml, type: 'field' });
      i = j;
    } else if (a.t === 'fld') {
      out.push({ t: 'raw', xml: a.xml, type: 'field' });
    } else out.push(a);
  }
  return out;
}

function attr(el: SpanElement, local: string): string | undefined {
  for (const [name, value] of Object.entries(el.attrs)) if (name === local || name.endsWith(`:${local}`)) return value;
  return undefined;
}

/** Run properties as a comparable key, ignoring what does not change the text's look. */
function formatKey(rPr: SpanElement): string {
  const parts: string[] = [];
  for (const c of elements(rPr)) {
    if (IGNORED_RPR.has(c.local)) continue;
    const attrs = Object.entries(c.attrs)
      .filter(([n]) => !n.endsWith('hint'))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([n, v]) => `${n}=${v}`)
      .join(',');
    parts.push(`${c.local}(${attrs})`);
  }
  return parts.sort().join(';');
}

function formatType(rPr: string): string {
  if (/<\w*:?b(?:\s[^>]*)?\/>/.test(rPr) && !/<\w*:?b\s[^>]*val="(?:0|false)"/.test(rPr)) return 'b';
  if (/<\w*:?i(?:\s[^>]*)?\/>/.test(rPr)) return 'i';
  if (/<\w*:?u\s/.test(rPr)) return 'u';
  return 'fmt';
}
