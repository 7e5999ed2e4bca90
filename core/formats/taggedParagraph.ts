import { TAG_MAX_PER_SEGMENT, type InlineTag, type InlineTagKind, type SegmentDraft } from '../model';
import { parseTagChar, tagChar } from './inlineTags';
import { PadananError } from '../errors';
import type { Segmenter } from '../segment/index';

/**
 * Shared by the document codecs (Markdown, HTML, DOCX): a paragraph is read as a list of text and
 * inline-tag tokens, segmented on its plain text, and each segment gets its own tags numbered from 1.
 * On export a target is turned back into tokens with any broken tag structure repaired, so a
 * translator's slip can never produce broken markup.
 */

/** A tag while a paragraph is being read; `pair` links an open tag to its close tag. */
export interface ParagraphTag {
  kind: InlineTagKind;
  type: string;
  data?: unknown;
  pair?: number;
}

export type ParagraphToken = { text: string } | { tag: ParagraphTag };

/** Collects a paragraph's tokens while a reader walks the format's inline markup. */
export class TaggedParagraphBuilder {
  readonly tokens: ParagraphToken[] = [];
  private pairs = 0;

  text(text: string): void {
    if (!text) return;
    const last = this.tokens[this.tokens.length - 1];
    if (last && 'text' in last) last.text += text;
    else this.tokens.push({ text });
  }

  /** Returns the pair id to pass to close(). */
  open(type: string, data?: unknown): number {
    const pair = ++this.pairs;
    this.tokens.push({ tag: { kind: 'open', type, data, pair } });
    return pair;
  }

  close(pair: number, type: string, data?: unknown): void {
    this.tokens.push({ tag: { kind: 'close', type, data, pair } });
  }

  standalone(type: string, data?: unknown): void {
    this.tokens.push({ tag: { kind: 'standalone', type, data } });
  }

  plainText(): string {
    let s = '';
    for (const t of this.tokens) if ('text' in t) s += t.text;
    return s;
  }
}

export interface TaggedSegment {
  source: string;
  tags: InlineTag[];
  /** Whitespace after this segment inside the paragraph ('' or the paragraph's trailing space for the last). */
  gapAfter: string;
}

export interface SegmentedTaggedParagraph {
  /** Whitespace before the first segment (never contains tags). */
  leading: string;
  segments: TaggedSegment[];
}

/**
 * Appends a segmented paragraph to a document's segments as new, untranslated drafts numbered on
 * from the last; `lastGap` replaces the last one's gap after (what joins it to the next paragraph).
 */
export function appendParagraphDrafts(
  drafts: SegmentDraft[],
  paragraph: number,
  segmented: SegmentedTaggedParagraph,
  lastGap: string,
  now: number,
): void {
  segmented.segments.forEach((s, i) => {
    const draft: SegmentDraft = {
      index: drafts.length,
      unitId: String(drafts.length + 1),
      paragraph,
      source: s.source,
      target: '',
      status: 'new',
      note: '',
      gapAfter: i === segmented.segments.length - 1 ? lastGap : s.gapAfter,
      updatedAt: now,
    };
    if (s.tags.length) draft.tags = s.tags;
    drafts.push(draft);
  });
}

interface PlacedTag {
  tag: ParagraphTag;
  /** Index in the plain text the tag stands before. */
  pos: number;
  /** Order among all tags of the paragraph. */
  order: number;
}

/**
 * Segments a tagged paragraph. Tags at a sentence boundary go with the sentence they belong to
 * (closing tags with the one before, the rest with the one after); a boundary that would split a
 * tag pair or leave a tag in the whitespace between sentences is not used, so every segment holds
 * complete pairs. Returns null when the paragraph has no translatable text.
 */
