import type { ProjectDocument, SegmentDraft, SegmentStatus } from '../model';
import { SOURCE_LANG, TARGET_LANG } from '../model';
import type { XmlEndTag, XmlStartTag } from '../xml/reader';
import { escapeXmlText } from '../xml/writer';
import { ContentCapture, InlineCollector, SegmentTagRegistry, attrList, writeInline, type Capture, type RawContent } from './xliffCommonInline';
import {
  combineSlotParts,
  continueParagraph,
  datatypeFor,
  finishHandBack,
  foreignDeclaration,
  leastStatus,
  noSegmentsError,
  readXliffEvents,
  segmentsBySlot,
  STATUS_TO_STATE12,
  statusFromState12,
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

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';
const XLIFF1_NS_PREFIX = 'urn:oasis:names:tc:xliff:document:1.';

/** Reads an XLIFF 1.x document (already decoded) into segments and a hand-back skeleton. */
export function readXliff12(text: string, fileName: string, now: number): { segments: SegmentDraft[]; skeleton: XliffSkeletonData } {
  const segments: SegmentDraft[] = [];
  const units: XliffUnitSlot[] = [];
  const langTags: XliffSkeletonData['langTags'] = [];
  const ids = new UnitIdAllocator();
  let paragraph = -1;

  // Inherited translate flags and paragraph groups (Padanan's own exports group sentences by paragraph).
  const groups: { depth: number; translate: boolean; paragraphGroup: boolean; paragraph?: number }[] = [];
  let unit: UnitState | undefined;

  // XLIFF 1.0 had no namespace, 1.1 its own; they read like 1.2.
  const isCore = (tag: { uri: string }) => tag.uri === XLIFF12_NS || tag.uri === '' || tag.uri.startsWith(XLIFF1_NS_PREFIX);

  readXliffEvents(text, fileName, isCore, {
    open(tag) {
      const depth = tag.depth;
      switch (tag.local) {
        case 'file':
          if (!tag.attrs['target-language']) langTags.push({ start: tag.start, end: tag.end, attrs: tag.attrs, name: tag.name });
          return;
        case 'group': {
          groups.push({
            depth,
            translate: translateFlag(tag, groups[groups.length - 1]),
            paragraphGroup: tag.attrs.restype === 'x-paragraph',
          });
          return;
        }
        case 'trans-unit': {
          unit = {
            depth,
            tag,
            translate: translateFlag(tag, groups[groups.length - 1]),
            prefix: tag.prefix ? `${tag.prefix}:` : '',
            notes: [],
            noteSpans: [],
          };
          return;
        }
      }
      if (!unit || depth !== unit.depth + 1) return;
      switch (tag.local) {
        case 'source':
          return new ContentCapture(tag, new InlineCollector('1.2', text), (c, end) => {
            unit!.source = c;
            unit!.sourceEnd = end;
          });
        case 'seg-source':
          return new SegmentedCapture(tag, text, (c, end) => {
            unit!.segSource = c;
            unit!.segSourceEnd = end;
          });
        case 'target':
          if (unit.segSource) {
            return new SegmentedCapture(tag, text, (c, end) => {
              unit!.segTarget = c;
              unit!.targetSpan = { start: tag.start, end };
              unit!.targetAttrs = tag.attrs;
            });
          }
          return new ContentCapture(tag, new InlineCollector('1.2', text), (c, end) => {
            unit!.target = c;
            unit!.targetSpan = { start: tag.start, end };
            unit!.targetAttrs = tag.attrs;
          });
        case 'note': {
          let noteText = '';
          return new TextCapture(tag, (t) => (noteText += t), (end) => {
            unit!.notes.push(noteText);
            unit!.noteSpans.push({ start: tag.start, end });
          });
        }
      }
      return undefined;
    },
    close(tag) {
      if (tag.local === 'group') {
        groups.pop();
        return;
      }
      if (tag.local === 'trans-unit' && unit && tag.depth === unit.depth) {
        finishUnit(unit);
        unit = undefined;
      }
    },
  });

  function finishUnit(u: UnitState): void {
    if (!u.source) return;
    const group = groups[groups.length - 1];
    const tuId = u.tag.attrs.id ?? '';
    const approved = u.tag.attrs.approved === 'yes';
    const state = u.targetAttrs?.state;
    const note = u.notes.filter((n) => n.trim() !== '').join('\n');
    const locked = !u.translate;
    const insertTargetAt = u.segSourceEnd ?? u.sourceEnd!;
    const slot: XliffUnitSlot = {
      prefix: u.prefix,
      segments: [],
      locked,
      note,
      noteSpans: u.noteSpans,
      insertNoteAt: u.targetSpan?.end ?? insertTargetAt,
      unitTag: { start: u.tag.start, end: u.tag.end, attrs: u.tag.attrs, name: u.tag.name },
      targetSpan: u.targetSpan,
      targetAttrs: u.targetAttrs,
      insertTargetAt,
    };
    const nextParagraph = () => {
      if (group?.paragraphGroup) return (group.paragraph ??= ++paragraph);
      return ++paragraph;
    };

    if (u.segSource && u.segSource.marks.length > 0) {
      const para = nextParagraph();
      slot.segGaps = u.segSource.gaps;
      slot.segMarks = u.segSource.marks.map((m) => m.attrs);
      const targets = new Map((u.segTarget?.marks ?? []).map((m) => [m.attrs.mid ?? '', m.content]));
      u.segSource.marks.forEach((mark, i) => {
        const mid = mark.attrs.mid ?? String(i + 1);
        const unitId = ids.take(`${tuId}:${mid}`);
        const registry = new SegmentTagRegistry(fileName, unitId);
        const source = registry.resolve(mark.content, 'source');
        const targetContent = targets.get(mark.attrs.mid ?? '');
        const target = targetContent ? registry.resolve(targetContent, 'target') : '';
        const status = statusFromState12(state, approved, target.trim() !== '');
        const gap = u.segSource!.gaps[i + 1] ?? '';
        pushSegment(slot, { unitId, source, target, status, note: i === 0 ? note : '', locked, tags: registry.tags, paragraph: para, gapAfter: i + 1 < u.segSource!.marks.length ? (/\s/.test(gap) ? ' ' : '') : '\n' });
      });
    } else {
      const registry = new SegmentTagRegistry(fileName, tuId);
      const source = registry.resolve(u.source, 'source');
      if (source.trim() === '') return;
      const para = nextParagraph();
      const unitId = ids.take(tuId);
      const target = u.target ? registry.resolve(u.target, 'target') : '';
      const status = statusFromState12(state, approved, u.target !== undefined && target.trim() !== '');
      pushSegment(slot, { unitId, source, target, status, note, locked, tags: registry.tags, paragraph: para, gapAfter: '\n' });
    }
    units.push(slot);
  }

  function pushSegment(
    slot: XliffUnitSlot,
    s: { unitId: string; source: string; target: string; status: SegmentStatus; note: string; locked: boolean; tags: SegmentDraft['tags']; paragraph: number; gapAfter: string },
  ): void {
    const draft = xliffDraft(
      { index: segments.length, unitId: s.unitId, paragraph: s.paragraph, source: s.source, target: s.target, status: s.status, note: s.note, gapAfter: s.gapAfter, updatedAt: now },
      s.tags,
      s.locked,
    );
    continueParagraph(segments[segments.length - 1], s.paragraph);
    segments.push(draft);
    const seg: XliffSegmentSlot = { unitId: s.unitId, target: s.target, status: s.status };
    slot.segments.push(seg);
  }

  if (segments.length === 0) throw noSegmentsError(fileName);
  return { segments, skeleton: { version: '1.2', text, declaration: foreignDeclaration(text), langTags, units } };
}

/** Hand-back: the original file with targets, states and notes of changed segments rewritten. */
export function writeXliff12Translation(skeleton: XliffSkeletonData, segments: readonly WritableSegment[]): Uint8Array {
  const edits: Edit[] = [];
  const bySlot = segmentsBySlot(skeleton.units, segments);
  let wroteTarget = false;
  for (const unit of skeleton.units) {
    const p = unit.prefix;
    const parts = unit.segments.map((s) => bySlot.get(s.unitId));
    const current = unit.segments.map((slot, i) => combine(parts[i], slot));
    const notes = parts.flatMap((ps) => (ps ?? []).map((s) => s.note)).filter((n) => n.trim() !== '');
    const note = notes.join('\n');
    const changed = current.some((c, i) => c.target !== unit.segments[i]!.target || c.status !== unit.segments[i]!.status);
    if (!unit.locked && changed) {
      const status = leastStatus(current.map((c) => c.status));
      let content: string;
      if (unit.segGaps && unit.segMarks) {
        content = unit.segGaps[0] ?? '';
        current.forEach((c, i) => {
          content += `<${p}mrk${attrList(unit.segMarks![i]!)}>${c.xml}</${p}mrk>${unit.segGaps![i + 1] ?? ''}`;
        });
      } else content = current[0]!.xml;
      const attrs = { ...(unit.targetAttrs ?? {}), state: STATUS_TO_STATE12[status] };
      const element = `<${p}target${attrList(attrs)}>${content}</${p}target>`;
      if (unit.targetSpan) edits.push({ ...unit.targetSpan, text: element });
      else edits.push({ start: unit.insertTargetAt!, end: unit.insertTargetAt!, text: element });
      wroteTarget = true;
      const wantApproved = status === 'reviewed' || status === 'final';
      const tag = unit.unitTag!;
      if ((tag.attrs.approved === 'yes') !== wantApproved) {
        const attrs2 = { ...tag.attrs };
        if (wantApproved) attrs2.approved = 'yes';
        else delete attrs2.approved;
        edits.push({ start: tag.start, end: tag.end, text: `<${tag.name}${attrList(attrs2)}>` });
      }
    }
    if (note !== unit.note) {
      // The insertion goes first: it shares its offset with the removal of the first old note.
      const at = unit.noteSpans[0]?.start ?? unit.insertNoteAt;
      if (note) edits.push({ start: at, end: at, text: `<${p}note>${escapeXmlText(note)}</${p}note>` });
      for (const span of unit.noteSpans) edits.push({ ...span, text: '' });
    }
  }
  return finishHandBack(skeleton, edits, wroteTarget, 'target-language', TARGET_LANG);
}

function combine(parts: readonly WritableSegment[] | undefined, slot: XliffSegmentSlot): { target: string; status: SegmentStatus; xml: string } {
  if (!parts || parts.length === 0) return { target: slot.target, status: slot.status, xml: '' };
  return combineSlotParts(parts, '1.2');
}

/** Export of any document's segments as a new XLIFF 1.2 file (one trans-unit per segment, grouped by paragraph). */
export function exportXliff12(doc: Pick<ProjectDocument, 'name' | 'format'>, segments: readonly WritableSegment[]): Uint8Array {
  const out: string[] = [];
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<xliff version="1.2" xmlns="${XLIFF12_NS}">\n`,
    ` <file${attrList({ original: doc.name, 'source-language': SOURCE_LANG, 'target-language': TARGET_LANG, datatype: datatypeFor(doc.format), 'tool-id': 'padanan', 'xml:space': 'preserve' })}>\n`,
    '  <header><tool tool-id="padanan" tool-name="Padanan"/></header>\n',
    '  <body>\n',
  );
  writeParagraphGroups(out, segments, '   ', 'restype="x-paragraph"', (s) => {
    const final = s.status === 'reviewed' || s.status === 'final';
    out.push(`    <trans-unit${attrList({ id: s.unitId, translate: s.locked ? 'no' : undefined, approved: final ? 'yes' : undefined })}>\n`);
    out.push(`     <source>${writeInline(s.source, s.tags, { version: '1.2', keepOriginal: true })}</source>\n`);
    if (s.target !== '' || s.status !== 'new') {
      out.push(`     <target state="${STATUS_TO_STATE12[s.status]}">${writeInline(s.target, s.tags, { version: '1.2', keepOriginal: true })}</target>\n`);
    }
    if (s.note) out.push(`     <note>${escapeXmlText(s.note)}</note>\n`);
    out.push('    </trans-unit>\n');
  });
  out.push('  </body>\n </file>\n</xliff>\n');
  return new TextEncoder().encode(out.join(''));
}

// ---- Reading helpers ---------------------------------------------------------------------------

interface UnitState {
  depth: number;
  tag: XmlStartTag;
  translate: boolean;
  prefix: string;
  source?: RawContent;
  sourceEnd?: number;
  segSource?: SegmentedContent;
  segSourceEnd?: number;
  target?: RawContent;
  segTarget?: SegmentedContent;
  targetSpan?: Span;
  targetAttrs?: Record<string, string>;
  notes: string[];
  noteSpans: Span[];
}

class TextCapture implements Capture {
  constructor(
    private readonly element: XmlStartTag,
    private readonly onText: (text: string) => void,
    private readonly done: (end: number) => void,
  ) {}

  open(): void {}

  close(tag: XmlEndTag): boolean {
    if (tag.depth !== this.element.depth) return false;
    this.done(tag.end);
    return true;
  }

  text(text: string): void {
    this.onText(text);
  }
}

interface SegmentedContent {
  /** Raw XML around the segment markers: gaps.length === marks.length + 1. */
  gaps: string[];
  marks: { attrs: Record<string, string>; content: RawContent }[];
}

/** <seg-source> (or a target in a segmented unit): <mrk mtype="seg"> children are the segments. */
class SegmentedCapture implements Capture {
  private readonly result: SegmentedContent = { gaps: [], marks: [] };
  private gapStart: number;
  private mark: { tag: XmlStartTag; collector: InlineCollector } | undefined;

  constructor(
    private readonly element: XmlStartTag,
    private readonly doc: string,
    private readonly done: (content: SegmentedContent, end: number) => void,
  ) {
    this.gapStart = element.end;
  }

  open(tag: XmlStartTag): void {
    if (this.mark) {
      this.mark.collector.open(tag);
      return;
    }
    if (tag.local === 'mrk' && tag.attrs.mtype === 'seg' && tag.depth === this.element.depth + 1) {
      this.result.gaps.push(this.doc.slice(this.gapStart, tag.start));
      this.mark = { tag, collector: new InlineCollector('1.2', this.doc) };
    }
  }

  close(tag: XmlEndTag): boolean {
    if (tag.depth === this.element.depth) {
      this.result.gaps.push(this.doc.slice(this.gapStart, this.doc.lastIndexOf('<', tag.end - 1)));
      this.done(this.result, tag.end);
      return true;
    }
    if (!this.mark) return false;
    if (tag.depth === this.mark.tag.depth) {
      this.endMark(tag.end);
      return false;
    }
    this.mark.collector.close(tag);
    return false;
  }

  text(text: string): void {
    this.mark?.collector.text(text);
  }

  private endMark(end: number): void {
    this.result.marks.push({ attrs: this.mark!.tag.attrs, content: { tokens: this.mark!.collector.tokens } });
    this.mark = undefined;
    this.gapStart = end;
  }
}
