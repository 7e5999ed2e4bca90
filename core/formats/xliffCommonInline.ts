import { TAG_MAX_PER_SEGMENT, type InlineTag, type InlineTagKind } from '../model';
import { PadananError } from '../errors';
import type { XmlEndTag, XmlStartTag } from '../xml/reader';
import { escapeXmlAttr, escapeXmlText, checkXmlChars } from '../xml/writer';
import { balancedPairs, parseTagChar, tagChar, tagsByChar } from './inlineTags';

/**
 * Inline codes of XLIFF 1.2 (g x bx ex ph bpt ept it mrk) and 2.x (pc ph sc ec mrk sm em cp),
 * read into tag characters + `InlineTag`s and written back. An imported code keeps its element,
 * attributes and native content in `data` (`XliffTagData`) so that hand-back writes it unchanged.
 */
export type XliffVersion = '1.2' | '2';

export interface XliffTagData {
  /** XLIFF version the element comes from. */
  x: XliffVersion;
  /** Qualified element name as written in the file. */
  name: string;
  attrs: Record<string, string>;
  /** Raw XML content of a code element (native code of ph/bpt/ept/it), undefined when empty-element. */
  inner?: string;
  /** XLIFF 2: `<data>` elements of `<originalData>` this code refers to, by id, as raw XML. */
  refs?: Record<string, string>;
}

export function isXliffTagData(data: unknown): data is XliffTagData {
  return typeof data === 'object' && data !== null && 'x' in data && 'name' in data && 'attrs' in data;
}

type Role = 'container' | 'start' | 'end' | 'standalone' | 'char';

function roleOf(version: XliffVersion, local: string): Role {
  if (version === '1.2') {
    if (local === 'g' || local === 'mrk') return 'container';
    if (local === 'bx' || local === 'bpt') return 'start';
    if (local === 'ex' || local === 'ept') return 'end';
    return 'standalone';
  }
  if (local === 'pc' || local === 'mrk') return 'container';
  if (local === 'sc' || local === 'sm') return 'start';
  if (local === 'ec' || local === 'em') return 'end';
  if (local === 'cp') return 'char';
  return 'standalone';
}

interface CodeToken {
  role: 'open' | 'close' | 'start' | 'end' | 'standalone';
  local: string;
  data: XliffTagData;
  /** For 'close': index of its 'open' token. */
  openIndex?: number;
}

type Token = string | CodeToken;

const PRIVATE_TAG_RANGE = /[\ue000-\ue2ff]/;
const PRIVATE_TAG_SPLIT = /([\ue000-\ue2ff])/;
/** Pseudo element name of a literal private-use character carried as a code. */
const LITERAL = '#char';

/** Content of one <source>/<target> (or 1.2 segment <mrk>) before tag numbers are assigned. */
export interface RawContent {
  tokens: Token[];
}

/**
 * Fed with the reader's events for the children of a content element. Code elements whose content
 * is native data (ph, bpt, it, unknown elements…) are captured raw from the document text.
 */
export class InlineCollector {
  readonly tokens: Token[] = [];
  private readonly openStack: number[] = [];
  private opaque: { tag: XmlStartTag; role: Role } | undefined;
  private opaqueDepth = 0;

  constructor(
    private readonly version: XliffVersion,
    private readonly doc: string,
    private readonly refs?: ReadonlyMap<string, string>,
  ) {}

  open(tag: XmlStartTag): void {
    if (this.opaque) {
      this.opaqueDepth++;
      return;
    }
    const role = roleOf(this.version, tag.local);
    if (role === 'container') {
      this.openStack.push(this.tokens.length);
      this.tokens.push({ role: 'open', local: tag.local, data: this.data(tag) });
      return;
    }
    if (role === 'char') {
      const hex = tag.attrs.hex ?? '';
      const code = parseInt(hex, 16);
      if (/^[0-9a-fA-F]{1,6}$/.test(hex) && code <= 0x10ffff) this.text(String.fromCodePoint(code));
      this.opaque = { tag, role };
      this.opaqueDepth = 1;
      return;
    }
    this.opaque = { tag, role };
    this.opaqueDepth = 1;
  }

