import type { InlineTag, Segment } from '../../../core/model';
import { parseTagChar } from '../../../core/formats/inlineTags';
import { paragraphGroups, segmentTaggedParagraph, type ParagraphToken } from '../../../core/formats/taggedParagraph';
import { resegment, type Segmenter } from '../../../core/segment/index';

/**
 * Re-segmentation of a stored document, as a pure plan (segmentEditing.ts writes it). Each
 * paragraph's text is rebuilt from its segments and the gaps between them — inline codes included,
 * as tokens — and segmented again with the new rules. Then:
 * - a new segment whose source equals an old one of the same paragraph keeps that segment's
 *   translation, status, note and unitId (core `resegment`);
 * - an old translation that no segment kept is carried, as a draft to check, to the new segment in
 *   which the old sentence starts (two sentences now joined get both translations, a sentence now
 *   split leaves its translation with its first part), and that segment takes the old unitId
 *   when it starts where the old sentence started — as a split or a join in the editor would.
 * Paragraphs holding a locked segment are left as they are; so is a paragraph whose text cannot be
 * rebuilt exactly (never expected, but the document must always export the same text).
 */
export interface ResegmentPlan {
  /** The document's segments after re-segmentation, indexed from 0. */
  segments: Segment[];
  nextUnitId: number;
  /** Segments that kept their translation, status and unitId unchanged. */
  kept: number;
  /** New segments that got a translation carried over from changed segments (as drafts). */
  carried: Segment[];
  /** Translations that no new segment could take (normally 0). */
  lost: number;
  /** False when the new rules give exactly the segments the document has. */
  changed: boolean;
}

export function planResegmentation(old: readonly Segment[], segmenter: Segmenter, options: { nextUnitId: number; now?: number }): ResegmentPlan {
  const now = options.now ?? Date.now();
  const fresh: Segment[] = [];
  for (const group of paragraphGroups(old)) {
    const pieces = resegmentParagraph(group, segmenter, now);
    fresh.push(...(pieces ?? group.map((s) => ({ ...s }))));
  }
  const changed = fresh.length !== old.length || fresh.some((s, i) => s.source !== old[i]!.source || s.paragraph !== old[i]!.paragraph);
  if (!changed) return { segments: old.map((s) => ({ ...s })), nextUnitId: options.nextUnitId, kept: old.length, carried: [], lost: 0, changed };

  const result = resegment(old, fresh, { nextUnitId: options.nextUnitId });
  const segments = result.segments.map((s, index) => ({ ...s, index }));
  const { carried, lost } = carryTranslations(old, segments, now);
  return { segments, nextUnitId: result.nextUnitId, kept: result.kept, carried, lost, changed };
}

/** The paragraph segmented again, or undefined to keep it as it is. */
function resegmentParagraph(group: readonly Segment[], segmenter: Segmenter, now: number): Segment[] | undefined {
  if (group.some((s) => s.locked)) return undefined;
  const tokens = paragraphTokens(group);
  if (!tokens) return undefined;
  const result = segmentTaggedParagraph(tokens, segmenter);
  if (!result || result.leading !== '') return undefined;
  const last = group[group.length - 1]!;
  const lastPiece = result.segments[result.segments.length - 1]!;
  // The paragraph's text ends with its last segment; what follows belongs to the old last gap.
  if (lastPiece.gapAfter !== '') return undefined;
  const first = group[0]!;
  return result.segments.map((piece, k) => {
    const s: Segment = {
      documentId: first.documentId,
      index: first.index + k,
      unitId: '',
      paragraph: first.paragraph,
      source: piece.source,
      target: '',
      status: 'new',
      note: '',
      gapAfter: k === result.segments.length - 1 ? last.gapAfter : piece.gapAfter,
      updatedAt: now,
    };
    if (piece.tags.length) s.tags = piece.tags;
    return s;
  });
}

/**
 * The paragraph as text and tag tokens: sources joined by the gaps between them. Each segment
 * numbers its codes from 1, so pairs get paragraph-wide ids here. Undefined when a code character
 * has no description (the paragraph is then left alone).
 */
