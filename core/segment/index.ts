/**
 * Sentence segmentation seam. A paragraph goes in; the sentences come out with the exact text
 * between them, so that gaps[0] + segments[0] + gaps[1] + … + gaps[n] === paragraph.
 *
 * This first segmenter is a placeholder for the SRX 2.0 engine (issue 3) behind the same API.
 */
export interface SegmentedParagraph {
  segments: string[];
  /** gaps.length === segments.length + 1 */
  gaps: string[];
}

export interface Segmenter {
  segmentParagraph(paragraph: string): SegmentedParagraph;
}

const ABBREVIATIONS = new Set(
  'dr drs dra ir prof h hj bpk sdr yth pt cv tbk jl jln no tgl pkl hlm dkk dll dsb dst a.n s.d u.p a.l kec kab kel prov st'.split(' '),
);

export function createDefaultSegmenter(): Segmenter {
  return { segmentParagraph: naiveSegment };
}

function naiveSegment(paragraph: string): SegmentedParagraph {
  const segments: string[] = [];
  const gaps: string[] = [];
  const lead = /^\s*/.exec(paragraph)![0];
  gaps.push(lead);
  let start = lead.length;
  const boundary = /([.!?…]+["'”’)\]]*)(\s+)(?=["'“‘(\[]?\p{Lu})/gu;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(paragraph))) {
    const end = m.index + m[1]!.length;
    const word = /([\p{L}.]+)\.$/u.exec(paragraph.slice(start, m.index + 1))?.[1]?.toLowerCase();
    if (word && (ABBREVIATIONS.has(word) || word.length === 1)) continue;
    segments.push(paragraph.slice(start, end));
    gaps.push(m[2]!);
    start = end + m[2]!.length;
  }
  const rest = paragraph.slice(start);
  const trail = /\s*$/.exec(rest)![0];
  if (rest.length > trail.length) {
    segments.push(rest.slice(0, rest.length - trail.length));
    gaps.push(trail);
  } else {
    gaps[gaps.length - 1] += rest;
  }
  return { segments, gaps };
}