  close(tag: XmlEndTag): void {
    if (this.opaque) {
      if (--this.opaqueDepth === 0) this.closeOpaque(tag.end);
      return;
    }
    const openIndex = this.openStack.pop()!;
    const open = this.tokens[openIndex] as CodeToken;
    this.tokens.push({ role: 'close', local: open.local, data: { x: this.version, name: open.data.name, attrs: {} }, openIndex });
  }

  text(text: string): void {
    if (this.opaque || !text) return;
    if (PRIVATE_TAG_RANGE.test(text)) {
      // Private-use characters in the file's own text would be taken for tags: they travel as codes.
      for (const part of text.split(PRIVATE_TAG_SPLIT)) {
        if (!part) continue;
        if (part.length === 1 && PRIVATE_TAG_RANGE.test(part)) {
          this.tokens.push({ role: 'standalone', local: LITERAL, data: { x: this.version, name: LITERAL, attrs: {}, inner: part } });
        } else this.text(part);
      }
      return;
    }
    const last = this.tokens.length - 1;
    if (last >= 0 && typeof this.tokens[last] === 'string') this.tokens[last] += text;
    else this.tokens.push(text);
  }

  private closeOpaque(end: number): void {
    const { tag, role } = this.opaque!;
    this.opaque = undefined;
    if (role === 'char') return;
    const data = this.data(tag);
    if (!tag.selfClosing) data.inner = this.doc.slice(tag.end, this.doc.lastIndexOf('<', end - 1));
    this.tokens.push({ role: role as CodeToken['role'], local: tag.local, data });
  }

  private data(tag: XmlStartTag): XliffTagData {
    const data: XliffTagData = { x: this.version, name: tag.name, attrs: tag.attrs };
    if (this.refs) {
      for (const key of ['dataRef', 'dataRefStart', 'dataRefEnd']) {
        const id = tag.attrs[key];
        const xml = id === undefined ? undefined : this.refs.get(id);
        if (xml !== undefined) (data.refs ??= {})[id!] = xml;
      }
    }
    return data;
  }
}

/** Where the reader's events go while inside one element of a unit (source, target, notes …). */
export interface Capture {
  open(tag: XmlStartTag): void;
  /** True when the captured element itself has closed. */
  close(tag: XmlEndTag): boolean;
  text(text: string): void;
}

/** Captures the inline content of one <source> or <target>. */
export class ContentCapture implements Capture {
  constructor(
    private readonly element: XmlStartTag,
    private readonly collector: InlineCollector,
    private readonly done: (content: RawContent, end: number) => void,
  ) {}

  open(tag: XmlStartTag): void {
    this.collector.open(tag);
  }

  close(tag: XmlEndTag): boolean {
    if (tag.depth === this.element.depth) {
      this.done({ tokens: this.collector.tokens }, tag.end);
      return true;
    }
    this.collector.close(tag);
    return false;
  }

  text(text: string): void {
    this.collector.text(text);
  }
}

/** Tag numbers of one segment, shared by its source and target. */
export class SegmentTagRegistry {
  readonly tags: InlineTag[] = [];
  private readonly used = new Set<number>();
  private readonly bySource = new Map<string, { n: number; kind: InlineTagKind | 'pair' }>();
  private readonly sourcePairs = new Set<number>();

  constructor(
    private readonly fileName: string,
    private readonly unit: string,
  ) {}

