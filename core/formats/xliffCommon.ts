import { SEGMENT_STATUSES, type DocumentFormat, type SegmentDraft, type SegmentStatus } from '../model';
import { PadananError } from '../errors';
import { XmlReader, type XmlEndTag, type XmlStartTag } from '../xml/reader';
import { escapeXmlText } from '../xml/writer';
import type { WritableSegment } from './types';
import { attrList, writeInline, type Capture, type XliffVersion } from './xliffCommonInline';

/**
 * What XLIFF 1.2 and 2.x share: state mapping, ids, the hand-back skeleton and the edit list that
 * rewrites the original file around the translated segments.
 */

// ---- Reading -----------------------------------------------------------------------------------

/**
 * Reads a whole XLIFF document. While a capture is active (an element whose content is being
 * collected) every event goes to it; otherwise the tags of the XLIFF namespace (`isCore`) go to
 * `open`, which may start a capture by returning it, and to `close`.
 */
export function readXliffEvents(
  text: string,
  fileName: string,
  isCore: (tag: { uri: string }) => boolean,
  on: { open(tag: XmlStartTag): Capture | undefined; close(tag: XmlEndTag): void },
): void {
  let capture: Capture | undefined;
  const reader = new XmlReader(
    {
      openTag(tag) {
        if (capture) capture.open(tag);
        else if (isCore(tag)) capture = on.open(tag);
      },
      closeTag(tag) {
        if (capture) {
          if (capture.close(tag)) capture = undefined;
        } else if (isCore(tag)) on.close(tag);
      },
      text(t) {
        capture?.text(t);
      },
    },
    { fileName },
  );
  reader.write(text);
  reader.close();
}

/** An imported segment; `tags` and `locked` are only set when there are tags or it is locked. */
export function xliffDraft(fields: Omit<SegmentDraft, 'tags' | 'locked'>, tags: SegmentDraft['tags'], locked: boolean): SegmentDraft {
  const draft: SegmentDraft = { ...fields };
  if (tags && tags.length) draft.tags = tags;
  if (locked) draft.locked = true;
  return draft;
}

/**
 * Units of one paragraph group (Padanan's own export) are sentences of one paragraph: the line end
 * after the previous segment becomes a space when the next unit continues its paragraph.
 */
export function continueParagraph(previous: SegmentDraft | undefined, paragraph: number): void {
  if (previous && previous.paragraph === paragraph && previous.gapAfter === '\n') previous.gapAfter = ' ';
}

/** translate="no" on an element, or on a container around it (`parent`), locks its text. */
export function translateFlag(tag: XmlStartTag, parent: { translate: boolean } | undefined): boolean {
  return tag.attrs.translate ? tag.attrs.translate !== 'no' : (parent?.translate ?? true);
}

// ---- States ------------------------------------------------------------------------------------

/** XLIFF 1.2 <target state> written for each status; read back to the same status. */
export const STATUS_TO_STATE12: Record<SegmentStatus, string> = {
  new: 'needs-translation',
  draft: 'needs-review-translation',
  translated: 'translated',
  reviewed: 'signed-off',
  final: 'final',
};

export function statusFromState12(state: string | undefined, approved: boolean, hasTarget: boolean): SegmentStatus {
  if (!hasTarget) return 'new';
  let status: SegmentStatus;
  switch (state) {
    case 'final':
      return 'final';
    case 'signed-off':
      return 'reviewed';
    case 'translated':
      status = 'translated';
      break;
    case 'needs-translation':
    case 'needs-adaptation':
    case 'needs-l10n':
      return 'new';
    case 'new':
    case 'needs-review-translation':
    case 'needs-review-adaptation':
    case 'needs-review-l10n':
      return 'draft';
    case undefined:
      // Many tools write a finished target without a state.
      status = 'translated';
      break;
    default:
      return 'draft';
  }
  return approved ? 'reviewed' : status;
}

/** XLIFF 2 <segment state> (+ subState for the two statuses 2.x folds into "initial"). */
export function state2ForStatus(status: SegmentStatus): { state: string; subState?: string } {
  switch (status) {
    case 'new':
      return { state: 'initial', subState: 'padanan:new' };
    case 'draft':
      return { state: 'initial', subState: 'padanan:draft' };
    default:
      return { state: status };
  }
}

export function statusFromState2(state: string | undefined, subState: string | undefined, hasTarget: boolean): SegmentStatus {
  if (subState?.startsWith('padanan:')) {
    const s = subState.slice(8);
    if ((SEGMENT_STATUSES as readonly string[]).includes(s)) return s as SegmentStatus;
  }
  switch (state) {
    case 'translated':
    case 'reviewed':
    case 'final':
      return state;
    default:
      return hasTarget ? 'draft' : 'new';
  }
}

