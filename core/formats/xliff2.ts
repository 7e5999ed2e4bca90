import type { ProjectDocument, SegmentDraft } from '../model';
import { SOURCE_LANG, TARGET_LANG } from '../model';
import type { XmlEndTag, XmlStartTag } from '../xml/reader';
import { escapeXmlText } from '../xml/writer';
import { ContentCapture, InlineCollector, SegmentTagRegistry, attrList, writeInline, type Capture, type RawContent } from './xliffCommonInline';
import {
  combineSlotParts,
  continueParagraph,
  finishHandBack,
  foreignDeclaration,
  fromNmtoken,
  noSegmentsError,
  readXliffEvents,
  segmentsBySlot,
  state2ForStatus,
  statusFromState2,
  toNmtoken,
  translateFlag,
  UnitIdAllocator,
  writeParagraphGroups,
  xliffDraft,
  type Edit,
  type Span,
  type XliffSegmentSlot,
  type XliffSkeletonData,
  type XliffUnitSlot,
} from './xliffCommon';
import type { WritableSegment } from './types';

export const XLIFF20_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF22_NS = 'urn:oasis:names:tc:xliff:document:2.2';

/** Reads an XLIFF 2.x document (already decoded) into segments and a hand-back skeleton. */
export function readXliff2(text: string, fileName: string, now: number): { segments: SegmentDraft[]; skeleton: XliffSkeletonData } {
  const segments: SegmentDraft[] = [];
  const units: XliffUnitSlot[] = [];
  const langTags: XliffSkeletonData['langTags'] = [];
  const ids = new UnitIdAllocator();
  let paragraph = -1;
  const containers: { depth: number; translate: boolean; paragraphGroup: boolean; paragraph?: number }[] = [];
  let unit: UnitState | undefined;
  let seg: SegmentState | undefined;

  const isCore = (tag: { uri: string }) => tag.uri === XLIFF20_NS || tag.uri === XLIFF22_NS;

  readXliffEvents(text, fileName, isCore, {
    open(tag) {
      const parent = containers[containers.length - 1];
      switch (tag.local) {
        case 'xliff':
          if (!tag.attrs.trgLang) langTags.push({ start: tag.start, end: tag.end, attrs: tag.attrs, name: tag.name });
          return;
        case 'file':
        case 'group':
          containers.push({ depth: tag.depth, translate: translateFlag(tag, parent), paragraphGroup: tag.local === 'group' && tag.attrs.type === 'padanan:paragraph' });
          return;
        case 'unit':
          unit = {
            depth: tag.depth,
            tag,
            translate: translateFlag(tag, parent),
            prefix: tag.prefix ? `${tag.prefix}:` : '',
            notes: [],
            refs: new Map(),
            segments: [],
            insertNoteAt: undefined,
          };
          return;
      }
      if (!unit) return;
      if (tag.depth === unit.depth + 1) {
        unit.insertNoteAt ??= tag.local === 'originalData' || tag.local === 'segment' || tag.local === 'ignorable' ? tag.start : undefined;
        switch (tag.local) {
          case 'notes':
            return new NotesCapture(tag, (notes, end) => {
              unit!.notes = notes;
              unit!.notesSpan = { start: tag.start, end };
            });
          case 'originalData':
            return new OriginalDataCapture(tag, text, unit.refs);
          case 'segment':
            seg = { tag, ignorable: false };
            unit.segments.push(seg);
            return;
          case 'ignorable':
            seg = { tag, ignorable: true };
            unit.segments.push(seg);
            return;
        }
        return;
      }
      if (seg && tag.depth === seg.tag.depth + 1 && (tag.local === 'source' || tag.local === 'target')) {
        const current = seg;
        return new ContentCapture(tag, new InlineCollector('2', text, unit.refs), (content, end) => {
          if (tag.local === 'source') {
            current.source = content;
            current.sourceEnd = end;
          } else {
            current.target = content;
            current.targetSpan = { start: tag.start, end };
            current.targetAttrs = tag.attrs;
          }
        });
      }
      return undefined;
    },
    close(tag) {
      if (tag.local === 'file' || tag.local === 'group') containers.pop();
      else if (tag.local === 'unit' && unit) {
        finishUnit(unit);
        unit = undefined;
      } else if ((tag.local === 'segment' || tag.local === 'ignorable') && seg) seg = undefined;
    },
  });

  function finishUnit(u: UnitState): void {
    const container = containers[containers.length - 1];
    const real = u.segments.filter((s) => !s.ignorable && s.source);
    if (real.length === 0) return;
    const unitIdBase = fromNmtoken(u.tag.attrs.id ?? '');
    const note = u.notes.filter((n) => n.trim() !== '').join('\n');
    const locked = !u.translate;
    const para = container?.paragraphGroup ? (container.paragraph ??= ++paragraph) : ++paragraph;
    const slot: XliffUnitSlot = {
      prefix: u.prefix,
      segments: [],
      locked,
      note,
      noteSpans: u.notesSpan ? [u.notesSpan] : [],
      insertNoteAt: u.insertNoteAt ?? u.tag.end,
    };
    let first = true;
    let k = 0;
    for (const s of u.segments) {
      if (s.ignorable) {
        const prev = segments[segments.length - 1];
        const gap = plainText(s.source);
        if (prev && !first) prev.gapAfter += gap;
        continue;
      }
      if (!s.source) continue;
      k++;
      const candidate = real.length === 1 ? unitIdBase : `${unitIdBase}:${s.tag.attrs.id ? fromNmtoken(s.tag.attrs.id) : k}`;
      const unitId = ids.take(candidate);
      const registry = new SegmentTagRegistry(fileName, unitId);
      const source = registry.resolve(s.source, 'source');
      const target = s.target ? registry.resolve(s.target, 'target') : '';
      const status = statusFromState2(s.tag.attrs.state, s.tag.attrs.subState, target.trim() !== '');
      const draft = xliffDraft(
        { index: segments.length, unitId, paragraph: para, source, target, status, note: first ? note : '', gapAfter: '', updatedAt: now },
        registry.tags,
        locked,
      );
      if (first) continueParagraph(segments[segments.length - 1], para);
      segments.push(draft);
      first = false;
      const slotSeg: XliffSegmentSlot = {
        unitId,
        target,
        status,
        segmentTag: { start: s.tag.start, end: s.tag.end, attrs: s.tag.attrs, name: s.tag.name },
        targetSpan: s.targetSpan,
        targetAttrs: s.targetAttrs,
        insertTargetAt: s.sourceEnd,
      };
      slot.segments.push(slotSeg);
    }
    const last = segments[segments.length - 1];
    if (last) last.gapAfter += '\n';
    units.push(slot);
  }

  if (segments.length === 0) throw noSegmentsError(fileName);
  return { segments, skeleton: { version: '2', text, declaration: foreignDeclaration(text), langTags, units } };
}