  /** Turns collected content into segment text; the source must be resolved before its target. */
  resolve(content: RawContent, side: 'source' | 'target'): string {
    const tokens = content.tokens;
    if (tokens.length <= 1 && (tokens.length === 0 || typeof tokens[0] === 'string')) return (tokens[0] as string | undefined) ?? '';
    // Pair start/end codes (bx/ex, bpt/ept, sc/ec, sm/em) that are both present, start first.
    const partner = new Map<number, number>();
    const pendingStarts = new Map<string, number>();
    tokens.forEach((t, i) => {
      if (typeof t === 'string') return;
      if (t.role === 'start') pendingStarts.set(pairKey(t), i);
      else if (t.role === 'end') {
        const key = pairKey(t);
        const s = pendingStarts.get(key);
        if (s !== undefined) {
          partner.set(s, i);
          partner.set(i, s);
          pendingStarts.delete(key);
        }
      }
    });
    const closeOf = new Map<number, number>();
    tokens.forEach((t, i) => {
      if (typeof t !== 'string' && t.role === 'close') closeOf.set(t.openIndex!, i);
    });

    // Decide each code's kind and number: preferred numbers (from numeric ids) first.
    // In a target, an isolated half (1.2 <it>, 2.x isolated <sc>/<ec>) of a pair the source has is that pair's open or close.
    const halves = new Map<number, 'open' | 'close'>();
    const kindOf = (i: number): InlineTagKind => {
      const half = halves.get(i);
      if (half) return half;
      const t = tokens[i] as CodeToken;
      if (t.role === 'open') return 'open';
      if (t.role === 'close') return 'close';
      if (t.role === 'start') return partner.has(i) ? 'open' : 'standalone';
      if (t.role === 'end') return partner.has(i) ? 'close' : 'standalone';
      return 'standalone';
    };
    const leadOf = (i: number): number => {
      const t = tokens[i] as CodeToken;
      if (t.role === 'close') return t.openIndex!;
      if (t.role === 'end' && partner.has(i)) return partner.get(i)!;
      return i;
    };
    const numbers = new Map<number, number>();
    const leads = tokens.map((t, i) => (typeof t !== 'string' && leadOf(i) === i ? i : -1)).filter((i) => i >= 0);
    const localUsed = new Set<number>();
    const take = (n: number) => {
      this.used.add(n);
      localUsed.add(n);
    };
    const deferred: number[] = [];
    for (const i of leads) {
      const t = tokens[i] as CodeToken;
      const isPair = kindOf(i) === 'open';
      const match = matchKey(t);
      if (side === 'target') {
        const known = this.bySource.get(match);
        if (known && (known.kind === 'pair') === isPair && !localUsed.has(known.n)) {
          numbers.set(i, known.n);
          localUsed.add(known.n);
          continue;
        }
        const half = kindOf(i) === 'standalone' ? isolatedHalf(t) : undefined;
        const pn = preferredNumber(t);
        if (half && pn !== undefined && this.sourcePairs.has(pn) && !localUsed.has(pn * 2 + (half === 'open' ? 0 : 1) + 1000)) {
          halves.set(i, half);
          numbers.set(i, pn);
          localUsed.add(pn * 2 + (half === 'open' ? 0 : 1) + 1000);
          continue;
        }
      }
      const preferred = preferredNumber(t);
      if (preferred !== undefined && !this.used.has(preferred)) {
        numbers.set(i, preferred);
        take(preferred);
      } else deferred.push(i);
    }
    for (const i of deferred) {
      let n = 1;
      while (this.used.has(n)) n++;
      if (n >= TAG_MAX_PER_SEGMENT) {
        throw new PadananError('xliff.tooManyTags', `A segment of ${this.fileName || 'the file'} (unit ${this.unit}) has more than ${TAG_MAX_PER_SEGMENT} inline codes.`, {
          file: this.fileName,
          unit: this.unit,
          max: TAG_MAX_PER_SEGMENT,
        });
      }
      numbers.set(i, n);
      take(n);
    }

    let text = '';
    const known = new Set(this.tags.map((t) => tagChar(t.kind, t.n)));
    tokens.forEach((t, i) => {
      if (typeof t === 'string') {
        text += t;
        return;
      }
      const n = numbers.get(leadOf(i))!;
      const kind = kindOf(i);
      const ch = tagChar(kind, n);
      text += ch;
      if (side === 'source' && leadOf(i) === i) {
        this.bySource.set(matchKey(t), { n, kind: kind === 'open' ? 'pair' : kind });
        if (kind === 'open') this.sourcePairs.add(n);
      }
      if (known.has(ch)) return;
      known.add(ch);
      const lead = tokens[leadOf(i)] as CodeToken;
      this.tags.push({ n, kind, type: displayType(lead), data: t.data });
    });
    return text;
  }
}