/** The least advanced of several statuses (a 1.2 target made of several segments has one state). */
export function leastStatus(statuses: readonly SegmentStatus[]): SegmentStatus {
  let min = SEGMENT_STATUSES.length - 1;
  for (const s of statuses) min = Math.min(min, SEGMENT_STATUSES.indexOf(s));
  return SEGMENT_STATUSES[min]!;
}

// ---- Ids ---------------------------------------------------------------------------------------

/** Hands out document-unique segment ids, keeping the file's own id whenever it is free. */
export class UnitIdAllocator {
  private readonly used = new Set<string>();

  take(candidate: string): string {
    let id = candidate || String(this.used.size + 1);
    for (let k = 2; this.used.has(id); k++) id = `${candidate}~${k}`;
    this.used.add(id);
    return id;
  }
}

/** XLIFF 2 ids are NMTOKENs: other characters are written as _xHHHH_ (and read back). */
export function toNmtoken(id: string): string {
  return id.replace(/[^\p{L}\p{N}.\-:]|_(?=x[0-9A-F]{4}_)/gu, (c) => `_x${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}_`);
}

export function fromNmtoken(id: string): string {
  return id.replace(/_x([0-9A-F]{4,6})_/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

/**
 * Export body shared by 1.2 and 2.1: the segments in document order, one <group> per paragraph
 * (`groupType` is the attribute that marks it as Padanan's paragraph group), `writeUnit` writing each.
 */
export function writeParagraphGroups(
  out: string[],
  segments: readonly WritableSegment[],
  indent: string,
  groupType: string,
  writeUnit: (segment: WritableSegment) => void,
): void {
  const sorted = [...segments].sort((a, b) => a.index - b.index);
  let open: number | undefined;
  const groupId = paragraphGroupIds();
  for (const s of sorted) {
    if (s.paragraph !== open) {
      if (open !== undefined) out.push(`${indent}</group>\n`);
      out.push(`${indent}<group id="${groupId(s.paragraph)}" ${groupType}>\n`);
      open = s.paragraph;
    }
    writeUnit(s);
  }
  if (open !== undefined) out.push(`${indent}</group>\n`);
}

/** Ids for paragraph groups, unique even if a paragraph number comes back after another. */
function paragraphGroupIds(): (paragraph: number) => string {
  const used = new Set<string>();
  return (paragraph) => {
    let id = `padanan-p${paragraph + 1}`;
    for (let k = 2; used.has(id); k++) id = `padanan-p${paragraph + 1}-${k}`;
    used.add(id);
    return id;
  };
}

/** XLIFF 1.2 datatype for a document format. */
export function datatypeFor(format: DocumentFormat): string {
  switch (format) {
    case 'txt':
      return 'plaintext';
    case 'html':
      return 'html';
    case 'xliff12':
    case 'xliff2':
      return 'xml';
    default:
      return `x-${format}`;
  }
}

// ---- Hand-back skeleton ------------------------------------------------------------------------

/** A place in the original file, as offsets into its decoded text. */
export interface Span {
  start: number;
  end: number;
}

/** One segment as imported: where it sits and what it held, to rewrite only what changed. */
export interface XliffSegmentSlot {
  unitId: string;
  /** Imported values: an unchanged segment leaves its bytes untouched. */
  target: string;
  status: SegmentStatus;
  /** 2.x: the <segment> start tag (state and subState live there). */
  segmentTag?: Span & { attrs: Record<string, string>; name: string };
  /** 2.x: the existing <target> element, or where a new one goes (end of </source>). */
  targetSpan?: Span;
  targetAttrs?: Record<string, string>;
  insertTargetAt?: number;
}

/** One trans-unit / unit: its segments and the edit points that belong to the unit. */
export interface XliffUnitSlot {
  /** Qualified-name prefix used for core elements in this file ('' or e.g. 'xlf:'). */
  prefix: string;
  segments: XliffSegmentSlot[];
  locked: boolean;
  /** Notes as imported (joined), their element spans, and where a new note goes. */
  note: string;
  noteSpans: Span[];
  insertNoteAt: number;
  /** 1.2: the trans-unit start tag (approved lives there). */
  unitTag?: Span & { attrs: Record<string, string>; name: string };
  /** 1.2: the existing <target> element or where a new one goes; attributes of the old one. */
  targetSpan?: Span;
  targetAttrs?: Record<string, string>;
  insertTargetAt?: number;
  /** 1.2 seg-source: raw XML before, between and after the <mrk mtype="seg"> segments. */
  segGaps?: string[];
  /** 1.2 seg-source: mrk attributes per segment. */
  segMarks?: Record<string, string>[];
}

export interface XliffSkeletonData {
  version: '1.2' | '2';
  /** The original file, decoded. */
  text: string;
  /** The XML declaration, if it names an encoding other than UTF-8 (rewritten on hand-back). */
  declaration?: Span;
  /** Start tags that may need a target language added: 1.2 <file>s, 2.x <xliff>. */
  langTags: (Span & { attrs: Record<string, string>; name: string })[];
  units: XliffUnitSlot[];
}

// ---- Edits -------------------------------------------------------------------------------------

export interface Edit extends Span {
  text: string;
}

/** Applies non-overlapping edits (insertions have start === end) in one pass. */
function applyEdits(text: string, edits: Edit[]): string {
  // At one offset, insertions go before a replacement that starts there.
  const isInsert = (e: Edit) => (e.end === e.start ? 0 : 1);
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || isInsert(a.e) - isInsert(b.e) || a.i - b.i);
  const parts: string[] = [];
  let cursor = 0;
  for (const { e } of sorted) {
    if (e.start < cursor) continue;
    parts.push(text.slice(cursor, e.start), e.text);
    cursor = e.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/**
 * Assigns the document's current segments to the imported slots by unit id. Segments made by a
 * split (new ids) go with the slot before them; a slot whose segment was joined away gets nothing.
 */
export function segmentsBySlot(units: readonly XliffUnitSlot[], segments: readonly WritableSegment[]): Map<string, WritableSegment[]> {
  const known = new Set(units.flatMap((u) => u.segments.map((s) => s.unitId)));
  const out = new Map<string, WritableSegment[]>();
  let current: WritableSegment[] | undefined;
  for (const s of [...segments].sort((a, b) => a.index - b.index)) {
    if (known.has(s.unitId) && !out.has(s.unitId)) {
      current = [s];
      out.set(s.unitId, current);
    } else if (current) current.push(s);
  }
  return out;
}

/**
 * The segments now occupying one imported slot, joined back into one target: its text (to compare
 * with the imported one), the least advanced status and the inline XML to write.
 */
export function combineSlotParts(parts: readonly WritableSegment[], version: XliffVersion): { target: string; status: SegmentStatus; xml: string } {
  let target = '';
  let xml = '';
  parts.forEach((s, i) => {
    const gap = i + 1 < parts.length ? s.gapAfter : '';
    target += s.target + gap;
    xml += writeInline(s.target, s.tags, { version, keepOriginal: true }) + escapeXmlText(gap);
  });
  return { target, status: leastStatus(parts.map((s) => s.status)), xml };
}

/**
 * The edits every hand-back ends with, applied: the target language (`langAttr`) added to the tags
 * that lack it once a target was written, and a foreign encoding declaration rewritten to UTF-8.
 */
export function finishHandBack(skeleton: XliffSkeletonData, edits: Edit[], wroteTarget: boolean, langAttr: string, lang: string): Uint8Array {
  if (wroteTarget) {
    for (const tag of skeleton.langTags) {
      edits.push({ start: tag.start, end: tag.end, text: `<${tag.name}${attrList({ ...tag.attrs, [langAttr]: lang })}>` });
    }
  }
  if (skeleton.declaration) edits.push({ ...skeleton.declaration, text: utf8Declaration(skeleton.text.slice(skeleton.declaration.start, skeleton.declaration.end)) });
  return new TextEncoder().encode(applyEdits(skeleton.text, edits));
}

export function noSegmentsError(fileName: string): PadananError {
  return new PadananError('xliff.noSegments', `${fileName || 'The XLIFF file'} contains no text to translate.`, { file: fileName });
}

// ---- Declaration -------------------------------------------------------------------------------

/** The XML declaration when it names an encoding other than UTF-8 (hand-back is always UTF-8). */
export function foreignDeclaration(text: string): Span | undefined {
  const m = /^<\?xml[^>]*?\?>/.exec(text);
  if (!m) return undefined;
  const enc = /encoding\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1];
  return enc && !/^utf-?8$/i.test(enc) ? { start: 0, end: m[0].length } : undefined;
}

function utf8Declaration(declaration: string): string {
  return declaration.replace(/(encoding\s*=\s*)(["'])[^"']*\2/, '$1$2UTF-8$2');
}