function paragraphTokens(group: readonly Segment[]): ParagraphToken[] | undefined {
  const tokens: ParagraphToken[] = [];
  let text = '';
  let pairs = 0;
  const flush = () => {
    if (text) tokens.push({ text });
    text = '';
  };
  for (const [i, s] of group.entries()) {
    const pairOf = new Map<number, number>();
    for (let k = 0; k < s.source.length; k++) {
      const parsed = parseTagChar(s.source.charCodeAt(k));
      if (!parsed) {
        text += s.source[k];
        continue;
      }
      const tag = findTag(s.tags, parsed.kind, parsed.n);
      if (!tag) return undefined;
      flush();
      const base = tag.data === undefined ? { kind: tag.kind, type: tag.type } : { kind: tag.kind, type: tag.type, data: tag.data };
      if (tag.kind === 'open') {
        pairOf.set(tag.n, ++pairs);
        tokens.push({ tag: { ...base, pair: pairs } });
      } else if (tag.kind === 'close') {
        tokens.push({ tag: { ...base, pair: pairOf.get(tag.n) ?? ++pairs } });
      } else tokens.push({ tag: base });
    }
    if (i < group.length - 1) text += s.gapAfter;
  }
  flush();
  return tokens;
}

function findTag(tags: readonly InlineTag[] | undefined, kind: InlineTag['kind'], n: number): InlineTag | undefined {
  return tags?.find((t) => t.n === n && t.kind === kind);
}

/** Moves translations of old segments nobody kept onto the new segment where each old sentence starts. */
function carryTranslations(old: readonly Segment[], segments: Segment[], now: number): { carried: Segment[]; lost: number } {
  const used = new Set(segments.map((s) => s.unitId));
  const keptIds = new Set(old.filter((s) => used.has(s.unitId)).map((s) => s.unitId));
  const orphans = old.filter((s) => !keptIds.has(s.unitId) && s.target !== '');
  if (orphans.length === 0) return { carried: [], lost: 0 };

  // Start offsets in each paragraph's plain text (codes left out: they may move at a boundary).
  const oldStarts = startsInParagraph(old);
  const newStarts = startsInParagraph(segments);
  const byParagraph = new Map<number, number[]>();
  segments.forEach((s, i) => {
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(i);
    else byParagraph.set(s.paragraph, [i]);
  });

  const incoming = new Map<number, Segment[]>();
  let lost = 0;
  for (const o of orphans) {
    const candidates = byParagraph.get(o.paragraph) ?? [];
    const start = oldStarts.get(o)!;
    let host: number | undefined;
    for (const i of candidates) if (newStarts.get(segments[i]!)! <= start) host = i;
    host ??= candidates[0];
    // A segment that kept its own translation takes no other.
    if (host === undefined || keptIds.has(segments[host]!.unitId)) {
      lost++;
      continue;
    }
    const list = incoming.get(host);
    if (list) list.push(o);
    else incoming.set(host, [o]);
  }

  const carried: Segment[] = [];
  for (const [i, from] of incoming) {
    const s = segments[i]!;
    from.sort((a, b) => a.index - b.index);
    let target = '';
    from.forEach((o, k) => {
      target += o.target + (k < from.length - 1 ? (next(old, o, from[k + 1]!) ? o.gapAfter : ' ') : '');
    });
    const first = from[0]!;
    const sameStart = oldStarts.get(first) === newStarts.get(s);
    const updated: Segment = {
      ...s,
      unitId: sameStart ? first.unitId : s.unitId,
      target,
      status: 'draft',
      note: from.map((o) => o.note).filter(Boolean).join('\n'),
      updatedAt: now,
    };
    segments[i] = updated;
    carried.push(updated);
  }
  return { carried, lost };
}

/** True when b directly follows a in the old document. */
function next(old: readonly Segment[], a: Segment, b: Segment): boolean {
  return old[a.index + 1] === b;
}

/** Each segment's start in its paragraph's text, not counting code characters. */
function startsInParagraph(segments: readonly Segment[]): Map<Segment, number> {
  const starts = new Map<Segment, number>();
  let paragraph: number | undefined;
  let offset = 0;
  for (const s of segments) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      offset = 0;
    }
    starts.set(s, offset);
    offset += plainLength(s.source) + plainLength(s.gapAfter);
  }
  return starts;
}

function plainLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!parseTagChar(text.charCodeAt(i))) n++;
  return n;
}