function pairKey(t: CodeToken): string {
  const a = t.data.attrs;
  switch (t.local) {
    case 'bx':
    case 'ex':
      return `bx:${a.rid ?? a.id ?? ''}`;
    case 'bpt':
    case 'ept':
      return `bpt:${a.rid ?? a.id ?? ''}`;
    case 'sc':
      return `sc:${a.id ?? ''}`;
    case 'ec':
      return `sc:${a.startRef ?? `isolated-${a.id ?? ''}`}`;
    case 'sm':
      return `sm:${a.id ?? ''}`;
    default:
      return `sm:${a.startRef ?? ''}`;
  }
}

function isolatedHalf(t: CodeToken): 'open' | 'close' | undefined {
  switch (t.local) {
    case 'it':
      return t.data.attrs.pos === 'close' ? 'close' : 'open';
    case 'bx':
    case 'bpt':
    case 'sc':
      return 'open';
    case 'ex':
    case 'ept':
    case 'ec':
      return 'close';
    default:
      return undefined;
  }
}

function matchKey(t: CodeToken): string {
  return `${t.local}#${t.data.attrs.id ?? t.data.attrs.startRef ?? ''}`;
}

function preferredNumber(t: CodeToken): number | undefined {
  const id = t.data.attrs.id ?? t.data.attrs.startRef;
  const m = id === undefined ? null : /^(\d{1,3})[se]?$/.exec(id);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n >= 1 && n < TAG_MAX_PER_SEGMENT ? n : undefined;
}

const CTYPE_TO_TYPE: Record<string, string> = { bold: 'b', italic: 'i', underlined: 'u', link: 'link', lb: 'br', pb: 'pb', image: 'image' };
const SUBTYPE_TO_TYPE: Record<string, string> = { 'xlf:b': 'b', 'xlf:i': 'i', 'xlf:u': 'u', 'xlf:lb': 'br', 'xlf:pb': 'pb' };

function displayType(t: CodeToken): string {
  const a = t.data.attrs;
  if (t.data.x === '1.2' && a.ctype) {
    if (CTYPE_TO_TYPE[a.ctype]) return CTYPE_TO_TYPE[a.ctype]!;
    if (a.ctype.startsWith('x-') && a.ctype.length > 2) return a.ctype.slice(2);
  }
  if (t.data.x === '2') {
    if (a.subType && SUBTYPE_TO_TYPE[a.subType]) return SUBTYPE_TO_TYPE[a.subType]!;
    if (a.subType?.startsWith('padanan:')) return a.subType.slice(8);
    if (a.type === 'link' || a.type === 'image') return a.type;
  }
  return t.local;
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface InlineWriteContext {
  version: XliffVersion;
  /** Write codes that came from this XLIFF version with their original markup. */
  keepOriginal: boolean;
  /** Prefix for core element names ('' or 'xliff:'), for hand-back into files that use one. */
  prefix?: string;
  /** XLIFF 2: collects `<data>` elements the written codes refer to. */
  refs?: Map<string, string>;
}

/** Segment text (with tag characters) as XLIFF inline content. Never produces broken markup. */
export function writeInline(text: string, tags: readonly InlineTag[] | undefined, ctx: InlineWriteContext): string {
  if (!PRIVATE_TAG_RANGE.test(text)) return ctx.version === '2' ? escapeWithCp(text) : escapeXmlText(text);
  const byChar = tagsByChar(tags);
  const balanced = balancedPairs(text);
  const openHere = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const t = parseTagChar(text.charCodeAt(i));
    if (t?.kind === 'open') openHere.add(t.n);
  }
  // For each balanced open: the markup that closes it, or null when the close writes its own element.
  const stack: (string | null)[] = [];
  let out = '';
  let run = '';
  const flush = () => {
    if (run) out += ctx.version === '2' ? escapeWithCp(run) : escapeXmlText(run);
    run = '';
  };
  const seen = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const t = parseTagChar(ch.charCodeAt(0));
    if (!t) {
      run += ch;
      continue;
    }
    flush();
    const tag = byChar.get(ch);
    // A character without metadata, or a duplicate, cannot be written faithfully: it is left out.
    if (!tag || seen.has(ch)) continue;
    seen.add(ch);
    const isBalanced = t.kind !== 'standalone' && balanced.has(t.n);
    if (t.kind === 'close' && isBalanced) {
      const closing = stack.pop();
      if (closing !== null && closing !== undefined) {
        out += closing;
        continue;
      }
    }
    const written = writeCode(tag, isBalanced, ctx, openHere.has(t.n));
    out += written.xml;
    if (t.kind === 'open' && isBalanced) stack.push(written.closing ?? null);
  }
  flush();
  return out;
}