export function segmentTaggedParagraph(
  tokens: readonly ParagraphToken[],
  segmenter: Segmenter,
  options: SegmentTaggedOptions = {},
): SegmentedTaggedParagraph | null {
  let plain = '';
  let placed: PlacedTag[] = [];
  for (const t of tokens) {
    if ('text' in t) plain += t.text;
    else placed.push({ tag: t.tag, pos: plain.length, order: placed.length });
  }
  const { segments, gaps } = segmenter.segmentParagraph(plain);
  if (segments.length === 0) return null;

  // Segment ranges [start, end) in the plain text.
  const ranges: { start: number; end: number }[] = [];
  let cursor = gaps[0]!.length;
  segments.forEach((s, i) => {
    ranges.push({ start: cursor, end: cursor + s.length });
    cursor += s.length + gaps[i + 1]!.length;
  });
  if (options.splittable) placed = splitPairsAtBoundaries(placed, ranges, options.splittable);
  // Tags in the leading or trailing whitespace pull the segment edge out to them.
  for (const p of placed) {
    if (p.pos < ranges[0]!.start) ranges[0]!.start = p.pos;
    const last = ranges[ranges.length - 1]!;
    if (p.pos > last.end) last.end = p.pos;
  }

  let owner: number[];
  for (;;) {
    const result = assignTags(placed, ranges);
    if (result.mergeAt < 0) {
      owner = result.owner;
      break;
    }
    const k = result.mergeAt;
    ranges.splice(k - 1, 2, { start: ranges[k - 1]!.start, end: ranges[k]!.end });
  }

  const out: TaggedSegment[] = [];
  let tagIndex = 0;
  for (let k = 0; k < ranges.length; k++) {
    const { start, end } = ranges[k]!;
    const numbers = new Map<number, number>();
    const segTags: InlineTag[] = [];
    let next = 1;
    let source = '';
    let cursor = start;
    for (; tagIndex < placed.length && owner[tagIndex] === k; tagIndex++) {
      const { tag, pos } = placed[tagIndex]!;
      let n: number;
      if (tag.kind === 'close') n = numbers.get(tag.pair!)!;
      else {
        n = next++;
        if (tag.kind === 'open') numbers.set(tag.pair!, n);
      }
      if (n >= TAG_MAX_PER_SEGMENT) {
        throw new PadananError('format.tooManyTags', `A sentence has more than ${TAG_MAX_PER_SEGMENT - 1} inline codes.`, {
          max: TAG_MAX_PER_SEGMENT - 1,
        });
      }
      segTags.push(tag.data === undefined ? { n, kind: tag.kind, type: tag.type } : { n, kind: tag.kind, type: tag.type, data: tag.data });
      source += plain.slice(cursor, pos) + tagChar(tag.kind, n);
      cursor = pos;
    }
    source += plain.slice(cursor, end);
    const gapEnd = k + 1 < ranges.length ? ranges[k + 1]!.start : plain.length;
    out.push({ source, tags: segTags, gapAfter: plain.slice(end, gapEnd) });
  }
  return { leading: plain.slice(0, ranges[0]!.start), segments: out };
}

export interface SegmentTaggedOptions {
  /**
   * Pairs that mean "this text has formatting X" (a DOCX run property, an HTML <b>) can be closed at
   * a sentence end and opened again at the next sentence without changing the document; other
   * pairs keep their sentences together.
   */
  splittable?: (tag: ParagraphTag) => boolean;
}

/** Closes splittable pairs open across a sentence boundary before it and reopens them after it. */
function splitPairsAtBoundaries(
  placed: readonly PlacedTag[],
  ranges: readonly { start: number; end: number }[],
  splittable: (tag: ParagraphTag) => boolean,
): PlacedTag[] {
  const out: PlacedTag[] = [];
  const stack: ParagraphTag[] = [];
  const current = new Map<number, number>();
  // A pair closed early is closed with its own closing markup.
  const closing = new Map<number, ParagraphTag>();
  for (const p of placed) if (p.tag.kind === 'close') closing.set(p.tag.pair!, p.tag);
  const original = new Map<number, number>();
  let nextPair = -1;
  let i = 0;
  const take = (p: PlacedTag) => {
    const tag = p.tag;
    if (tag.kind === 'open') {
      stack.push(tag);
      out.push(p);
    } else if (tag.kind === 'close') {
      const pair = current.get(tag.pair!) ?? tag.pair!;
      const at = stack.findIndex((t) => t.pair === pair);
      if (at >= 0) stack.splice(at, 1);
      out.push(pair === tag.pair ? p : { ...p, tag: { ...tag, pair } });
    } else out.push(p);
  };
  for (let k = 0; k + 1 < ranges.length; k++) {
    const e = ranges[k]!.end;
    const s = ranges[k + 1]!.start;
    while (i < placed.length && placed[i]!.pos <= e) take(placed[i++]!);
    if (s === e || stack.length === 0) continue;
    if (i < placed.length && placed[i]!.pos < s) continue;
    if (!stack.every(splittable)) continue;
    for (let j = stack.length - 1; j >= 0; j--) {
      const t = stack[j]!;
      const close = closing.get(original.get(t.pair!) ?? t.pair!);
      out.push({ tag: { ...t, kind: 'close', data: close ? close.data : t.data }, pos: e, order: 0 });
    }
    const reopened = stack.map((t) => {
      const pair = nextPair--;
      original.set(pair, original.get(t.pair!) ?? t.pair!);
      for (const [orig, cur] of current) if (cur === t.pair) current.set(orig, pair);
      if (!current.has(t.pair!)) current.set(t.pair!, pair);
      const open: ParagraphTag = { ...t, pair };
      out.push({ tag: open, pos: s, order: 0 });
      return open;
    });
    stack.splice(0, stack.length, ...reopened);
  }
  while (i < placed.length) take(placed[i++]!);
  out.forEach((p, order) => (p.order = order));
  return out;
}