/** Hand-back: the original file with targets, states and notes of changed segments rewritten. */
export function writeXliff2Translation(skeleton: XliffSkeletonData, segments: readonly WritableSegment[]): Uint8Array {
  const edits: Edit[] = [];
  const bySlot = segmentsBySlot(skeleton.units, segments);
  let wroteTarget = false;
  for (const unit of skeleton.units) {
    const p = unit.prefix;
    const notes: string[] = [];
    for (const slot of unit.segments) {
      const parts = bySlot.get(slot.unitId);
      for (const s of parts ?? []) if (s.note.trim() !== '') notes.push(s.note);
      if (unit.locked || !parts || parts.length === 0) continue;
      const c = combineSlotParts(parts, '2');
      if (c.target === slot.target && c.status === slot.status) continue;
      const needsTarget = c.target !== '' || c.status !== 'new' || slot.targetSpan !== undefined;
      if (needsTarget) {
        const element = `<${p}target${attrList(slot.targetAttrs ?? {})}>${c.xml}</${p}target>`;
        if (slot.targetSpan) edits.push({ ...slot.targetSpan, text: element });
        else edits.push({ start: slot.insertTargetAt!, end: slot.insertTargetAt!, text: element });
        wroteTarget = true;
      }
      const tag = slot.segmentTag!;
      const { state, subState } = state2ForStatus(c.status);
      const attrs: Record<string, string> = { ...tag.attrs, state };
      if (subState) attrs.subState = subState;
      else delete attrs.subState;
      edits.push({ start: tag.start, end: tag.end, text: `<${tag.name}${attrList(attrs)}>` });
    }
    const note = notes.join('\n');
    if (note !== unit.note) {
      const replacement = note ? `<${p}notes><${p}note>${escapeXmlText(note)}</${p}note></${p}notes>` : '';
      const span = unit.noteSpans[0];
      if (span) edits.push({ ...span, text: replacement });
      else if (note) edits.push({ start: unit.insertNoteAt, end: unit.insertNoteAt, text: replacement });
    }
  }
  return finishHandBack(skeleton, edits, wroteTarget, 'trgLang', TARGET_LANG);
}

export const GLOSSARY_NS = 'urn:oasis:names:tc:xliff:glossary:2.0';

/** A glossary entry for a unit's <gls:glossary> (XLIFF 2 Glossary module). */
export interface GlossaryEntry {
  /** The term as it appears in the source. */
  term: string;
  translation: string;
  definition?: string;
  /** Where the entry comes from (glossary name), written as the term's `source`. */
  origin?: string;
}

export interface Xliff21ExportOptions {
  /** Glossary entries for a segment, written with the XLIFF 2 Glossary module. */
  glossary?: (segment: WritableSegment) => readonly GlossaryEntry[];
}