function writeCode(tag: InlineTag, balanced: boolean, ctx: InlineWriteContext, openInText: boolean): { xml: string; closing?: string } {
  if (isXliffTagData(tag.data) && tag.data.name === LITERAL) return { xml: escapeXmlText(tag.data.inner ?? '') };
  const data = isXliffTagData(tag.data) && tag.data.x === ctx.version && ctx.keepOriginal ? tag.data : undefined;
  if (data) {
    const original = writeOriginal(tag, data, balanced, ctx, openInText);
    if (original) return original;
  }
  return writeGeneric(tag, balanced, ctx);
}

function writeOriginal(tag: InlineTag, data: XliffTagData, balanced: boolean, ctx: InlineWriteContext, openInText: boolean): { xml: string; closing?: string } | undefined {
  const local = data.name.includes(':') ? data.name.slice(data.name.indexOf(':') + 1) : data.name;
  const role = roleOf(ctx.version, local);
  collectRefs(data, ctx);
  const el = (name: string, attrs: Record<string, string>, inner: string | undefined) =>
    inner === undefined ? `<${name}${attrList(attrs)}/>` : `<${name}${attrList(attrs)}>${inner}</${name}>`;
  if (tag.kind === 'standalone' && (role === 'standalone' || role === 'start' || role === 'end')) {
    if (role === 'standalone') return { xml: el(data.name, data.attrs, data.inner) };
    // A start or end code whose partner is not in this text.
    if (ctx.version === '1.2') {
      const { rid: _rid, ...rest } = data.attrs;
      return { xml: el(prefixed(ctx, 'it'), { id: rest.id ?? String(tag.n), pos: role === 'start' ? 'open' : 'close', ...without(rest, 'id', 'pos') }, data.inner) };
    }
    if (local === 'sm' || local === 'em') return { xml: '' };
    if (local === 'sc') return { xml: el(data.name, { ...data.attrs, isolated: 'yes' }, undefined) };
    const { startRef, ...rest } = data.attrs;
    return { xml: el(data.name, { ...rest, id: rest.id ?? `${startRef ?? tag.n}e`, isolated: 'yes' }, undefined) };
  }
  if (role === 'container' && tag.kind === 'open' && balanced) {
    return { xml: `<${data.name}${attrList(data.attrs)}>`, closing: `</${data.name}>` };
  }
  if ((role === 'start' && tag.kind === 'open') || (role === 'end' && tag.kind === 'close')) {
    if (balanced) return { xml: el(data.name, data.attrs, data.inner) };
    return writeOriginal({ ...tag, kind: 'standalone' }, data, false, ctx, openInText);
  }
  if (role === 'start' && tag.kind === 'close') {
    // The close half of a start/end pair carries its own element (ex/ept/ec/em) in its data.
    return undefined;
  }
  return undefined;
}

