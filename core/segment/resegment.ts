import type { SegmentDraft } from '../model';

/**
 * Re-segmentation with new rules: the document's paragraphs are segmented again, and every new
 * segment whose source is identical to an old one (in the same paragraph, in order) keeps the old
 * segment's translation, status, note and unitId — so revisions and comments stay attached.
 */
export interface ResegmentResult<S extends SegmentDraft> {
  segments: S[];
  /** The document's next free unitId number after new segments got theirs. */
  nextUnitId: number;
  /** New segments that took over an old segment. */
  kept: number;
  /** Old segments with a translation that no new segment took over (to report to the user). */
  lost: S[];
}

export function resegment<S extends SegmentDraft>(
  old: readonly S[],
  fresh: readonly S[],
  options: { nextUnitId: number },
): ResegmentResult<S> {
  // Matching within paragraphs keeps a repeated sentence with its own translation; when the
  // paragraphs no longer line up (the document itself changed), match over the whole document.
  const sameParagraphs = lastParagraph(old) === lastParagraph(fresh);
  const groupOf = (s: SegmentDraft): number => (sameParagraphs ? s.paragraph : 0);

  const queues = new Map<string, number[]>();
  old.forEach((s, i) => {
    const key = `${groupOf(s)}\u0000${s.source}`;
    const q = queues.get(key);
    if (q) q.push(i);
    else queues.set(key, [i]);
  });

  const used = new Set<number>();
  let nextUnitId = options.nextUnitId;
  let kept = 0;
  let lastMatched = -1;
  let lastGroup = -1;
  const segments = fresh.map((s, index) => {
    const group = groupOf(s);
    if (group !== lastGroup) {
      lastGroup = group;
      if (sameParagraphs) lastMatched = -1;
    }
    const q = queues.get(`${group}\u0000${s.source}`);
    // Take the first unused old segment after the previous match, to keep the order.
    let match = -1;
    if (q) {
      while (q.length && q[0]! <= lastMatched) q.shift();
      if (q.length) match = q.shift()!;
    }
    if (match >= 0) {
      used.add(match);
      lastMatched = match;
      kept++;
      const o = old[match]!;
      return { ...s, index, unitId: o.unitId, target: o.target, status: o.status, note: o.note, updatedAt: o.updatedAt };
    }
    return { ...s, index, unitId: String(nextUnitId++), target: '', status: 'new' as const, note: '' };
  });
  const lost = old.filter((s, i) => !used.has(i) && s.target !== '');
  return { segments, nextUnitId, kept, lost };
}

function lastParagraph(segments: readonly SegmentDraft[]): number {
  return segments.length ? segments[segments.length - 1]!.paragraph : -1;
}