/** Which segment owns each tag; mergeAt > 0 asks to join segment mergeAt-1 with segment mergeAt. */
function assignTags(placed: readonly PlacedTag[], ranges: readonly { start: number; end: number }[]): { owner: number[]; mergeAt: number } {
  const owner: number[] = new Array(placed.length);
  let k = 0;
  for (let i = 0; i < placed.length; i++) {
    const { pos, tag } = placed[i]!;
    while (k + 1 < ranges.length && pos > ranges[k]!.end) k++;
    const r = ranges[k]!;
    if (pos < r.start) {
      // In the whitespace between segment k-1 and k.
      return { owner, mergeAt: k };
    }
    if (pos < r.end || k + 1 >= ranges.length) {
      owner[i] = k;
      continue;
    }
    // pos === r.end: the boundary between segment k and k+1.
    const nextStart = ranges[k + 1]!.start;
    if (nextStart > pos) {
      owner[i] = k;
    } else {
      // No whitespace between the segments: leading closing tags stay behind, the rest move on.
      const prevSameSpot = i > 0 && placed[i - 1]!.pos === pos ? owner[i - 1]! : k;
      owner[i] = tag.kind === 'close' && prevSameSpot === k ? k : k + 1;
    }
  }
  // A pair whose open and close ended up in different segments joins them.
  const openOwner = new Map<number, number>();
  for (let i = 0; i < placed.length; i++) {
    const { tag } = placed[i]!;
    if (tag.kind === 'open') openOwner.set(tag.pair!, owner[i]!);
    else if (tag.kind === 'close') {
      const o = openOwner.get(tag.pair!);
      if (o !== undefined && o !== owner[i]) return { owner, mergeAt: o + 1 };
    }
  }
  return { owner, mergeAt: -1 };
}

export type SegmentToken = { text: string } | { tag: InlineTag };

/**
 * Turns segment text (a target typed by the translator, or the source) back into tokens, repairing
 * what a translator can get wrong: unknown or duplicated tag characters are dropped, and a pair
 * missing one half, closed before it opens, or crossing another pair is dropped (its text stays).
 */
export function decodeSegmentText(text: string, tags: readonly InlineTag[] | undefined): SegmentToken[] {
  const byChar = new Map<string, InlineTag>();
  for (const t of tags ?? []) byChar.set(tagChar(t.kind, t.n), t);
  const raw: SegmentToken[] = [];
  const seen = new Set<string>();
  let run = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (!parseTagChar(code)) {
      run += ch;
      continue;
    }
    const tag = byChar.get(ch);
    if (!tag || seen.has(ch)) continue;
    seen.add(ch);
    if (run) raw.push({ text: run });
    run = '';
    raw.push({ tag });
  }
  if (run) raw.push({ text: run });

  const dropped = new Set<number>();
  for (;;) {
    const before = dropped.size;
    const open = new Set<number>();
    const closed = new Set<number>();
    const stack: number[] = [];
    for (const t of raw) {
      if (!('tag' in t) || t.tag.kind === 'standalone' || dropped.has(t.tag.n)) continue;
      const n = t.tag.n;
      if (t.tag.kind === 'open') {
        open.add(n);
        stack.push(n);
      } else if (!open.has(n)) {
        dropped.add(n);
      } else if (stack[stack.length - 1] === n) {
        stack.pop();
        closed.add(n);
      } else {
        dropped.add(n);
      }
    }
    for (const n of open) if (!closed.has(n)) dropped.add(n);
    if (dropped.size === before) break;
  }
  const out: SegmentToken[] = [];
  for (const t of raw) {
    if ('tag' in t && t.tag.kind !== 'standalone' && dropped.has(t.tag.n)) continue;
    const last = out[out.length - 1];
    if ('text' in t && last && 'text' in last) last.text += t.text;
    else out.push(t);
  }
  return out;
}

/** The text a segment exports: its target, or its source while untranslated. */
export function exportText(segment: { source: string; target: string }): string {
  return segment.target || segment.source;
}

/** Segments grouped by paragraph, in document order. */
export function paragraphGroups<T extends { paragraph: number }>(segments: readonly T[]): T[][] {
  const groups: T[][] = [];
  for (const s of segments) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.paragraph === s.paragraph) last.push(s);
    else groups.push([s]);
  }
  return groups;
}

/** The same groups, keyed by paragraph number (a codec's skeleton keeps one entry per paragraph). */
export function groupsByParagraph<T extends { paragraph: number }>(segments: readonly T[]): Map<number, T[]> {
  return new Map(paragraphGroups(segments).map((group) => [group[0]!.paragraph, group]));
}