/** Export of any document's segments as a new XLIFF 2.1 file (one unit per segment, grouped by paragraph). */
export function exportXliff21(doc: Pick<ProjectDocument, 'name' | 'format'>, segments: readonly WritableSegment[], options: Xliff21ExportOptions = {}): Uint8Array {
  const out: string[] = [];
  const gls = options.glossary ? ` xmlns:gls="${GLOSSARY_NS}"` : '';
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<xliff xmlns="${XLIFF20_NS}"${gls} version="2.1" srcLang="${SOURCE_LANG}" trgLang="${TARGET_LANG}">\n`,
    ` <file${attrList({ id: 'f1', original: doc.name, 'xml:space': 'preserve' })}>\n`,
  );
  writeParagraphGroups(out, segments, '  ', 'type="padanan:paragraph"', (s) => {
    const refs = new Map<string, string>();
    const source = writeInline(s.source, s.tags, { version: '2', keepOriginal: true, refs });
    const hasTarget = s.target !== '' || s.status !== 'new';
    const target = hasTarget ? writeInline(s.target, s.tags, { version: '2', keepOriginal: true, refs }) : '';
    const { state, subState } = state2ForStatus(s.status);
    out.push(`   <unit${attrList({ id: toNmtoken(s.unitId), translate: s.locked ? 'no' : undefined })}>\n`);
    const entries = options.glossary?.(s) ?? [];
    if (entries.length) {
      out.push('    <gls:glossary>');
      for (const e of entries) {
        out.push(`<gls:glossEntry><gls:term${attrList({ source: e.origin })}>${escapeXmlText(e.term)}</gls:term><gls:translation>${escapeXmlText(e.translation)}</gls:translation>`);
        if (e.definition) out.push(`<gls:definition>${escapeXmlText(e.definition)}</gls:definition>`);
        out.push('</gls:glossEntry>');
      }
      out.push('</gls:glossary>\n');
    }
    if (s.note) out.push(`    <notes><note>${escapeXmlText(s.note)}</note></notes>\n`);
    if (refs.size) out.push(`    <originalData>${[...refs.values()].join('')}</originalData>\n`);
    out.push(`    <segment${attrList({ state, subState })}>\n`);
    out.push(`     <source>${source}</source>\n`);
    if (hasTarget) out.push(`     <target>${target}</target>\n`);
    out.push('    </segment>\n   </unit>\n');
  });
  out.push(' </file>\n</xliff>\n');
  return new TextEncoder().encode(out.join(''));
}

// ---- Reading helpers ---------------------------------------------------------------------------

interface SegmentState {
  tag: XmlStartTag;
  ignorable: boolean;
  source?: RawContent;
  sourceEnd?: number;
  target?: RawContent;
  targetSpan?: Span;
  targetAttrs?: Record<string, string>;
}

interface UnitState {
  depth: number;
  tag: XmlStartTag;
  translate: boolean;
  prefix: string;
  notes: string[];
  notesSpan?: Span;
  refs: Map<string, string>;
  segments: SegmentState[];
  insertNoteAt: number | undefined;
}

class NotesCapture implements Capture {
  private readonly notes: string[] = [];
  private current: string | undefined;

  constructor(
    private readonly element: XmlStartTag,
    private readonly done: (notes: string[], end: number) => void,
  ) {}

  open(tag: XmlStartTag): void {
    if (tag.local === 'note' && tag.depth === this.element.depth + 1) this.current = '';
  }

  close(tag: XmlEndTag): boolean {
    if (tag.depth === this.element.depth) {
      this.done(this.notes, tag.end);
      return true;
    }
    if (tag.local === 'note' && tag.depth === this.element.depth + 1 && this.current !== undefined) {
      this.notes.push(this.current);
      this.current = undefined;
    }
    return false;
  }

  text(text: string): void {
    if (this.current !== undefined) this.current += text;
  }
}

/** Keeps each <data> element of <originalData> as raw XML, so that codes referring to it can carry it. */
class OriginalDataCapture implements Capture {
  private data: XmlStartTag | undefined;

  constructor(
    private readonly element: XmlStartTag,
    private readonly doc: string,
    private readonly refs: Map<string, string>,
  ) {}

  open(tag: XmlStartTag): void {
    if (tag.local === 'data' && tag.depth === this.element.depth + 1) this.data = tag;
  }

  close(tag: XmlEndTag): boolean {
    if (tag.depth === this.element.depth) return true;
    if (this.data && tag.depth === this.data.depth) {
      const id = this.data.attrs.id;
      if (id !== undefined) this.refs.set(id, this.doc.slice(this.data.start, tag.end));
      this.data = undefined;
    }
    return false;
  }

  text(): void {}
}

function plainText(content: RawContent | undefined): string {
  return (content?.tokens ?? []).filter((t): t is string => typeof t === 'string').join('');
}