function writeGeneric(tag: InlineTag, balanced: boolean, ctx: InlineWriteContext): { xml: string; closing?: string } {
  const id = String(tag.n);
  if (ctx.version === '1.2') {
    const ctype = ctypeFor(tag);
    if (tag.kind === 'standalone') return { xml: `<${prefixed(ctx, 'x')}${attrList({ id, ctype: placeholderCtype(tag) })}/>` };
    if (balanced) {
      if (tag.kind === 'close') return { xml: '' };
      const g = prefixed(ctx, 'g');
      return { xml: `<${g}${attrList({ id, ctype })}>`, closing: `</${g}>` };
    }
    return { xml: `<${prefixed(ctx, 'it')}${attrList({ id, pos: tag.kind === 'open' ? 'open' : 'close', ctype })}/>` };
  }
  const typed = typeAttrs2(tag);
  if (tag.kind === 'standalone') return { xml: `<${prefixed(ctx, 'ph')}${attrList({ id, ...typed })}/>` };
  if (balanced) {
    if (tag.kind === 'close') return { xml: '' };
    const pc = prefixed(ctx, 'pc');
    return { xml: `<${pc}${attrList({ id, ...typed })}>`, closing: `</${pc}>` };
  }
  if (tag.kind === 'open') return { xml: `<${prefixed(ctx, 'sc')}${attrList({ id: `${id}s`, isolated: 'yes', ...typed })}/>` };
  return { xml: `<${prefixed(ctx, 'ec')}${attrList({ id: `${id}e`, isolated: 'yes', ...typed })}/>` };
}

const TYPE_TO_CTYPE: Record<string, string> = { b: 'bold', i: 'italic', u: 'underlined', link: 'link' };
const TYPE_TO_PH_CTYPE: Record<string, string> = { br: 'lb', pb: 'pb', image: 'image' };

function ctypeFor(tag: InlineTag): string {
  return TYPE_TO_CTYPE[tag.type] ?? `x-${sanitizeType(tag.type)}`;
}

function placeholderCtype(tag: InlineTag): string {
  return TYPE_TO_PH_CTYPE[tag.type] ?? `x-${sanitizeType(tag.type)}`;
}

function typeAttrs2(tag: InlineTag): Record<string, string> {
  switch (tag.type) {
    case 'b':
    case 'i':
    case 'u':
      return { type: 'fmt', subType: `xlf:${tag.type}` };
    case 'br':
      return { type: 'fmt', subType: 'xlf:lb' };
    case 'pb':
      return { type: 'fmt', subType: 'xlf:pb' };
    case 'link':
      return { type: 'link' };
    case 'image':
      return { type: 'image' };
    default:
      return { type: 'other', subType: `padanan:${sanitizeType(tag.type)}` };
  }
}

function sanitizeType(type: string): string {
  return type.replace(/[^A-Za-z0-9._-]/g, '_') || 'tag';
}

function prefixed(ctx: InlineWriteContext, local: string): string {
  return `${ctx.prefix ?? ''}${local}`;
}

function collectRefs(data: XliffTagData, ctx: InlineWriteContext): void {
  if (!ctx.refs || !data.refs) return;
  for (const [id, xml] of Object.entries(data.refs)) ctx.refs.set(id, xml);
}

function without(attrs: Record<string, string>, ...names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) if (!names.includes(k)) out[k] = v;
  return out;
}

export function attrList(attrs: Record<string, string | undefined>): string {
  let out = '';
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) out += ` ${k}="${escapeXmlAttr(v)}"`;
  return out;
}

/** XLIFF 2 carries characters XML 1.0 cannot as <cp hex="…"/>. */
function escapeWithCp(text: string): string {
  const clean = checkXmlChars(text, 'replace');
  if (clean === text) return escapeXmlText(text);
  let out = '';
  for (const ch of text) {
    if (checkXmlChars(ch, 'replace') === ch) out += escapeXmlText(ch);
    else out += `<cp hex="${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}"/>`;
  }
  return out;
}
