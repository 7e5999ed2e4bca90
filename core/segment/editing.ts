import { PadananError } from '../errors';
import { SEGMENT_STATUSES, TAG_MAX_PER_SEGMENT, type InlineTag, type SegmentDraft, type SegmentStatus } from '../model';
import { TAG_CHARS, parseTagChar, tagChar } from '../formats/inlineTags';

/**
 * Split and join of segments in the editor, as pure functions over the Segment model. The text
 * around the cut (or between the joined segments) is kept exactly, so the document still rebuilds
 * byte for byte. The caller renumbers `index` of the segments that follow and stores the result.
 */
export interface SplitOptions {
  /** unitId for the new second segment (the document's nextUnitId). */
  unitId: string;
  now?: number;
}

/**
 * Splits `segment` at `offset` (a string index into its source, e.g. the caret). Whitespace at
 * the cut becomes the gap between the two parts. The translation stays with the first part, which
 * becomes a draft because its source changed; the second part is new.
 */
export function splitSegment<S extends SegmentDraft>(segment: S, offset: number, options: SplitOptions): [S, S] {
  const { source } = segment;
  if (segment.locked) throw lockedError(segment);
  if (!Number.isInteger(offset) || offset <= 0 || offset >= source.length || isLowSurrogate(source.charCodeAt(offset))) {
    throw splitError(segment, offset);
  }
  const leftRaw = source.slice(0, offset);
  const rightRaw = source.slice(offset);
  const left = leftRaw.trimEnd();
  const right = rightRaw.trimStart();
  if (!left || !right) throw splitError(segment, offset);
  const gap = leftRaw.slice(left.length) + rightRaw.slice(0, rightRaw.length - right.length);

  const leftTags: InlineTag[] = [];
  const rightTags: InlineTag[] = [];
  for (const tag of segment.tags ?? []) {
    const positions = tagChars(tag).map((c) => source.indexOf(c)).filter((i) => i >= 0);
    const inLeft = positions.some((i) => i < left.length);
    const inRight = positions.some((i) => i >= offset);
    if (inLeft && inRight) {
      throw new PadananError(
        'segment.split.insideTag',
        `Segment ${segment.index + 1} cannot be split there: the cut would separate the start and end of a formatting code.`,
        { segment: segment.index + 1, offset },
      );
    }
    (inRight ? rightTags : leftTags).push(tag);
  }
  const now = options.now ?? Date.now();
  const first: S = {
    ...segment,
    source: left,
    status: segment.target ? downgrade(segment.status) : 'new',
    gapAfter: gap,
    tags: leftTags.length ? leftTags : undefined,
    updatedAt: now,
  };
  const second: S = {
    ...segment,
    index: segment.index + 1,
    unitId: options.unitId,
    source: right,
    target: '',
    status: 'new',
    note: '',
    gapAfter: segment.gapAfter,
    tags: rightTags.length ? rightTags : undefined,
    updatedAt: now,
  };
  if (!first.tags) delete first.tags;
  if (!second.tags) delete second.tags;
  return [first, second];
}

/**
 * Joins `a` with the segment that follows it in the same paragraph. The gap between them becomes
 * part of the source (and joins the two translations). The result keeps a's unitId; inline codes
 * of b are renumbered when a uses the same numbers.
 */
export function joinSegments<S extends SegmentDraft>(a: S, b: S, options: { now?: number } = {}): S {
  if (a.locked) throw lockedError(a);
  if (b.locked) throw lockedError(b);
  if (b.index !== a.index + 1) {
    throw new PadananError('segment.join.notAdjacent', `Segments ${a.index + 1} and ${b.index + 1} are not next to each other.`, {
      segment: a.index + 1,
      other: b.index + 1,
    });
  }
  if (a.paragraph !== b.paragraph) {
    throw new PadananError(
      'segment.join.paragraph',
      `Segments ${a.index + 1} and ${b.index + 1} belong to different paragraphs; a paragraph break cannot be joined.`,
      { segment: a.index + 1, other: b.index + 1 },
    );
  }
  const { tags: bTags, source: bSource, target: bTarget } = renumberTags(b, a.tags ?? []);
  const tags = [...(a.tags ?? []), ...bTags];
  const target = a.target && bTarget ? a.target + a.gapAfter + bTarget : a.target || bTarget;
  const joined: S = {
    ...a,
    source: a.source + a.gapAfter + bSource,
    target,
    status: joinedStatus(a, b, target),
    note: [a.note, b.note].filter(Boolean).join('\n'),
    gapAfter: b.gapAfter,
    tags: tags.length ? tags : undefined,
    updatedAt: options.now ?? Date.now(),
  };
  if (!joined.tags) delete joined.tags;
  return joined;
}

function joinedStatus(a: SegmentDraft, b: SegmentDraft, target: string): SegmentStatus {
  if (!target) return 'new';
  // Half a translation is a draft; otherwise the less advanced of the two.
  if (!a.target || !b.target) return 'draft';
  const lower = SEGMENT_STATUSES[Math.min(SEGMENT_STATUSES.indexOf(a.status), SEGMENT_STATUSES.indexOf(b.status))]!;
  return lower === 'new' ? 'draft' : lower;
}

function downgrade(status: SegmentStatus): SegmentStatus {
  return status === 'new' ? 'new' : 'draft';
}

function tagChars(tag: InlineTag): string[] {
  if (tag.kind === 'standalone') return [tagChar('standalone', tag.n)];
  return [tagChar('open', tag.n), tagChar('close', tag.n)];
}

/** Gives b's codes numbers that a does not use, rewriting b's placeholder characters. */
function renumberTags(b: SegmentDraft, taken: readonly InlineTag[]): { tags: InlineTag[]; source: string; target: string } {
  const bTags = b.tags ?? [];
  const used = new Set(taken.map((t) => t.n));
  if (!bTags.some((t) => used.has(t.n))) return { tags: [...bTags], source: b.source, target: b.target };
  const mapping = new Map<number, number>();
  let next = 0;
  for (const t of bTags) {
    if (mapping.has(t.n)) continue;
    while (used.has(next)) next++;
    if (next >= TAG_MAX_PER_SEGMENT) {
      throw new PadananError('segment.join.tooManyTags', `The joined segment would have more than ${TAG_MAX_PER_SEGMENT} formatting codes.`, {
        segment: b.index,
      });
    }
    mapping.set(t.n, next);
    used.add(next);
  }
  const rewrite = (text: string): string =>
    text.replace(TAG_CHARS, (c) => {
      const tag = parseTagChar(c.charCodeAt(0))!;
      const n = mapping.get(tag.n);
      return n === undefined ? c : tagChar(tag.kind, n);
    });
  return { tags: bTags.map((t) => ({ ...t, n: mapping.get(t.n)! })), source: rewrite(b.source), target: rewrite(b.target) };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function splitError(segment: SegmentDraft, offset: number): PadananError {
  return new PadananError(
    'segment.split.offset',
    `Segment ${segment.index + 1} cannot be split at position ${offset}: both parts must contain text.`,
    { segment: segment.index + 1, offset },
  );
}

function lockedError(segment: SegmentDraft): PadananError {
  return new PadananError('segment.locked', `Segment ${segment.index + 1} is locked and cannot be split or joined.`, {
    segment: segment.index + 1,
  });
}
