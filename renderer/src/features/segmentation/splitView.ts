import { parseTagChar } from '../../../../core/formats/inlineTags';
import { tagToken } from '../../../../core/formats/tagDisplay';

/**
 * The source of a segment as the split dialog shows it: inline-code characters become the same
 * compact labels as in the grid ({1} … {/1}), and caret positions map back to source offsets. A caret
 * inside a label counts as after the code.
 */
export interface SplitView {
  text: string;
  /** Source offset of a caret position in `text`. */
  toSource(displayOffset: number): number;
  /** Caret position in `text` of a source offset. */
  toDisplay(sourceOffset: number): number;
}

export function splitView(source: string): SplitView {
  // starts[i]: display offset where source character i begins; starts[source.length]: the end.
  const starts: number[] = [];
  let text = '';
  for (let i = 0; i < source.length; i++) {
    starts.push(text.length);
    const tag = parseTagChar(source.charCodeAt(i));
    text += tag ? tagToken(tag.kind, tag.n) : source[i]!;
  }
  starts.push(text.length);
  return {
    text,
    toSource(displayOffset) {
      const d = Math.max(0, Math.min(text.length, Math.floor(displayOffset)));
      // The first source position whose display start is at or after the caret.
      let lo = 0;
      let hi = source.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! < d) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
    toDisplay(sourceOffset) {
      return starts[Math.max(0, Math.min(source.length, Math.floor(sourceOffset)))]!;
    },
  };
}

/**
 * Where to put the caret when the translator did not choose: after the sentence-like punctuation
 * (. ! ? ; :) followed by a space that is nearest the middle, else at the word start nearest the
 * middle. Undefined for a one-word segment.
 */
export function suggestSplitOffset(source: string): number | undefined {
  const middle = source.length / 2;
  let best: number | undefined;
  let bestPunctuation: number | undefined;
  const space = /\s+/g;
  let m: RegExpExecArray | null;
  while ((m = space.exec(source))) {
    const at = m.index + m[0].length;
    if (m.index === 0 || at >= source.length) continue;
    if (best === undefined || Math.abs(at - middle) < Math.abs(best - middle)) best = at;
    if (/[.!?;:]["”’')\]]*$/u.test(source.slice(0, m.index))) {
      if (bestPunctuation === undefined || Math.abs(at - middle) < Math.abs(bestPunctuation - middle)) bestPunctuation = at;
    }
  }
  return bestPunctuation ?? best;
}
