import type { SegmentDraft } from '../model';
import type { Segmenter } from '../segment/index';

/**
 * Collects segments and the exact text around them while a reader walks a document, so that
 * leading + Σ(segment + gapAfter) rebuilds the original byte for byte.
 */
export class SegmentListBuilder {
  leading = '';
  readonly segments: SegmentDraft[] = [];
  private paragraph = -1;

  constructor(
    private readonly segmenter: Segmenter,
    private readonly now: number = Date.now(),
  ) {}

  /** Text that is not translated (markup, blank lines, line ends). */
  addGap(text: string): void {
    if (!text) return;
    const last = this.segments[this.segments.length - 1];
    if (last) last.gapAfter += text;
    else this.leading += text;
  }

  /** A paragraph (hard boundary): segmented into sentences; whitespace around them becomes gaps. */
  addParagraph(text: string): void {
    const { segments, gaps } = this.segmenter.segmentParagraph(text);
    if (segments.length === 0) {
      this.addGap(text);
      return;
    }
    this.paragraph++;
    this.addGap(gaps[0]!);
    segments.forEach((source, i) => {
      this.addSegment(source);
      this.addGap(gaps[i + 1]!);
    });
  }

  private addSegment(source: string): void {
    const index = this.segments.length;
    this.segments.push({
      index,
      unitId: String(index + 1),
      paragraph: this.paragraph,
      source,
      target: '',
      status: 'new',
      note: '',
      gapAfter: '',
      updatedAt: this.now,
    });
  }
}

/** Rebuilds a plain-text document from its leading text and segments (target, else source). */
export function joinSegments(leading: string, segments: readonly { source: string; target: string; gapAfter: string }[]): string {
  let out = leading;
  for (const s of segments) out += (s.target || s.source) + s.gapAfter;
  return out;
}
