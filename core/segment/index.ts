/**
 * Sentence segmentation seam. A paragraph goes in; the sentences come out with the exact text
 * between them, so that gaps[0] + segments[0] + gaps[1] + … + gaps[n] === paragraph.
 *
 * Behind it is an SRX 2.0 engine (srx.ts, engine.ts, javaRegex.ts); Padanan's own Indonesian
 * rules are rules/indonesian.srx, embedded as text so that the core needs no file system.
 */
import type { SrxDocument } from './srx';
import { parseSrx } from './srx';
import { compileRules, type CompiledRules } from './engine';
import { INDONESIAN_SRX } from './rules/indonesianSrx';

export interface SegmentedParagraph {
  segments: string[];
  /** gaps.length === segments.length + 1 */
  gaps: string[];
}

export interface Segmenter {
  segmentParagraph(paragraph: string): SegmentedParagraph;
}

export interface SegmenterOptions {
  /** Language code matched against the SRX language maps (default 'id'). */
  language?: string;
}

/** Padanan's default Indonesian segmenter (rules/indonesian.srx). */
export function createDefaultSegmenter(): Segmenter {
  defaultSegmenter ??= createSegmenter(defaultSrxDocument());
  return defaultSegmenter;
}

/**
 * A segmenter for SRX rules (a parsed document or SRX text). Every pattern is translated and
 * compiled here, so a PadananError is thrown now rather than while segmenting: a caller that
 * catches it still has the segmenter it had.
 */
export function createSegmenter(rules: SrxDocument | string, options: SegmenterOptions = {}): Segmenter {
  const doc = typeof rules === 'string' ? parseSrx(rules) : rules;
  const compiled = compileRules(doc, options.language ?? 'id');
  return { segmentParagraph: (paragraph) => splitAtBreaks(paragraph, compiled) };
}

/** The default rules as a document (a fresh copy each call: callers may edit it). */
export function defaultSrxDocument(): SrxDocument {
  defaultDoc ??= parseSrx(INDONESIAN_SRX, 'indonesian.srx');
  return JSON.parse(JSON.stringify(defaultDoc)) as SrxDocument;
}

let defaultDoc: SrxDocument | undefined;
let defaultSegmenter: Segmenter | undefined;


/** Cuts at the breaks; whitespace at either edge of a piece goes to the gaps. */
function splitAtBreaks(paragraph: string, rules: CompiledRules): SegmentedParagraph {
  const segments: string[] = [];
  const gaps: string[] = [''];
  const breaks = rules.findBreaks(paragraph);
  let start = 0;
  for (let i = 0; i <= breaks.length; i++) {
    const end = i < breaks.length ? breaks[i]! : paragraph.length;
    const piece = paragraph.slice(start, end);
    start = end;
    let a = 0;
    let b = piece.length;
    while (a < b && isSpace(piece.charCodeAt(a))) a++;
    if (a === b) {
      gaps[gaps.length - 1] += piece;
      continue;
    }
    while (isSpace(piece.charCodeAt(b - 1))) b--;
    gaps[gaps.length - 1] += piece.slice(0, a);
    segments.push(piece.slice(a, b));
    gaps.push(piece.slice(b));
  }
  return { segments, gaps };
}

/** The characters of JavaScript's \s. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

export { parseSrx, serializeSrx, checkSrx, withNoBreakAbbreviation, languageRuleNamesFor, SRX_NAMESPACE } from './srx';
export type { SrxDocument, SrxRule, SrxLanguageRule, SrxLanguageMap, SrxFormatType } from './srx';
export { INDONESIAN_SRX } from './rules/indonesianSrx';
export { translateJavaRegex, RegexTranslationError } from './javaRegex';
export { splitSegment, joinSegments } from './editing';
export { resegment, type ResegmentResult } from './resegment';
